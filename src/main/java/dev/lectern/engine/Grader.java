package dev.lectern.engine;

import dev.lectern.article.Article;
import dev.lectern.model.Question;
import java.util.IdentityHashMap;
import java.util.List;

/**
 * Grades one answer to one question. The answer comes as the learner typed it (one part) or as the parts a form
 * collected (one per cloze blank, say); how it is read depends on the question's kind, and an answer that cannot
 * be read is a wrong answer with the reason, never an exception. Each question is compiled into its
 * {@link AnswerKey} the first time it is graded, and the key kept for the next answers; safe for any number of
 * threads.
 */
public final class Grader {
    private final Article article;
    private final IdentityHashMap<Question, AnswerKey> keys = new IdentityHashMap<>();

    public Grader(Article article) {
        this.article = article;
    }

    /** Grades {@code answer}, whose letters refer to {@code shown}. */
    public Grade grade(Question question, Presentation shown, String answer) {
        return grade(question, shown, List.of(answer == null ? "" : answer));
    }

    public Grade grade(Question question, Presentation shown, List<String> parts) {
        return key(question).grade(shown, List.copyOf(parts));
    }

    /** The compiled key of {@code question}, made once per question (by identity: records are equal by value). */
    public AnswerKey key(Question question) {
        synchronized (keys) {
            return keys.computeIfAbsent(question, q -> AnswerKey.of(q, article));
        }
    }
}
