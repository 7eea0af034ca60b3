package dev.lectern.load;

import dev.lectern.article.FoldedText;
import dev.lectern.engine.NumberMentions;
import java.util.List;
import java.util.Locale;

/**
 * A text an answer is looked for in, with its folded caseless form and the numbers it mentions each made once,
 * when first asked for: a question's cited sentences are searched for each of its accepted answers, and the
 * sentences of an article for the answers of every question whose evidence misses them.
 */
final class SearchedText {
    private final String text;
    private String folded;
    private List<NumberMentions.Mention> numbers;

    SearchedText(String text) {
        this.text = text;
    }

    String text() {
        return text;
    }

    /** The text folded ({@link FoldedText#foldQuery}) and lower-cased. */
    String folded() {
        if (folded == null) {
            folded = fold(text);
        }
        return folded;
    }

    List<NumberMentions.Mention> numbers() {
        if (numbers == null) {
            numbers = NumberMentions.in(text);
        }
        return numbers;
    }

    static String fold(String text) {
        return FoldedText.foldQuery(text).toLowerCase(Locale.ROOT);
    }
}
