package dev.lectern.store;

import dev.lectern.engine.Grade;
import dev.lectern.engine.Verdict;
import dev.lectern.model.Question;
import dev.lectern.schedule.AnswerMode;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One answer as it is recorded: the set ({@link SetRef}: its file, and the name it was given), its title, the
 * question id and the hash of its content when answered, the answer given (as the grade shows it, and the parts as
 * they were submitted, so an unfinished session can be taken up again), the verdict, points of the possible points,
 * the time taken, the session it belongs to, the mode and whether it is a learner's "I was right", and the points
 * possible in the whole session (its unanswered questions too) when known. The store stamps the time it was
 * answered from its clock.
 */
public record Attempt(
        SetRef set,
        String setTitle,
        String questionId,
        String contentHash,
        String answer,
        List<String> parts,
        Verdict verdict,
        double points,
        double maxPoints,
        long millis,
        String sessionId,
        AnswerMode mode,
        boolean overridden,
        OptionalDouble sessionPossible) {
    public Attempt {
        for (Object value : new Object[] {
            set, setTitle, questionId, contentHash, answer, parts, verdict, sessionId, mode, sessionPossible
        }) {
            Objects.requireNonNull(value, "an attempt's values are never null");
        }
        parts = List.copyOf(parts);
        // millis is not checked: a wall clock set back mid-question may make it negative, and that answer counts.
        if (!(maxPoints > 0) || Double.isNaN(points)) {
            throw new IllegalArgumentException(
                    "attempt at " + questionId + ": " + points + " of " + maxPoints + " points");
        }
        if (sessionPossible.isPresent() && !(sessionPossible.getAsDouble() > 0)) {
            throw new IllegalArgumentException("attempt at " + questionId + ": a session of "
                    + sessionPossible.getAsDouble() + " points possible");
        }
    }

    /**
     * The row of a graded answer: the one place a grade becomes a row, for the text UI and {@code --batch --record}
     * alike. {@code parts}: the answer as submitted; {@code overridden}: an "I was right" ({@code grade} is then
     * the full-marks grade it gave).
     */
    public static Attempt graded(
            SetRef set,
            String setTitle,
            Question question,
            Grade grade,
            List<String> parts,
            long millis,
            String sessionId,
            AnswerMode mode,
            boolean overridden,
            OptionalDouble sessionPossible) {
        return graded(
                set,
                setTitle,
                question,
                ContentHash.of(question),
                grade,
                parts,
                millis,
                sessionId,
                mode,
                overridden,
                sessionPossible);
    }

    /** As above, with the question's content hash already worked out (a batch run hashes each question once). */
    public static Attempt graded(
            SetRef set,
            String setTitle,
            Question question,
            String contentHash,
            Grade grade,
            List<String> parts,
            long millis,
            String sessionId,
            AnswerMode mode,
            boolean overridden,
            OptionalDouble sessionPossible) {
        return new Attempt(
                set,
                setTitle,
                question.id(),
                contentHash,
                grade.given(),
                parts,
                grade.verdict(),
                grade.earned(),
                grade.possible(),
                millis,
                sessionId,
                mode,
                overridden,
                sessionPossible);
    }
}
