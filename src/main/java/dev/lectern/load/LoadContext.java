package dev.lectern.load;

import dev.lectern.article.Article;
import dev.lectern.article.Passage;
import dev.lectern.article.QuoteFinder;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** What reading one question set needs: where to report, and the article once it is known (absent if broken). */
final class LoadContext {
    private final Problems problems;
    private final Article article;
    private final QuoteFinder quotes;
    private final SetOptions.Defaults defaults;
    /** Cited texts already searched, by their text: questions on one passage cite the same sentences. */
    private final Map<String, SearchedText> searched = new HashMap<>();
    /** Where in the article texts and numbers occur; its parts are made when an answer is first missing. */
    private final SentenceIndex sentenceIndex;

    LoadContext(Problems problems, Optional<Article> article, SetOptions.Defaults defaults) {
        this(problems, article, article.map(QuoteFinder::new), article.map(SentenceIndex::new), defaults);
    }

    /** With the article's indexes made already, for every set on it ({@link ArticleLibrary#quotes}). */
    LoadContext(
            Problems problems,
            Optional<Article> article,
            Optional<QuoteFinder> quotes,
            Optional<SentenceIndex> sentenceIndex,
            SetOptions.Defaults defaults) {
        this.problems = problems;
        this.defaults = defaults;
        this.article = article.orElse(null);
        this.quotes = quotes.orElse(null);
        this.sentenceIndex = sentenceIndex.orElse(null);
    }

    /**
     * The same set's context reporting to {@code problems}, with its own cache of cited texts: for a thread that
     * reads some of the set's questions ({@link QuestionList}). The article's index is shared.
     */
    LoadContext reportingTo(Problems problems) {
        return new LoadContext(problems, article(), quotes(), Optional.ofNullable(sentenceIndex), defaults);
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

    /** {@code text} to look answers in, the same object for the same text. */
    SearchedText searched(String text) {
        return searched.computeIfAbsent(text, SearchedText::new);
    }

    /** The article's sentences, to ask where an answer occurs; only when there is an article. */
    SentenceIndex sentenceIndex() {
        return sentenceIndex;
    }

    /** "paragraph 2 (sentence 2.1)": where a passage starts, as a teacher would look it up. */
    String where(Passage passage) {
        return "paragraph " + passage.paragraph() + " (sentence " + sentence(passage) + ")";
    }

    /** "2.1": the sentence where a passage starts. */
    String sentence(Passage passage) {
        return passage.paragraph() + "."
                + article.paragraph(passage.paragraph())
                        .sentenceAt(passage.span().start());
    }
}
