package dev.lectern.interchange;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.QuestionSet;
import java.nio.file.Path;
import java.util.List;

/** The sets shipped in questions/, loaded as the quiz loads them, for the interchange tests. */
public final class BundledSets {
    public static final List<String> FILES =
            List.of("questions/01-istanbul-talks.yaml", "questions/02-who-said-what.yaml");

    private BundledSets() {}

    public static QuestionSet load(String file) {
        LoadResult r = new QuestionSetLoader(ArticleLibrary.forProject(Path.of(""))).load(Path.of(file), file);
        return r.set().orElseThrow(() -> new AssertionError(file + ": " + r.problems()));
    }
}
