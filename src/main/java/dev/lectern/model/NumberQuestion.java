package dev.lectern.model;

import java.math.BigDecimal;
import java.util.Optional;

/** A numeric answer, within a tolerance, optionally with a unit the learner may type or omit. */
public record NumberQuestion(QuestionHeader header, BigDecimal answer, Tolerance tolerance, Optional<String> unit)
        implements Question {
    @Override
    public String typeName() {
        return "number";
    }
}
