package dev.lectern.engine;

import dev.lectern.model.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Builds grades: the verdict follows from the points, feedback gathers what to show, penalties apply once. */
final class Scores {
    private Scores() {}

    static Grade grade(
            Question q,
            double fraction,
            Rule rule,
            String given,
            String expected,
            Optional<String> note,
            List<String> feedback) {
        return new Grade(
                q.id(),
                fraction * q.points(),
                q.points(),
                verdict(fraction),
                rule,
                given,
                expected,
                note,
                withExplanation(q, feedback),
                q.evidence());
    }

    /**
     * A wrong pick under negative marking loses {@code penalty} of the points; a blank never does. Without a
     * penalty the points are 0, not −0 (which would print as "-0.0" and make equal grades differ).
     */
    static Grade penalised(
            Question q,
            double penalty,
            Rule rule,
            String given,
            String expected,
            Optional<String> note,
            List<String> feedback) {
        double earned = penalty == 0 ? 0 : -penalty * q.points();
        return new Grade(
                q.id(),
                earned,
                q.points(),
                Verdict.WRONG,
                rule,
                given,
                expected,
                note,
                withExplanation(q, feedback),
                q.evidence());
    }

    static Grade unanswered(Question q, String expected) {
        return new Grade(
                q.id(),
                0,
                q.points(),
                Verdict.UNANSWERED,
                Rule.UNANSWERED,
                "",
                expected,
                Optional.empty(),
                withExplanation(q, List.of()),
                q.evidence());
    }

    static Grade unreadable(Question q, String given, String expected, String why) {
        return new Grade(
                q.id(),
                0,
                q.points(),
                Verdict.WRONG,
                Rule.UNREADABLE,
                given,
                expected,
                Optional.of(why),
                withExplanation(q, List.of()),
                q.evidence());
    }

    private static Verdict verdict(double fraction) {
        if (fraction >= 1 - 1e-9) {
            return Verdict.CORRECT;
        }
        return fraction > 1e-9 ? Verdict.PARTIAL : Verdict.WRONG;
    }

    private static List<String> withExplanation(Question q, List<String> feedback) {
        if (feedback.isEmpty()) {
            // Most grades: one immutable list, which Grade then keeps as it is instead of copying it.
            return q.header().explain().map(List::of).orElse(List.of());
        }
        List<String> all = new ArrayList<>(feedback);
        q.header().explain().ifPresent(all::add);
        return all;
    }
}
