package dev.lectern.batch;

import dev.lectern.engine.Grade;

/**
 * The grades of answers seen before, per question: in a class the same few answers come back again and again
 * ({@code b}, {@code 30 days}, {@code Ankara}), and grading is a pure function of the question, the order it is
 * shown in (always as written in a batch run) and the answer, so a repeated answer can take the grade its first
 * appearance got: the very same value, so nothing a report prints can differ.
 *
 * <p>Each question has a small direct-mapped table (a slot by the answer's hash; a new answer takes the slot over),
 * so memory is bounded by the table sizes, never by the class: about {@value #TOTAL_SLOTS} slots for the whole set,
 * between {@value #MIN_SLOTS} and {@value #MAX_SLOTS} a question, and answers longer than {@value #MAX_LENGTH}
 * characters are not kept. Any number of threads may read and fill it at once without a lock: a slot holds an
 * immutable entry (final fields, so a thread that sees the entry sees it whole), and a thread that misses an entry
 * another one just stored merely grades the answer itself.
 */
final class GradeMemo {
    static final int TOTAL_SLOTS = 1 << 16;
    static final int MIN_SLOTS = 4;
    static final int MAX_SLOTS = 1 << 10;
    static final int MAX_LENGTH = 200;

    private record Entry(String answer, Grade grade) {}

    private final Entry[][] tables;
    private final int mask;

    GradeMemo(int questions) {
        this(questions, slotsPerQuestion(questions));
    }

    /** {@code slots} a question, a power of two (a test makes them few, so that answers share slots). */
    GradeMemo(int questions, int slots) {
        if (Integer.bitCount(slots) != 1) {
            throw new IllegalArgumentException("slots must be a power of two: " + slots);
        }
        this.tables = new Entry[questions][];
        for (int i = 0; i < questions; i++) {
            tables[i] = new Entry[slots];
        }
        this.mask = slots - 1;
    }

    static int slotsPerQuestion(int questions) {
        int share = TOTAL_SLOTS / Math.max(1, questions);
        return Integer.highestOneBit(Math.max(MIN_SLOTS, Math.min(MAX_SLOTS, share)));
    }

    /** The grade stored for {@code answer} to question {@code question}; null when there is none. */
    Grade get(int question, String answer) {
        if (answer.length() > MAX_LENGTH) {
            return null;
        }
        Entry e = tables[question][slot(answer)];
        return e != null && e.answer.equals(answer) ? e.grade : null;
    }

    /** Keeps {@code grade} as the grade of {@code answer} to question {@code question}, unless the answer is long. */
    void put(int question, String answer, Grade grade) {
        if (answer.length() <= MAX_LENGTH) {
            tables[question][slot(answer)] = new Entry(answer, grade);
        }
    }

    private int slot(String answer) {
        int h = answer.hashCode();
        return (h ^ h >>> 16) & mask;
    }
}
