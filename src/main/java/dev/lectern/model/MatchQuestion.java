package dev.lectern.model;

import java.util.List;

/** Match each left item to its right partner; {@code pairs} holds the right matching. */
public record MatchQuestion(QuestionHeader header, List<Pair> pairs) implements Question {
    /** A left item and the right item it belongs with. */
    public record Pair(String left, String right) {}

    public MatchQuestion {
        if (pairs.size() < 2) {
            throw new IllegalArgumentException("a match question needs at least two pairs");
        }
        if (pairs.size() > Letters.MAX) {
            throw new IllegalArgumentException(Letters.tooMany("match", pairs.size(), "pairs"));
        }
        pairs = List.copyOf(pairs);
    }

    @Override
    public String typeName() {
        return "match";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.match(this);
    }
}
