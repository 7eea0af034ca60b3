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
    /** The article's sentences as searched texts, by paragraph and sentence (from 0), made when first needed. */
    private final SearchedText[][] sentences;
    /** Where in the article texts and numbers occur, made when an answer is first missing from its evidence. */
    private SentenceIndex sentenceIndex;

    LoadContext(Problems problems, Optional<Article> article, SetOptions.Defaults defaults) {
        this(problems, article, article.map(QuoteFinder::new), defaults);
    }

    /** With the article's quote index already made ({@link ArticleLibrary#quotes}). */
    LoadContext(
            Problems problems, Optional<Article> article, Optional<QuoteFinder> quotes, SetOptions.Defaults defaults) {
        this.problems = problems;
        this.defaults = defaults;
        this.article = article.orElse(null);
        this.quotes = quotes.orElse(null);
        this.sentences = new SearchedText[article.map(Article::paragraphCount).orElse(0)][];
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

    /** Sentence {@code s} of paragraph {@code p} (both from 1) to look answers in. */
    SearchedText sentence(int p, int s) {
        if (sentences[p - 1] == null) {
            sentences[p - 1] = new SearchedText[article.paragraph(p).sentenceCount()];
        }
        SearchedText[] row = sentences[p - 1];
        if (row[s - 1] == null) {
            row[s - 1] = new SearchedText(article.paragraph(p).sentence(s));
        }
        return row[s - 1];
    }

    /** The article's sentences, to ask where an answer occurs; only when there is an article. */
    SentenceIndex sentenceIndex() {
        if (sentenceIndex == null) {
            sentenceIndex = new SentenceIndex(this, article);
        }
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
