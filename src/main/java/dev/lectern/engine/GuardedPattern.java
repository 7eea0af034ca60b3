package dev.lectern.engine;

import java.util.regex.Pattern;

/**
 * A teacher's {@code pattern:} run so that it cannot take the process down: java.util.regex backtracks, and a
 * nested repetition ({@code (a|aa)*b}, {@code (x+x+)+y}) on a long answer either takes exponential time or
 * recurses until the stack overflows. The text is read through a {@link CharSequence} that counts its reads and
 * gives up past a budget, and a {@link StackOverflowError} inside the match is caught; either way the answer is
 * not accepted by the pattern, and the grade says why.
 */
final class GuardedPattern {
    /**
     * Characters the matcher may read for one answer: 2,000 reads of each character of the longest answer
     * ({@link AnswerLength#MAX}); a sound pattern reads each a few times, and one past this is backtracking without
     * end ({@code (x+x+)+y} reaches it in about 0.3 s).
     */
    static final long BUDGET = 10_000_000;

    /** What happened when a pattern was run. */
    enum Outcome {
        MATCHED,
        NOT_MATCHED,
        GAVE_UP
    }

    private GuardedPattern() {}

    static Outcome matches(Pattern pattern, String text) {
        return matches(pattern, text, BUDGET);
    }

    static Outcome matches(Pattern pattern, String text, long budget) {
        try {
            return pattern.matcher(new Counted(text, budget)).matches() ? Outcome.MATCHED : Outcome.NOT_MATCHED;
        } catch (OverBudget | StackOverflowError e) {
            return Outcome.GAVE_UP;
        }
    }

    /** The note on a grade whose answer the pattern could not be run on. */
    static String note() {
        return "the accepted pattern could not be checked against this answer (it backtracks too much on it), so"
                + " the answer is not accepted by it; the teacher can simplify the pattern (avoid a repetition"
                + " inside a repetition, such as (a+)+)";
    }

    /** Thrown, without a stack trace, when the matcher has read more than its budget. */
    private static final class OverBudget extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OverBudget() {
            super(null, null, false, false);
        }
    }

    /** {@code text}, each read counted against the budget; its sub-sequences share the count. */
    private static final class Counted implements CharSequence {
        private final String text;
        private final int from;
        private final int to;
        private final long[] left;

        Counted(String text, long budget) {
            this(text, 0, text.length(), new long[] {budget});
        }

        private Counted(String text, int from, int to, long[] left) {
            this.text = text;
            this.from = from;
            this.to = to;
            this.left = left;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new OverBudget();
            }
            if (index < 0 || index >= to - from) {
                throw new IndexOutOfBoundsException(index);
            }
            return text.charAt(from + index);
        }

        @Override
        public int length() {
            return to - from;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Counted(text, from + start, from + end, left);
        }

        @Override
        public String toString() {
            return text.substring(from, to);
        }
    }
}
