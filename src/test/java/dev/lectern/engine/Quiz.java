package dev.lectern.engine;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.nio.file.Path;
import java.util.List;

/** Test helper: questions written as YAML on the seed article, graded as an answer sheet would be. */
final class Quiz {
    private static final String HEAD = "title: T\narticle: 000_d9e472c27e1e5fdd.txt\n";

    private Quiz() {}

    static QuestionSet set(String yaml) {
        String text = yaml.startsWith("title:") ? yaml : HEAD + yaml;
        LoadResult r = new QuestionSetLoader(new ArticleLibrary(List.of(Path.of("seeds"))))
                .load(text, Path.of("questions"), "q.yaml");
        return r.set().orElseThrow(() -> new AssertionError("does not load: " + r.problems()));
    }

    /** The only question of {@code questions:} YAML (indented list items). */
    static Question question(String questionsYaml) {
        return set("questions:\n" + questionsYaml).questions().get(0);
    }

    static Grade grade(Question q, String answer) {
        return new Grader(set("questions:\n  - {id: x, type: true-false, prompt: p, answer: true}\n")
                        .article())
                .grade(q, Presentation.asWritten(q), answer);
    }

    static Grade grade(String questionsYaml, String answer) {
        return grade(question(questionsYaml), answer);
    }
}
