package dev.lectern.engine;

import dev.lectern.article.Article;
import dev.lectern.model.Question;
import java.util.List;

/**
 * One question compiled for grading ("compile once, grade many"): everything that depends only on the question
 * (its accepted answers and choices in every normal form, their tokens and numbers, the expected answer as shown,
 * the rivals of a typo) is worked out once, so that grading an answer reads only the answer. Immutable, so one key
 * serves any number of threads. Grades exactly as the reading of the question kind describes; an answer that
 * cannot be read is a wrong answer with the reason, never an exception.
 */
public interface AnswerKey {
    /** The key of {@code question}, whose evidence answers refer to sentences of {@code article}. */
    static AnswerKey of(Question question, Article article) {
        return AnswerLength.bounded(question, question.accept(new AnswerKeys(article)));
    }

    /** Grades an answer of one part (null is blank) or of the parts a form collected; letters refer to {@code shown}. */
    Grade grade(Presentation shown, List<String> parts);

    default Grade grade(Presentation shown, String answer) {
        return grade(shown, List.of(answer == null ? "" : answer));
    }
}
