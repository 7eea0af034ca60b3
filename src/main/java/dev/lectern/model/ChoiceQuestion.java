package dev.lectern.model;

import java.util.List;
import java.util.Map;

/** Pick the one right choice; {@code answer} is its index in {@code choices} as written. */
public record ChoiceQuestion(QuestionHeader header, List<String> choices, int answer, Map<String, String> feedback)
        implements Question {
    public ChoiceQuestion {
        choices = Choices.atLeastTwo(choices, "choices");
        Choices.index(choices, answer);
        feedback = Choices.feedbackOn(choices, feedback);
    }

    public String answerText() {
        return choices.get(answer);
    }

    @Override
    public String typeName() {
        return "choice";
    }
}
