package dev.lectern.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reading answers as learners and answer sheets write them, by hand-written scanners (no regex: answers are read
 * by the hundred thousand in batch grading). Lists (multi picks, order items, match pairs, cloze blanks) are
 * separated by {@code ;} (or new lines); a multi answer of letters may also use commas ({@code a, c}).
 */
final class AnswerParts {
    static final String SEPARATOR = ";";

    private AnswerParts() {}

    /**
     * No part has anything but white space, as {@link TextNormalizer#collapseWhitespace} sees it: Python's, so an
     * answer of no-break or ideographic spaces is unanswered too, not wrong ({@code String.isBlank} misses them).
     */
    static boolean isBlank(List<String> parts) {
        for (String part : parts) {
            if (!FastText.isBlank(part)) {
                return false;
            }
        }
        return true;
    }

    /** The parts of a list answer; a single part is split on {@code ;} and new lines, empty items dropped. */
    static List<String> items(List<String> parts) {
        List<String> items = new ArrayList<>();
        if (parts.size() != 1) {
            for (String part : parts) {
                items.add(part.strip());
            }
            return items;
        }
        String text = parts.get(0);
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ';' || text.charAt(i) == '\n') {
                String item = text.substring(start, i).strip();
                if (!item.isEmpty()) {
                    items.add(item);
                }
                start = i + 1;
            }
        }
        return items;
    }

    /** Like {@link #items}, but a list of single letters needs no semicolons: {@code a, c} or {@code a c}. */
    static List<String> lettersOrItems(List<String> parts) {
        List<String> items = items(parts);
        if (items.size() == 1) {
            List<String> letters = letterList(items.get(0));
            if (letters != null) {
                return letters;
            }
        }
        return items;
    }

    /**
     * The letters of {@code [A-Za-z]([,\s]+[A-Za-z])+} (two or more single ASCII letters, commas and white
     * space between them), or null.
     */
    private static List<String> letterList(String text) {
        List<String> letters = new ArrayList<>();
        boolean afterLetter = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isAsciiLetter(c)) {
                if (afterLetter) {
                    return null;
                }
                letters.add(String.valueOf(c));
                afterLetter = true;
            } else if (i > 0
                    && (c == ',' || c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r')) {
                afterLetter = false;
            } else {
                return null;
            }
        }
        return afterLetter && letters.size() >= 2 ? letters : null;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * {@code b}, {@code B}, {@code b)}, {@code (b)} or {@code b.} as position 1, when within {@code size}; else −1.
     * Lowercased as before in the default locale, but only once the text is short enough to be a letter.
     */
    static int letter(String text, int size) {
        String s = text.strip();
        if (s.isEmpty() || s.length() > 3) {
            return -1;
        }
        String t = s.toLowerCase(Locale.ROOT);
        int i = t.charAt(0) == '(' ? 1 : 0;
        if (i >= t.length() || t.charAt(i) < 'a' || t.charAt(i) > 'z') {
            return -1;
        }
        int position = t.charAt(i) - 'a';
        i++;
        if (i < t.length() && (t.charAt(i) == ')' || t.charAt(i) == '.')) {
            i++;
        }
        return i == t.length() && position < size ? position : -1;
    }

    /** {@code \d{1,max}}: one to {@code max} ASCII digits. */
    static boolean isDigits(String text, int max) {
        if (text.isEmpty() || text.length() > max) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code [a-zA-Z]}: a single ASCII letter. */
    static boolean isSingleLetter(String text) {
        return text.length() == 1 && isAsciiLetter(text.charAt(0));
    }

    static String joined(List<String> parts) {
        return String.join(SEPARATOR + " ", parts);
    }
}
