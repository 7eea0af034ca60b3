package dev.lectern.schedule;

import java.time.LocalDate;
import java.util.Objects;

/** Where a question stands in the schedule: its Leitner box (1 to {@value Leitner#BOXES}) and the day it is due. */
public record Slot(int box, LocalDate due) {
    public Slot {
        if (box < 1 || box > Leitner.BOXES) {
            throw new IllegalArgumentException("a Leitner box is 1 to " + Leitner.BOXES + ": " + box);
        }
        Objects.requireNonNull(due, "due");
    }

    /** Whether the question is due on {@code day}: its due day has come. */
    public boolean isDueOn(LocalDate day) {
        return !due.isAfter(day);
    }
}
