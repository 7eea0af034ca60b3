package dev.lectern.store;

import java.time.Instant;
import java.util.List;

/**
 * A session left unfinished (left for later, or ended by a closed terminal, a kill or a crash) and still to be
 * taken up: how it began, when it was last answered in, the time spent answering so far, and its answers in the
 * order given, to be given again.
 */
public record OpenSession(SessionStart start, Instant lastActive, long millis, List<Saved> answers) {
    public OpenSession {
        answers = List.copyOf(answers);
    }

    /** One answer as given: the question, its parts as submitted, or (overridden) an "I was right" on it. */
    public record Saved(String questionId, List<String> parts, boolean overridden) {
        public Saved {
            parts = List.copyOf(parts);
        }
    }

    /** How many of its questions have an answer. */
    public long answered() {
        return answers.stream().map(Saved::questionId).distinct().count();
    }
}
