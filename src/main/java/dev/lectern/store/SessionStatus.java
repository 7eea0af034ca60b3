package dev.lectern.store;

import java.util.Locale;

/**
 * Where a session stands in the {@code sessions} table: {@code OPEN} while it runs (and after a crash or a kill),
 * {@code LEFT} when the learner left it for later, {@code FINISHED} once its summary was shown, {@code ABANDONED}
 * when the learner started the set over instead of taking it up. Only finished sessions count in a set's best,
 * last and average; the answers of every session count for its questions and the schedule.
 */
public enum SessionStatus {
    OPEN,
    LEFT,
    FINISHED,
    ABANDONED;

    String text() {
        return name().toLowerCase(Locale.ROOT);
    }
}
