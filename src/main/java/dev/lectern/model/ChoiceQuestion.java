package dev.lectern.model;

import java.util.List;
import java.util.Map;

/**
 * Pick the one right choice; {@code answer} is its index in {@code choices} as written. A wrong pick loses
 * {@code penalty} (a share of the points) where the teacher uses negative marking.
 */
public record ChoiceQuestion(
        QuestionHeader header, List<String> choices, int answer, Map<String, String> feedback, double penalty)
        implements Question {
    public ChoiceQuestion {
        choices = Choices.lettered(choices, "choice");
        Choices.index(choices, answer);
        feedback = Choices.feedbackOn(choices, feedback);
        Fraction.check(penalty, "penalty");
    }

    public String answerText() {
        return choices.get(answer);
    }

    @Override
    public String typeName() {
        return "choice";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.choice(this);
    }
}
