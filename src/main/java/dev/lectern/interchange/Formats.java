package dev.lectern.interchange;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which exporter and importer each {@link Format} has. A format without one is "not available yet": the
 * commands say so rather than write an empty file.
 */
public final class Formats {
    private static final Map<Format, Exporter> EXPORTERS = exporters();
    private static final Map<Format, Importer> IMPORTERS = importers();
    /** An Aiken question ends with a line such as {@code ANSWER: B}. */
    private static final Pattern AIKEN_ANSWER = Pattern.compile("(?m)^\\s*ANSWER\\s*:\\s*[A-Za-z]\\s*$");

    private Formats() {}

    private static Map<Format, Exporter> exporters() {
        Map<Format, Exporter> m = new EnumMap<>(Format.class);
        // GIFT and Aiken (written by Lectern from Moodle's grammar), Moodle XML and QTI 2.1:
        m.put(Format.GIFT, new GiftExporter());
        m.put(Format.AIKEN, new AikenExporter());
        m.put(Format.MOODLE_XML, new dev.lectern.interchange.moodle.MoodleXmlExporter());
        m.put(Format.QTI, new dev.lectern.interchange.qti.QtiExporter());

        return Collections.unmodifiableMap(m);
    }

    private static Map<Format, Importer> importers() {
        Map<Format, Importer> m = new EnumMap<>(Format.class);
        // GIFT and Aiken (written by Lectern from Moodle's grammar), Moodle XML and QTI 2.1:
        m.put(Format.GIFT, new GiftImporter());
        m.put(Format.AIKEN, new AikenImporter());
        m.put(Format.MOODLE_XML, new dev.lectern.interchange.moodle.MoodleXmlImporter());
        m.put(Format.QTI, new dev.lectern.interchange.qti.QtiImporter());

        return Collections.unmodifiableMap(m);
    }

    public static Optional<Exporter> exporter(Format format) {
        return Optional.ofNullable(EXPORTERS.get(format));
    }

    public static Optional<Importer> importer(Format format) {
        return Optional.ofNullable(IMPORTERS.get(format));
    }

    /** "moodle-xml export is not available yet in this version of Lectern". */
    public static String notAvailable(Format format, String direction) {
        return format.cliName() + " " + direction + " is not available yet in this version of Lectern";
    }

    /**
     * The format a file is most likely in, from its name, else its content: a zip is QTI, XML is Moodle XML,
     * text with {@code ANSWER: X} lines and no GIFT braces is Aiken, other text GIFT.
     */
    public static Format guess(String fileName, byte[] bytes) {
        String name = fileName.toLowerCase(Locale.ROOT);
        for (Format f : Format.values()) {
            if (name.endsWith(f.suffix())) {
                return f;
            }
        }
        if (name.endsWith(".gift")) {
            return Format.GIFT;
        }
        if (name.endsWith(".zip") || startsWith(bytes, new byte[] {'P', 'K', 3, 4})) {
            return Format.QTI;
        }
        String text = new String(bytes, StandardCharsets.UTF_8).stripLeading();
        if (name.endsWith(".xml") || text.startsWith("<")) {
            return Format.MOODLE_XML;
        }
        boolean aiken = AIKEN_ANSWER.matcher(text).find() && text.indexOf('{') < 0;
        return aiken ? Format.AIKEN : Format.GIFT;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
