package dev.lectern.engine;

import dev.lectern.model.Question;
import java.util.List;
import java.util.Optional;

/**
 * One question in a session: how it is shown, and what has happened to it so far; {@code answer} is the answer
 * as the engine was given it (its parts; empty until answered), so its parts can be shown right or wrong.
 */
public record SessionItem(
        Question question,
        Presentation presentation,
        Optional<Grade> grade,
        boolean flagged,
        boolean skipped,
        boolean overridden,
        List<String> answer) {
    public SessionItem {
        answer = List.copyOf(answer);
    }

    SessionItem answered(Grade g, List<String> parts) {
        return new SessionItem(question, presentation, Optional.of(g), flagged, false, false, parts);
    }

    SessionItem withFlag(boolean flag) {
        return new SessionItem(question, presentation, grade, flag, skipped, overridden, answer);
    }

    SessionItem asSkipped() {
        return new SessionItem(question, presentation, grade, flagged, grade.isEmpty(), overridden, answer);
    }

    /** The learner's "I was right": full points, marked as overridden. */
    SessionItem overriddenAsRight() {
        Grade g = grade.orElseThrow();
        Grade right = new Grade(
                g.questionId(),
                g.possible(),
                g.possible(),
                Verdict.CORRECT,
                g.rule(),
                g.given(),
                g.expected(),
                Optional.of("marked right by the learner"),
                g.feedback(),
                g.evidence());
        return new SessionItem(question, presentation, Optional.of(right), flagged, false, true, answer);
    }

    /** Points as they count: an unanswered question earns nothing. */
    public double earned() {
        return grade.map(Grade::earned).orElse(0.0);
    }
}
