package dev.lectern.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/** Pick every right choice; {@code answers} are indexes in {@code choices} as written. */
public record MultiQuestion(QuestionHeader header, List<String> choices, Set<Integer> answers,
                            Map<String, String> feedback, MultiScoring scoring, double penalty)
        implements Question {
    public MultiQuestion {
        choices = Choices.atLeastTwo(choices, "choices");
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("a multi question needs at least one right answer");
        }
        for (int a : answers) {
            Choices.index(choices, a);
        }
        answers = Set.copyOf(answers);
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
