package dev.lectern.load;

import dev.lectern.article.Article;
import dev.lectern.article.Passage;
import dev.lectern.article.QuoteFinder;
import java.util.Optional;

/** What reading one question set needs: where to report, and the article once it is known (absent if broken). */
final class LoadContext {
    private final Problems problems;
    private final Article article;
    private final QuoteFinder quotes;
    private final SetOptions.Defaults defaults;

    LoadContext(Problems problems, Optional<Article> article, SetOptions.Defaults defaults) {
        this.problems = problems;
        this.defaults = defaults;
        this.article = article.orElse(null);
        this.quotes = article.map(QuoteFinder::new).orElse(null);
    }

    SetOptions.Defaults defaults() {
        return defaults;
    }

    Problems problems() {
        return problems;
    }

    Optional<Article> article() {
        return Optional.ofNullable(article);
    }

    Optional<QuoteFinder> quotes() {
        return Optional.ofNullable(quotes);
    }

    /** "paragraph 2 (sentence 2.1)": where a passage starts, as a teacher would look it up. */
    String where(Passage passage) {
        return "paragraph " + passage.paragraph() + " (sentence " + sentence(passage) + ")";
    }

    /** "2.1": the sentence where a passage starts. */
    String sentence(Passage passage) {
        return passage.paragraph() + "." + article.paragraph(passage.paragraph()).sentenceAt(passage.span().start());
    }
}
