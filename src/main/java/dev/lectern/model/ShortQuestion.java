package dev.lectern.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Free text; any of {@code answers} (the first is shown as the expected one) or the optional pattern accepts. */
public record ShortQuestion(QuestionHeader header, List<String> answers, Optional<Pattern> pattern)
        implements Question {
    public ShortQuestion {
        if (answers.isEmpty() || answers.stream().anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("a short question needs non-empty accepted answers");
        }
        answers = List.copyOf(answers);
    }

    @Override
    public String typeName() {
        return "short";
    }
}
