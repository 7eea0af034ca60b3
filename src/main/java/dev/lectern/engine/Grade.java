package dev.lectern.engine;

import dev.lectern.article.Passage;
import java.util.List;
import java.util.Optional;

/**
 * The engine's judgement of one answer: points earned of those possible, the verdict, the rule that decided it,
 * the answer as given beside the expected one, a note on what was forgiven or could not be read, the feedback
 * to show (the question's explanation, the chosen option's or expected wrong answer's feedback) and the
 * passages that support the answer.
 */
public record Grade(
        String questionId,
        double earned,
        double possible,
        Verdict verdict,
        Rule rule,
        String given,
        String expected,
        Optional<String> note,
        List<String> feedback,
        List<Passage> evidence) {
    public Grade {
        if (!(possible > 0) || earned > possible + 1e-9 || earned < -possible - 1e-9 || Double.isNaN(earned)) {
            throw new IllegalArgumentException("points " + earned + " of " + possible + " for " + questionId);
        }
        feedback = List.copyOf(feedback);
        evidence = List.copyOf(evidence);
    }

    public boolean isCorrect() {
        return verdict == Verdict.CORRECT;
    }

    /** The share of the points earned, from −1 (with negative marking) to 1. */
    public double fraction() {
        return earned / possible;
    }
}
