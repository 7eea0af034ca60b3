package dev.lectern.store;

/**
 * One question's history in a set: how often answered (the final grade of each session), how often right (an
 * "I was right" counts as right) and the content hash of its latest attempt.
 */
public record QuestionStats(String questionId, int answered, int right, String lastHash) {
    public double shareRight() {
        return answered == 0 ? 0 : (double) right / answered;
    }
}
