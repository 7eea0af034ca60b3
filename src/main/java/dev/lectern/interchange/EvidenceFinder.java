package dev.lectern.interchange;

import dev.lectern.article.Article;
import dev.lectern.article.FoldedText;
import dev.lectern.article.Paragraph;
import dev.lectern.article.Passage;
import dev.lectern.article.QuoteFinder;
import dev.lectern.article.SentenceRef;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.ShortQuestion;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Gives an imported question its evidence in the article: the passages its general feedback names (a set that
 * Lectern exported comes back whole), else the one sentence where its right answer occurs. An answer found in
 * several sentences is not guessed at: the candidates are returned for the teacher to choose.
 */
public final class EvidenceFinder {
    /** The question with what was found, and the sentences to choose from when the answer occurs in several. */
    public record Found(Question question, List<SentenceRef> candidates, List<String> unlocated) {
        public Found {
            candidates = List.copyOf(candidates);
            unlocated = List.copyOf(unlocated);
        }
    }

    private final Article article;
    private final QuoteFinder quotes;

    public EvidenceFinder(Article article) {
        this.article = article;
        this.quotes = new QuoteFinder(article);
    }

    public Found find(Question q) {
        if (!q.evidence().isEmpty()) {
            // The importer found the passages itself (Moodle XML and QTI, given the article): they stand as read.
            return new Found(q, List.of(), List.of());
        }
        EvidenceNote.Parsed note = EvidenceNote.parse(q.header().explain().orElse(""));
        List<Passage> located = new ArrayList<>();
        List<String> unlocated = new ArrayList<>();
        for (EvidenceNote.Reference ref : note.references()) {
            EvidenceNote.locate(ref, article, quotes)
                    .ifPresentOrElse(
                            located::add,
                            () -> unlocated.add("\"" + ref.text() + "\" (paragraph " + ref.paragraph() + ")"));
        }
        if (!located.isEmpty() || !note.references().isEmpty()) {
            return new Found(Questions.withHeader(q, header(q, located, note.explain())), List.of(), unlocated);
        }
        List<SentenceRef> sentences = sentencesWithAnswer(q);
        if (sentences.size() == 1) {
            SentenceRef s = sentences.get(0);
            Passage p = Passage.sentence(article.paragraph(s.paragraph()), s.sentence());
            return new Found(
                    Questions.withHeader(q, header(q, List.of(p), q.header().explain())), List.of(), List.of());
        }
        return new Found(q, sentences.size() > 1 ? sentences : List.of(), List.of());
    }

    private static QuestionHeader header(Question q, List<Passage> evidence, Optional<String> explain) {
        QuestionHeader h = q.header();
        return new QuestionHeader(h.id(), h.prompt(), evidence, explain, h.hint(), h.points());
    }

    /** The sentences that hold every one of the question's right answers (one alternative of each). */
    List<SentenceRef> sentencesWithAnswer(Question q) {
        List<List<String>> answers = answers(q);
        List<SentenceRef> found = new ArrayList<>();
        if (answers.isEmpty()) {
            return found;
        }
        for (Paragraph p : article.paragraphs()) {
            for (int s = 1; s <= p.sentenceCount(); s++) {
                String sentence = fold(p.sentence(s));
                if (answers.stream()
                        .allMatch(alternatives -> alternatives.stream().anyMatch(a -> contains(sentence, fold(a))))) {
                    found.add(new SentenceRef(p.number(), s));
                }
            }
        }
        return found;
    }

    /** Per right answer, its alternatives; empty for kinds whose answer is not a text of the article. */
    private static List<List<String>> answers(Question q) {
        if (q instanceof ChoiceQuestion c) {
            return List.of(List.of(c.answerText()));
        }
        if (q instanceof MultiQuestion m) {
            return m.answers().stream().map(i -> List.of(m.choices().get(i))).toList();
        }
        if (q instanceof ShortQuestion s) {
            return List.of(s.answers());
        }
        if (q instanceof NumberQuestion n) {
            return List.of(n.answers().stream().map(BigDecimal::toPlainString).toList());
        }
        if (q instanceof ClozeQuestion c) {
            return c.blanks().stream().map(ClozeQuestion.Blank::answers).toList();
        }
        return List.of();
    }

    private static String fold(String text) {
        return FoldedText.foldQuery(text).toLowerCase(Locale.ROOT);
    }

    /** {@code needle} as whole words of {@code haystack}: "4" is not found in "40". */
    private static boolean contains(String haystack, String needle) {
        if (needle.isBlank()) {
            return false;
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(needle) + "(?![\\p{L}\\p{N}])")
                .matcher(haystack)
                .find();
    }
}
