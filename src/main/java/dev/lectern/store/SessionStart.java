package dev.lectern.store;

import dev.lectern.schedule.AnswerMode;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What it takes to take a session up again where it was left: its id, set and title, mode, seed, whether it was
 * shuffled, the questions it was limited to (empty: all), the ids of its questions in the order shown (to tell
 * whether the set still gives the same session), and when it began.
 */
public record SessionStart(
        String sessionId,
        SetRef set,
        String setTitle,
        AnswerMode mode,
        long seed,
        boolean shuffle,
        Optional<List<String>> only,
        List<String> order,
        Instant started) {
    public SessionStart {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(setTitle, "setTitle");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(started, "started");
        only = only.map(List::copyOf);
        order = List.copyOf(order);
    }
}
