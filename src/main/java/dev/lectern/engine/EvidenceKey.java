package dev.lectern.engine;

import dev.lectern.article.Article;
import dev.lectern.article.SentenceRef;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.Quoted;
import java.util.List;
import java.util.Optional;

/** The key of an evidence question: the learner names the sentence that supports the claim. */
final class EvidenceKey implements AnswerKey {
    private final EvidenceQuestion q;
    private final Article article;
    private final String expected;
    private final List<String> supporting;

    EvidenceKey(EvidenceQuestion q, Article article) {
        this.q = q;
        this.article = article;
        this.expected = q.answer().toString();
        this.supporting = List.of("The supporting sentence is " + q.answer() + ": “"
                + article.sentenceText(q.answer()).orElse("") + "”");
    }

    @Override
    public Grade grade(Presentation shown, List<String> parts) {
        if (AnswerParts.isBlank(parts)) {
            return Scores.unanswered(q, expected);
        }
        String given = AnswerParts.joined(parts).strip();
        Optional<SentenceRef> sentence = SentenceRef.parse(given);
        int paragraph = AnswerParts.isDigits(given, 6)
                ? Integer.parseInt(given)
                : sentence.map(SentenceRef::paragraph).orElse(-1);
        if (paragraph < 0) {
            return Scores.unreadable(q, given, expected, Quoted.of(given) + " is not a sentence reference like 15.2");
        }
        if (sentence.isPresent() && article.sentenceText(sentence.get()).isEmpty()) {
            return Scores.unreadable(q, given, expected, "the article has no sentence " + given);
        }
        if (sentence.isPresent()
                && (sentence.get().equals(q.answer()) || q.accept().contains(sentence.get()))) {
            return Scores.grade(q, 1, Rule.SENTENCE, given, expected, Optional.empty(), supporting);
        }
        if (paragraph == q.answer().paragraph()) {
            return Scores.grade(
                    q, q.near(), Rule.NEAR, given, expected, Optional.of("the right paragraph"), supporting);
        }
        return Scores.grade(q, 0, Rule.SENTENCE, given, expected, Optional.empty(), supporting);
    }
}
