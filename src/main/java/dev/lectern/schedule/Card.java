package dev.lectern.schedule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A question's schedule as it is kept: its {@link Slot}, the session whose answer put it there, and where it stood
 * before that session (empty: it was new). Only a session's final answer to a question counts, so a later answer
 * in the same session (answered again, or "I was right") is applied to where the question stood before the
 * session, replacing that session's earlier answer instead of counting twice.
 */
public record Card(Slot slot, String session, Optional<Slot> before) {
    public Card {
        Objects.requireNonNull(slot, "slot");
        if (session == null || session.isBlank()) {
            throw new IllegalArgumentException("a card needs the session that placed it");
        }
        Objects.requireNonNull(before, "before");
    }

    /** The card of a question after an answer in {@code session} on {@code day}; {@code card} empty: never answered. */
    public static Card answered(Optional<Card> card, String session, boolean right, LocalDate day) {
        Optional<Slot> before = card.map(c -> c.session.equals(session) ? c.before : Optional.of(c.slot))
                .orElse(Optional.empty());
        return new Card(Leitner.after(before, right, day), session, before);
    }
}
