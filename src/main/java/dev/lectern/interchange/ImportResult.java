package dev.lectern.interchange;

import dev.lectern.load.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What an importer read from one file: the title or category it names, if any (GIFT's {@code $CATEGORY:}, Moodle
 * XML's category, a QTI test's title), the questions Lectern can hold in file order, and every problem with its
 * position: errors for input that could not be read (that question is left out, the rest still imported),
 * warnings for what was left out on purpose (an essay question, named with its position) or kept only
 * approximately (a partial-credit alternate, a feedback that has no place).
 */
public record ImportResult(Optional<String> title, List<ImportedQuestion> questions, List<Problem> problems) {
    public ImportResult {
        questions = List.copyOf(questions);
        problems = List.copyOf(problems);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
