package dev.lectern.article;

/**
 * Footnote and citation marks that follow a sentence's closing punctuation in text copied from Wikipedia and
 * similar sites: bracketed marks ({@code [12]}, {@code [d]}, {@code [note 3]}, {@code [citation needed]},
 * {@code [improper synthesis?]}), one after another, then an optional page reference ({@code :121,154},
 * {@code :43, 301}, {@code :162–164}). They belong to the sentence before them.
 */
final class FootnoteMarks {
    /** Longer bracketed text is prose (an editor's insertion), not a mark. */
    private static final int MAX_MARK = 30;

    private FootnoteMarks() {}

    /** Where the marks starting at {@code from} end; {@code from} itself when there are none. */
    static int skip(String text, int from) {
        int i = from;
        for (int mark = bracketed(text, i); mark > i; mark = bracketed(text, i)) {
            i = mark;
        }
        return pages(text, i);
    }

    /** The end of a {@code [mark]} at {@code from}, or {@code from}. */
    private static int bracketed(String text, int from) {
        if (from >= text.length() || text.charAt(from) != '[') {
            return from;
        }
        int limit = Math.min(text.length(), from + MAX_MARK + 2);
        for (int i = from + 1; i < limit; i++) {
            char c = text.charAt(i);
            if (c == ']') {
                return i > from + 1 ? i + 1 : from;
            }
            if (c == '[' || c == '\n' || c == '\r') {
                return from;
            }
        }
        return from;
    }

    /** The end of a page reference {@code :12}, {@code :121,154}, {@code :162–164} at {@code from}, or {@code from}. */
    private static int pages(String text, int from) {
        if (from >= text.length() || text.charAt(from) != ':') {
            return from;
        }
        int i = from + 1;
        int digitsEnd = digits(text, i);
        if (digitsEnd == i) {
            return from;
        }
        i = digitsEnd;
        while (i + 1 < text.length() && isPageSeparator(text.charAt(i))) {
            // ":43, 301" as well as ":121,154"
            int first = text.charAt(i) == ',' && text.charAt(i + 1) == ' ' ? i + 2 : i + 1;
            int next = digits(text, first);
            if (next == first) {
                break;
            }
            i = next;
        }
        return i;
    }

    private static boolean isPageSeparator(char c) {
        return c == ',' || c == '-' || c == '–' || c == '—';
    }

    private static int digits(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
