package dev.lectern.store;

import java.time.Instant;
import java.util.List;

/**
 * A set's history: the set (its key and the name it was last given), its title as last seen, the finished sessions
 * (each a score in percent of the points possible in the whole session, as its summary showed; in the questions
 * answered for sessions recorded before that was kept), best, last and average of those (0 when none is finished),
 * every answer recorded, when it was last practised, and its sessions not finished.
 */
public record SetStats(
        SetRef set,
        String title,
        int attempts,
        long answers,
        double best,
        double last,
        double average,
        Instant lastAnswered,
        List<Double> scores,
        List<Unfinished> unfinished) {
    public SetStats {
        scores = List.copyOf(scores);
        unfinished = List.copyOf(unfinished);
    }

    /** The set's key, as {@link History}'s other methods take it. */
    public String setPath() {
        return set.key();
    }

    /**
     * A session not finished: its questions answered of those it had, when it was last answered in, and whether it
     * is abandoned (started over, or left longer than {@link History#ABANDONED_AFTER}) rather than to be resumed.
     */
    public record Unfinished(int answered, int questions, Instant lastActive, boolean abandoned) {}
}
