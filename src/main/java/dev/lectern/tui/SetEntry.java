package dev.lectern.tui;

import dev.lectern.model.QuestionSet;
import java.util.Optional;

/** A question file as the start screen lists it: its set when it loads, or why it does not. */
public record SetEntry(String file, Optional<QuestionSet> set, String problem) {
}
