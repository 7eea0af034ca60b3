package dev.lectern.store;

import java.time.LocalDate;

/** The next day on which questions fall due, and how many. */
public record NextDue(LocalDate day, long questions) {
    public NextDue {
        if (questions < 1) {
            throw new IllegalArgumentException("a next due day has questions due: " + questions);
        }
    }
}
