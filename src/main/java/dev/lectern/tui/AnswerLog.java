package dev.lectern.tui;

import dev.lectern.engine.Grade;
import dev.lectern.model.Question;
import java.util.OptionalDouble;

/**
 * Where the text UI reports each answer the moment it is graded, and each "I was right" the moment it is made,
 * so that a crash or Ctrl-C loses nothing already answered. The UI never waits on the outcome: an implementation
 * that cannot record must not throw, but keep the failure to report once the quiz is over.
 */
public interface AnswerLog {
    /** Records nothing: tests, and the rehearsal that trains the class-data archive. */
    AnswerLog NONE = answer -> { };

    void answered(Answered answer);

    /**
     * This log, with every answer recorded under {@code mode} instead of the session's own: a review's practice
     * sessions are recorded as {@code review}, a cram's as {@code cram}.
     */
    default AnswerLog inMode(String mode) {
        return a -> answered(new Answered(a.setPath(), a.setTitle(), a.question(), a.grade(), a.millis(),
                a.sessionId(), mode, a.overridden(), a.sessionPossible()));
    }

    /**
     * One answer: the set as the learner named it ({@code setPath}) and its title, the question, its grade, how long
     * the question was on screen, the session it belongs to, its mode ({@code practice} or {@code exam}, or the
     * {@code review} or {@code cram} of {@link #inMode}), whether it is an "I was right" (then {@code grade} is the
     * overridden, full-marks grade) and the points possible in the whole session, so that its score in the history
     * is the one its summary shows.
     */
    record Answered(String setPath, String setTitle, Question question, Grade grade, long millis, String sessionId,
                    String mode, boolean overridden, OptionalDouble sessionPossible) {
        /** An answer whose session's points possible are not known. */
        public Answered(String setPath, String setTitle, Question question, Grade grade, long millis, String sessionId,
                        String mode, boolean overridden) {
            this(setPath, setTitle, question, grade, millis, sessionId, mode, overridden, OptionalDouble.empty());
        }
    }
}
