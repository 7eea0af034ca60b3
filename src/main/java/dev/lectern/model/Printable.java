package dev.lectern.model;

/**
 * Text from outside (a student's name or answer, a set's title or prompt, an article) made safe to show on a
 * terminal: control characters are written as visible escapes, so that an ESC or BEL in a file cannot retitle,
 * recolour or clear the learner's terminal, and the text UI (which cannot draw them) shows them too. The form is
 * Java's: {@code \r}, and {@code \u001B} for ESC, {@code \u0007} for BEL, {@code \u0000} for NUL, {@code \u007F}
 * for DEL and so on for every control character (Unicode category Cc: C0, DEL and C1), for the line and
 * paragraph separators U+2028 and U+2029, and for the bidirectional embeddings, overrides and isolates (U+202A to
 * U+202E, U+2066 to U+2069), which make a terminal show the text around them reordered: a {@code U+202E} in a
 * student's name can make a report line read differently from what it holds ("Trojan Source"). Documented in
 * docs/limits.md. Every writer of text meant for a terminal
 * uses it (batch text reports, {@code --list}, {@code passages}, {@code check}, the text UI); JSON and CSV output
 * stay data and escape in their own ways.
 */
public final class Printable {
    private Printable() {}

    /** {@code text} with its control characters escaped, except line breaks and tabs, which keep their place. */
    public static String escape(String text) {
        return escape(text, false);
    }

    /** {@code text} on one line: line breaks and tabs escaped too ({@code \n}, {@code \t}). */
    public static String oneLine(String text) {
        return escape(text, true);
    }

    /** Whether {@code c} is shown escaped by {@link #escape} (so also by {@link #oneLine}). */
    public static boolean isEscaped(int c) {
        return c != '\n' && c != '\t' && (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || isBidiControl(c));
    }

    /**
     * Whether {@code c} is a bidirectional embedding, override or isolate (LRE, RLE, PDF, LRO, RLO; LRI, RLI, FSI,
     * PDI): invisible, it reorders the text shown after it. The marks LRM, RLM and ALM only nudge the direction of
     * neutral characters next to them and belong in right-to-left text, so they are left as they are.
     */
    public static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String escape(String text, boolean oneLine) {
        int i = 0;
        while (i < text.length() && !needs(text.charAt(i), oneLine)) {
            i++;
        }
        if (i == text.length()) {
            return text; // the usual case: nothing to escape, no copy
        }
        StringBuilder sb = new StringBuilder(text.length() + 16).append(text, 0, i);
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!needs(c, oneLine)) {
                sb.append(c);
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\r') {
                sb.append("\\r");
            } else {
                sb.append(String.format("\\u%04X", (int) c));
            }
        }
        return sb.toString();
    }

    private static boolean needs(char c, boolean oneLine) {
        return isEscaped(c) || (oneLine && (c == '\n' || c == '\t'));
    }
}
