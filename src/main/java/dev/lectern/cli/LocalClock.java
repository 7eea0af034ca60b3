package dev.lectern.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The system clock in the system's time zone, as {@code Clock.systemDefaultZone()}, but looking the zone up only
 * when it is first asked for: finding the zone's rules loads the time-zone database and searches the class path
 * for providers of rules, some 12 ms that the text UI's first screen does not need (only recording an answer
 * does, to tell which day it is).
 */
final class LocalClock extends Clock {
    private volatile ZoneId zone;

    @Override
    public ZoneId getZone() {
        ZoneId z = zone;
        if (z == null) {
            z = ZoneId.systemDefault();
            zone = z;
        }
        return z;
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.system(other);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
