package dev.lectern.store;

import dev.lectern.schedule.Slot;

/** A question in the review schedule: its set (its key and the name it was last given), its id, where it stands. */
public record DueQuestion(SetRef set, String questionId, Slot slot) {}
