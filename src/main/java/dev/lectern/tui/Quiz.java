package dev.lectern.tui;

import dev.lectern.engine.Session;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A session as the text UI runs it: the engine's state, when it began, and where to go when it ends. */
record Quiz(Session session, Instant started, Clock clock, View home) {
    Quiz with(Session next) {
        return new Quiz(next, started, clock, home);
    }

    Duration elapsed() {
        return Duration.between(started, clock.instant());
    }
}
