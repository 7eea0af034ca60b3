package dev.lectern.engine;

import dev.lectern.model.WrongAnswer;
import java.util.Optional;

/**
 * How one typed text compared with a question's accepted answers: the rule that decided, the share of the points
 * it earns (1 accepted, 0 refused, between for a forgiven typo or token F1), what was forgiven, and the expected
 * wrong answer it matched, if any.
 */
record TextMatch(Rule rule, double credit, Optional<String> note, Optional<WrongAnswer> anticipated) {
    static TextMatch accepted(Rule rule) {
        return new TextMatch(rule, 1, Optional.empty(), Optional.empty());
    }

    static TextMatch refused() {
        return new TextMatch(Rule.NO_MATCH, 0, Optional.empty(), Optional.empty());
    }

    boolean isAccepted() {
        return credit > 0;
    }
}
