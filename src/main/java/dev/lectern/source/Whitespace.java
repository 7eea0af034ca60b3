package dev.lectern.source;

import java.util.regex.Pattern;

/** Whitespace as Lectern's article files have it: single ordinary spaces, none at the ends. */
final class Whitespace {
    /**
     * Every run of spaces, tabs, line breaks, no-break and other Unicode spaces; zero-width spaces go. NEL (U+0085)
     * is a line break to the article reader ({@code \R}) though neither {@code \s} nor {@code \p{Z}}: left in,
     * it split the paragraph in two when the article file was read, and every citation after it moved.
     */
    private static final Pattern RUN = Pattern.compile("[\\s\\p{Z}\\u0085\\u00A0\\u2007\\u202F\\u2060\\uFEFF]+");

    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF]");

    private Whitespace() {}

    static String collapse(String text) {
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return RUN.matcher(visible).replaceAll(" ").strip();
    }
}
