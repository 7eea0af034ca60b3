package dev.lectern.schedule;

/**
 * How an answer was given, which decides whether it moves the review schedule: in a quiz (practice or exam) and in
 * a review of what is due it does; a cram ({@code lectern review --all}) and a graded answer sheet
 * ({@code --batch --record}) are recorded but never move it.
 */
public enum AnswerMode {
    PRACTICE(true, true),
    EXAM(true, true),
    REVIEW(true, false),
    CRAM(false, false),
    BATCH(false, false);

    private final boolean movesSchedule;
    private final boolean resumable;

    AnswerMode(boolean movesSchedule, boolean resumable) {
        this.movesSchedule = movesSchedule;
        this.resumable = resumable;
    }

    /** Whether an answer given in this mode moves its question in the review schedule. */
    public boolean movesSchedule() {
        return movesSchedule;
    }

    /**
     * Whether a session in this mode left unfinished is offered again: a quiz on a set is; a review is not (what it
     * did not reach is still due), nor a cram or an answer sheet.
     */
    public boolean resumable() {
        return resumable;
    }
}
