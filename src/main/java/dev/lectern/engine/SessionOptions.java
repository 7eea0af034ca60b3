package dev.lectern.engine;

import java.util.List;
import java.util.Optional;

/**
 * How a session runs: practice (feedback after each answer) or exam (none until the end), whether to shuffle,
 * the seed that makes shuffling reproducible, and which questions (all when {@code only} is empty).
 */
public record SessionOptions(Mode mode, boolean shuffle, long seed, Optional<List<String>> only) {
    public enum Mode {
        PRACTICE,
        EXAM
    }

    public SessionOptions {
        only = only.map(List::copyOf);
    }

    public static SessionOptions practice(long seed) {
        return new SessionOptions(Mode.PRACTICE, true, seed, Optional.empty());
    }

    public SessionOptions onlyQuestions(List<String> ids) {
        return new SessionOptions(mode, shuffle, seed, Optional.of(ids));
    }
}
