package dev.lectern.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import java.util.Optional;

/** The part of a question screen where the learner answers: one kind per question type. */
interface AnswerInput {
    /** Draws from {@code row}; returns the row after the last one used. */
    int draw(Canvas canvas, int row);

    /**
     * The last row, as of the last {@link #draw}, of what the learner is at (the selected option, the field being
     * typed in): the question scrolls to keep it in sight. Negative when the input keeps itself in sight.
     */
    int focusRow();

    /** Handles a key; false when the key is not this input's (the screen then handles it). */
    boolean onKey(KeyStroke key);

    /** The answer as parts for the engine, once the learner submits (Enter); empty if Enter means something else. */
    Optional<List<String>> submit();

    /** Esc: drops what the input is in the middle of (a search, say); false when there is nothing to drop. */
    default boolean cancel() {
        return false;
    }

    /** True while printable keys are text for this input. */
    default boolean isTyping() {
        return false;
    }

    /** Key and meaning pairs for the footer and help. */
    String[] keys();

    /** More key and meaning pairs, for the help only: the footer has no room for them. */
    default String[] moreKeys() {
        return new String[0];
    }
}
