package dev.lectern.model;

import java.util.Optional;

/** Is the statement in the prompt true? Feedback may be given for either pick. */
public record TrueFalseQuestion(
        QuestionHeader header,
        boolean answer,
        Optional<String> feedbackIfTrue,
        Optional<String> feedbackIfFalse,
        double penalty)
        implements Question {
    public TrueFalseQuestion {
        Fraction.check(penalty, "penalty");
    }

    @Override
    public String typeName() {
        return "true-false";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.trueFalse(this);
    }
}
