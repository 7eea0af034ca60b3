package dev.lectern.store;

/**
 * One question's history in a set, over the final grade of each session: how often answered, how often right (an
 * "I was right" counts as right), the points earned of the points possible, and the content hash of its latest
 * attempt.
 */
public record QuestionStats(
        String questionId, int answered, int right, double earned, double possible, String lastHash) {
    /** The share of the points earned: a cloze with two of three blanks right, once, is 2/3. */
    public double shareEarned() {
        return possible > 0 ? earned / possible : 0;
    }

    /** The share of the answers that were right. */
    public double shareRight() {
        return answered == 0 ? 0 : (double) right / answered;
    }

    /** Whether every answer earned full marks. */
    public boolean fullMarks() {
        return possible > 0 && earned >= possible - 1e-9;
    }
}
