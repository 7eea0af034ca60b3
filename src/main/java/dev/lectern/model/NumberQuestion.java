package dev.lectern.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A numeric answer: any of {@code answers} within the tolerance, optionally with a unit the learner may type or
 * omit; {@code wrong} lists numbers the teacher expects learners to give, each with why it is wrong.
 */
public record NumberQuestion(
        QuestionHeader header,
        List<BigDecimal> answers,
        Tolerance tolerance,
        Optional<String> unit,
        List<WrongAnswer> wrong)
        implements Question {
    public NumberQuestion {
        if (answers.isEmpty()) {
            throw new IllegalArgumentException("a number question needs an answer");
        }
        answers = List.copyOf(answers);
        wrong = List.copyOf(wrong);
    }

    @Override
    public String typeName() {
        return "number";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.number(this);
    }
}
