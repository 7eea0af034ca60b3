package dev.lectern.batch;

import dev.lectern.article.Article;
import dev.lectern.article.Passage;
import dev.lectern.engine.Grade;
import java.util.ArrayList;
import java.util.List;

/** The supporting passages of a grade as text, each led by its paragraph number: {@code [9] …}. */
final class Evidence {
    private Evidence() {}

    static List<String> sentences(Article article, Grade grade) {
        List<String> out = new ArrayList<>();
        for (Passage p : grade.evidence()) {
            out.add("[" + p.paragraph() + "] " + article.text(p));
        }
        return out;
    }
}
