package dev.lectern.store;

import java.time.Instant;
import java.util.List;

/**
 * A set's history: its title as last seen, the sessions taken (each a score in percent of the points possible in
 * the whole session, as its summary showed; in the questions answered for sessions recorded before that was
 * kept), best, last and average of those, and when it was last practised.
 */
public record SetStats(String setPath, String title, int attempts, long answers, double best, double last,
                       double average, Instant lastAnswered, List<Double> scores) {
    public SetStats {
        scores = List.copyOf(scores);
    }
}
