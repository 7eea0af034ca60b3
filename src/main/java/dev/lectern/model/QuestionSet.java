package dev.lectern.model;

import dev.lectern.article.Article;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * A loaded, checked question set: every question's evidence already located in {@code article}, and the set's
 * defaults (matching, penalties) already settled into each question. {@code passMark} is a fraction in [0, 1];
 * {@code negativeTotal} lets penalties take the session's total below zero (a question's own score may always
 * go below zero under a penalty).
 */
public record QuestionSet(
        String title,
        Optional<String> description,
        Article article,
        List<Question> questions,
        boolean shuffle,
        OptionalDouble passMark,
        boolean negativeTotal) {
    public QuestionSet {
        questions = List.copyOf(questions);
        if (questions.isEmpty()) {
            throw new IllegalArgumentException("a question set needs questions");
        }
        Set<String> ids = new HashSet<>();
        for (Question q : questions) {
            if (!ids.add(q.id())) {
                throw new IllegalArgumentException("duplicate question id " + q.id());
            }
        }
        if (passMark.isPresent() && (passMark.getAsDouble() < 0 || passMark.getAsDouble() > 1)) {
            throw new IllegalArgumentException("pass mark outside 0..1: " + passMark.getAsDouble());
        }
    }

    public double maxPoints() {
        return questions.stream().mapToDouble(Question::points).sum();
    }
}
