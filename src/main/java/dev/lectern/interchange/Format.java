package dev.lectern.interchange;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The platform formats, named as {@code --to} and {@code --from} spell them. */
public enum Format {
    /** Moodle's GIFT text format. */
    GIFT("gift", ".gift.txt"),
    /** Moodle's own XML question format. */
    MOODLE_XML("moodle-xml", ".moodle.xml"),
    /** An IMS QTI 2.1 content package: a zip with imsmanifest.xml and one assessmentItem per question. */
    QTI("qti", ".qti.zip"),
    /** Aiken: multiple-choice questions as plain text, one "ANSWER: X" line each. */
    AIKEN("aiken", ".aiken.txt");

    private final String cliName;
    private final String suffix;

    Format(String cliName, String suffix) {
        this.cliName = cliName;
        this.suffix = suffix;
    }

    /** The name on the command line: {@code moodle-xml}. */
    public String cliName() {
        return cliName;
    }

    /** What an exported file's name ends with when no {@code --out} is given: {@code .gift.txt}. */
    public String suffix() {
        return suffix;
    }

    public static Optional<Format> byCliName(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.cliName.equals(wanted)).findFirst();
    }

    public static List<String> cliNames() {
        return Arrays.stream(values()).map(Format::cliName).toList();
    }

    @Override
    public String toString() {
        return cliName;
    }
}
