package dev.lectern.tui;

import dev.lectern.engine.Grade;
import dev.lectern.engine.Session;
import dev.lectern.engine.SessionItem;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.UUID;

/**
 * A session as the text UI runs it: the engine's state, when it began, where to go when it ends, and where its
 * answers are recorded: {@code log}, under the set's name {@code setPath} and this session's {@code sessionId}.
 */
record Quiz(Session session, Instant started, Clock clock, View home, String setPath, String sessionId, AnswerLog log) {
    /** A quiz whose answers are not recorded. */
    Quiz(Session session, Instant started, Clock clock, View home) {
        this(session, started, clock, home, session.set().title(), newSessionId(), AnswerLog.NONE);
    }

    static String newSessionId() {
        return UUID.randomUUID().toString();
    }

    Quiz with(Session next) {
        return new Quiz(next, started, clock, home, setPath, sessionId, log);
    }

    /** A new session on the same set, recorded to the same log under a new session id, starting now. */
    Quiz again(Session fresh) {
        return new Quiz(fresh, clock.instant(), clock, home, setPath, newSessionId(), log);
    }

    Duration elapsed() {
        return Duration.between(started, clock.instant());
    }

    /** Reports question {@code index}'s grade to the log; {@code millis} is how long it took. */
    void record(int index, long millis, boolean overridden) {
        SessionItem item = session.items().get(index);
        Grade grade = item.grade().orElseThrow();
        log.answered(new AnswerLog.Answered(setPath, session.set().title(), item.question(), grade, millis, sessionId,
                session.options().mode().name().toLowerCase(Locale.ROOT), overridden,
                OptionalDouble.of(session.possible())));
    }
}
