package dev.lectern.model;

import dev.lectern.article.Passage;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** What every question has, whatever its kind: id, prompt, supporting passages, explanation, hint, points. */
public record QuestionHeader(
        String id,
        String prompt,
        List<Passage> evidence,
        Optional<String> explain,
        Optional<String> hint,
        double points) {
    /** Lower-case letters, digits and single hyphens between them: {@code delegation-lead}. */
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public QuestionHeader {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("bad question id: " + id);
        }
        if (prompt.isBlank()) {
            throw new IllegalArgumentException("empty prompt in " + id);
        }
        if (!(points > 0) || Double.isInfinite(points)) {
            throw new IllegalArgumentException("points must be positive in " + id);
        }
        evidence = List.copyOf(evidence);
    }
}
