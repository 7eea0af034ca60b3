package dev.lectern.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Pick every right choice; {@code answers} are indexes in {@code choices} as written. */
public record MultiQuestion(
        QuestionHeader header,
        List<String> choices,
        Set<Integer> answers,
        Map<String, String> feedback,
        MultiScoring scoring,
        double penalty)
        implements Question {
    public MultiQuestion {
        choices = Choices.lettered(choices, "multi");
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("a multi question needs at least one right answer");
        }
        for (int a : answers) {
            Choices.index(choices, a);
        }
        // Sorted, so the record's text (and the history's content hash built from it) is the same in every run.
        answers = Collections.unmodifiableSet(new TreeSet<>(answers));
        feedback = Choices.feedbackOn(choices, feedback);
        Fraction.check(penalty, "penalty");
    }

    @Override
    public String typeName() {
        return "multi";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.multi(this);
    }
}
