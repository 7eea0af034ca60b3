package dev.lectern.engine;

import java.util.List;
import java.util.Optional;

/**
 * The end of a session: the score out of the maximum, the percentage, pass or fail against the set's pass mark
 * (when it has one), each question's grade (empty when never answered), and the seed that replays the session.
 */
public record Summary(double score, double max, Optional<Boolean> passed, List<SessionItem> items, long seed) {
    public Summary {
        items = List.copyOf(items);
    }

    public double percent() {
        return max == 0 ? 0 : 100 * score / max;
    }

    public long count(Verdict verdict) {
        return items.stream()
                .filter(i -> i.grade().map(g -> g.verdict() == verdict).orElse(verdict == Verdict.UNANSWERED))
                .count();
    }
}
