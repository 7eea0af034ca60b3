package dev.lectern.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Free text; any of {@code answers} (the first is shown as the expected one) or the optional pattern accepts.
 * {@code wrong} lists answers the teacher expects learners to give, each with why it is wrong.
 */
public record ShortQuestion(
        QuestionHeader header,
        List<String> answers,
        Optional<Pattern> pattern,
        TextMatching matching,
        TextCredit credit,
        List<WrongAnswer> wrong)
        implements Question {
    public ShortQuestion {
        if (answers.isEmpty() || answers.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a short question needs non-empty accepted answers");
        }
        answers = List.copyOf(answers);
        wrong = List.copyOf(wrong);
    }

    @Override
    public String typeName() {
        return "short";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.shortAnswer(this);
    }
}
