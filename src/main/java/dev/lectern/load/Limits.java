package dev.lectern.load;

import java.util.Locale;

/**
 * Deliberate ceilings that keep loading safe against hostile files yet roomy for real material: the SQuAD v1.1
 * dev set as one set (10,570 questions, about 2.5 MB of YAML, on a 1.6 MB article) loads well within them. Each
 * is enforced while reading, before anything is parsed, so a file past one costs no more than the limit to refuse.
 * docs/limits.md lists them all and what happens past each.
 */
public final class Limits {
    /** Largest question file, article or column map read, in bytes. */
    public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;
    /**
     * Longest line of a question file, article or column map, in characters. Real lines are far shorter (the
     * longest paragraph of the SQuAD articles has some 4,000); the limit keeps a file with no line breaks (a
     * binary, a minified dump) from being scanned and echoed as one line.
     */
    public static final int MAX_LINE_CHARS = 1_000_000;
    /**
     * Longest line of answer sheets (a JSON Lines sheet, a CSV row, a line of a YAML sheet) and largest YAML sheet,
     * in characters: room for 200 answers of the longest length a grader takes. Sheets are read as a stream, so
     * this, not a file size, is what keeps {@code --answers /dev/zero} from filling the memory.
     */
    public static final int MAX_SHEET_CHARS = 1_000_000;
    /** Deepest nesting of lists and mappings; question files need about six, sheets three. */
    public static final int MAX_DEPTH = 64;
    /** Most aliases ({@code *name}) in one file. */
    static final int MAX_ALIASES = 1_000;
    /** Most nodes a file may describe once its aliases are expanded: stops "billion laughs" documents. */
    static final long MAX_EXPANDED_NODES = 2_000_000;

    private Limits() {}

    /** A count for a message, with thousands separated as the docs write them: 1,000,000. */
    public static String shown(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
