package dev.lectern.load;

/**
 * Deliberate ceilings that keep loading safe against hostile files yet roomy for real material: the SQuAD v1.1
 * dev set as one set (10,570 questions, about 2.5 MB of YAML, on a 1.6 MB article) loads well within them.
 */
final class Limits {
    /** Largest question file or article read, in bytes. */
    static final int MAX_FILE_BYTES = 32 * 1024 * 1024;
    /** Deepest nesting of lists and mappings; question files need about six. */
    static final int MAX_DEPTH = 64;
    /** Most aliases ({@code *name}) in one file. */
    static final int MAX_ALIASES = 1_000;
    /** Most nodes a file may describe once its aliases are expanded: stops "billion laughs" documents. */
    static final long MAX_EXPANDED_NODES = 2_000_000;

    private Limits() {
    }
}
