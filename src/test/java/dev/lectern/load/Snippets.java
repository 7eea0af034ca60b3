package dev.lectern.load;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads YAML snippets as if they were {@code q.yaml} in a folder {@code questions/} of the project, with the
 * seed article available from {@code seeds/}, and shows their problems the way {@code lectern check} prints
 * them: {@code file:line:col: severity: message}.
 */
final class Snippets {
    /** The seed article every snippet names: 29 paragraphs. */
    static final String ARTICLE = "000_d9e472c27e1e5fdd.txt";
    /** The folder snippets pretend to live in; it need not exist. */
    static final Path DIR = Path.of("questions");

    private static final QuestionSetLoader LOADER =
            new QuestionSetLoader(new ArticleLibrary(List.of(Path.of("seeds"))));

    private Snippets() {}

    static LoadResult load(String yaml) {
        return LOADER.load(yaml, DIR, "q.yaml");
    }

    /** Every problem of the snippet, in file order, as {@code q.yaml:line:col: error: message}. */
    static List<String> problems(String yaml) {
        return shown(load(yaml));
    }

    static List<String> shown(LoadResult result) {
        return result.problems().stream().map(Problem::toString).toList();
    }

    /** A loader looking for articles in {@code seeds/} and the given folders. */
    static QuestionSetLoader loaderWith(Path... seedDirs) {
        return new QuestionSetLoader(new ArticleLibrary(List.of(seedDirs)));
    }
}
