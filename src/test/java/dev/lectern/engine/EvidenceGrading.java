package dev.lectern.engine;

import dev.lectern.article.Article;
import dev.lectern.article.SentenceRef;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.Quoted;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Grading of evidence questions: the learner names the sentence that supports the claim. */
final class EvidenceGrading {
    private static final Pattern PARAGRAPH = Pattern.compile("\\d{1,6}");

    private EvidenceGrading() {}

    static Grade evidence(EvidenceQuestion q, Article article, List<String> parts) {
        String expected = q.answer().toString();
        String supporting = "The supporting sentence is " + q.answer() + ": “"
                + article.sentenceText(q.answer()).orElse("") + "”";
        if (AnswerText.isBlank(parts)) {
            return Scores.unanswered(q, expected);
        }
        String given = AnswerText.joined(parts).strip();
        Optional<SentenceRef> sentence = SentenceRef.parse(given);
        Optional<Integer> paragraph = PARAGRAPH.matcher(given).matches()
                ? Optional.of(Integer.parseInt(given))
                : sentence.map(SentenceRef::paragraph);
        if (paragraph.isEmpty()) {
            return Scores.unreadable(q, given, expected, Quoted.of(given) + " is not a sentence reference like 15.2");
        }
        if (sentence.isPresent() && article.sentenceText(sentence.get()).isEmpty()) {
            return Scores.unreadable(q, given, expected, "the article has no sentence " + given);
        }
        if (sentence.isPresent()
                && (sentence.get().equals(q.answer()) || q.accept().contains(sentence.get()))) {
            return Scores.grade(q, 1, Rule.SENTENCE, given, expected, Optional.empty(), List.of(supporting));
        }
        if (paragraph.get() == q.answer().paragraph()) {
            return Scores.grade(
                    q, q.near(), Rule.NEAR, given, expected, Optional.of("the right paragraph"), List.of(supporting));
        }
        return Scores.grade(q, 0, Rule.SENTENCE, given, expected, Optional.empty(), List.of(supporting));
    }
}
