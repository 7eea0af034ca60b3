package dev.lectern.load;

import dev.lectern.model.QuestionSet;
import java.util.List;
import java.util.Optional;

/** A loaded set (present only when there are no errors) and every problem found, warnings included. */
public record LoadResult(String file, Optional<QuestionSet> set, List<Problem> problems) {
    public LoadResult {
        problems = List.copyOf(problems);
        boolean errors = problems.stream().anyMatch(Problem::isError);
        if (errors == set.isPresent()) {
            throw new IllegalArgumentException("a set is present exactly when there are no errors");
        }
    }

    public boolean hasErrors() {
        return set.isEmpty();
    }
}
