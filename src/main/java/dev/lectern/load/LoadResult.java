package dev.lectern.load;

import dev.lectern.model.QuestionSet;
import java.util.List;
import java.util.Optional;

/**
 * A loaded set (present only when there are no errors) and every problem found, warnings included. {@code
 * unreadable}: the file could not be read as a question file at all (not a regular file, past one of the {@link
 * Limits}), which commands report as input that cannot be read (exit 2) rather than as problems found.
 */
public record LoadResult(String file, Optional<QuestionSet> set, List<Problem> problems, boolean unreadable) {
    public LoadResult {
        problems = List.copyOf(problems);
        boolean errors = problems.stream().anyMatch(Problem::isError);
        if (errors == set.isPresent()) {
            throw new IllegalArgumentException("a set is present exactly when there are no errors");
        }
    }

    public LoadResult(String file, Optional<QuestionSet> set, List<Problem> problems) {
        this(file, set, problems, false);
    }

    public boolean hasErrors() {
        return set.isEmpty();
    }
}
