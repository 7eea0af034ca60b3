package dev.lectern.model;

/**
 * The letters a to z that label what a learner picks from (choices, the left items of a match, the items of an
 * order): so at most 26 of them, everywhere (the loader, the importers, the model's records), since the text UI,
 * answer sheets and the grader all name an option by one letter. Documented in docs/limits.md.
 */
public final class Letters {
    /** Most choices of a choice or multi question, pairs of a match question and items of an order question. */
    public static final int MAX = 26;

    private Letters() {}

    /** The label of the option shown at {@code position} (from 0): {@code a} … {@code z}. */
    public static String of(int position) {
        if (position < 0 || position >= MAX) {
            throw new IllegalArgumentException("no letter for position " + position + "; at most " + MAX);
        }
        return String.valueOf((char) ('a' + position));
    }

    /**
     * The message for a question with {@code count} (more than {@link #MAX}) {@code entries} ("choices", "pairs"),
     * the same from {@code check} and every importer.
     */
    public static String tooMany(String type, int count, String entries) {
        String article = "aeiou".indexOf(type.charAt(0)) >= 0 ? "an " : "a "; // an order question
        return article + type + " question has at most " + MAX + " " + entries + " (labelled a to z); found " + count
                + ": split it into two questions";
    }
}
