package dev.lectern.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reading answers as learners and answer sheets write them. Lists (multi picks, order items, match pairs, cloze
 * blanks) are separated by {@code ;} (or new lines); a multi answer of letters may also use commas ({@code a, c}).
 */
final class AnswerText {
    static final String SEPARATOR = ";";

    // Compiled once: answers are read by the hundred thousand in batch grading.
    private static final Pattern SEPARATORS = Pattern.compile("[;\\n]");
    private static final Pattern LETTER = Pattern.compile("\\(?[a-z][).]?");
    private static final Pattern LETTER_LIST = Pattern.compile("[A-Za-z]([,\\s]+[A-Za-z])+");
    private static final Pattern LETTER_BREAK = Pattern.compile("[,\\s]+");

    private AnswerText() {}

    /**
     * No part has anything but white space, as {@link TextNormalizer#collapseWhitespace} sees it: Python's, so an
     * answer of no-break or ideographic spaces is unanswered too, not wrong ({@code String.isBlank} misses them).
     */
    static boolean isBlank(List<String> parts) {
        return parts.stream().allMatch(p -> PythonText.split(p).isEmpty());
    }

    /** The parts of a list answer; a single part is split on the separator. */
    static List<String> items(List<String> parts) {
        if (parts.size() != 1) {
            return parts.stream().map(String::strip).toList();
        }
        return Arrays.stream(SEPARATORS.split(parts.get(0), -1))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    /** Like {@link #items}, but a list of single letters needs no semicolons: {@code a, c} or {@code a c}. */
    static List<String> lettersOrItems(List<String> parts) {
        List<String> items = items(parts);
        if (items.size() == 1 && LETTER_LIST.matcher(items.get(0)).matches()) {
            return List.of(LETTER_BREAK.split(items.get(0)));
        }
        return items;
    }

    /** {@code b}, {@code B}, {@code b)}, {@code (b)} or {@code b.} as position 1, when within {@code size}. */
    static Optional<Integer> letter(String text, int size) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (LETTER.matcher(t).matches()) {
            int position = t.charAt(t.startsWith("(") ? 1 : 0) - 'a';
            return position < size ? Optional.of(position) : Optional.empty();
        }
        return Optional.empty();
    }

    /** The position shown as letter {@code a}, {@code b}, … */
    static String letterOf(int position) {
        return String.valueOf((char) ('a' + position));
    }

    static String joined(List<String> parts) {
        return String.join(SEPARATOR + " ", parts);
    }
}
