package dev.lectern.source;

import java.util.regex.Pattern;

/** Whitespace as Lectern's article files have it: single ordinary spaces, none at the ends. */
final class Whitespace {
    /** Every run of spaces, tabs, line breaks, no-break and other Unicode spaces; zero-width spaces go. */
    private static final Pattern RUN = Pattern.compile("[\\s\\p{Z}\\u00A0\\u2007\\u202F\\u2060\\uFEFF]+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u2060\\uFEFF]");

    private Whitespace() {
    }

    static String collapse(String text) {
        String visible = INVISIBLE.matcher(text).replaceAll("");
        return RUN.matcher(visible).replaceAll(" ").strip();
    }
}
