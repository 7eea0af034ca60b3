package dev.lectern.model;

import java.util.Locale;

/**
 * A value taken from the input (a key, a question id, an answer, a title) as a message quotes it: whole when it is
 * short, as real values are, else its first {@value #SHOWN} code points, {@code …} and how many characters were
 * left out, so that a 1,000,000-character key makes a message of one line, not of a megabyte (issue 17). Every
 * message that quotes a value from a file goes through here.
 */
public final class Quoted {
    /** Code points of a value shown in a message. */
    public static final int SHOWN = 60;

    private Quoted() {}

    /** {@code 'value'}, shortened as {@link #shortened} says. */
    public static String of(String value) {
        return "'" + shortened(value) + "'";
    }

    /** {@code value} itself, or its first {@value #SHOWN} code points, {@code …} and how many code points were cut. */
    public static String shortened(String value) {
        if (value.length() <= SHOWN || value.codePointCount(0, value.length()) <= SHOWN) {
            return value;
        }
        int end = value.offsetByCodePoints(0, SHOWN);
        // Counted in code points, as what is shown is: an emoji left out is one character, not two UTF-16 units.
        int left = value.codePointCount(end, value.length());
        return value.substring(0, end) + "… (" + String.format(Locale.ROOT, "%,d", left) + " more "
                + (left == 1 ? "character" : "characters") + ")";
    }
}
