package dev.lectern.model;

import java.util.Optional;

/** Is the statement in the prompt true? Feedback may be given for either pick. */
public record TrueFalseQuestion(QuestionHeader header, boolean answer, Optional<String> feedbackIfTrue,
                                Optional<String> feedbackIfFalse) implements Question {
    @Override
    public String typeName() {
        return "true-false";
    }
}
