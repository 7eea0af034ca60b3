package dev.lectern.tui;

import dev.lectern.model.QuestionSet;
import java.util.Optional;

/** A question file as the start screen lists it: its set when it loads, or why it does not. */
public record SetEntry(String file, Optional<QuestionSet> set, String problem) {
    private static final String LOADING = "loading…";

    /** A file not loaded yet: the start screen shows its name until it is. */
    public static SetEntry pending(String file) {
        return new SetEntry(file, Optional.empty(), LOADING);
    }

    public boolean isPending() {
        return set.isEmpty() && LOADING.equals(problem);
    }
}
