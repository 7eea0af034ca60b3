package dev.lectern.store;

import dev.lectern.schedule.AnswerMode;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The {@code sessions} table: a session's start as it is written and read, and where it stands. */
final class SessionRows {
    private SessionRows() {}

    /** Writes a session's start as {@code OPEN}, unless it is there already (a session taken up again). */
    static int begin(Sql sql, SessionStart s) throws SQLException {
        return sql.update(
                "INSERT OR IGNORE INTO sessions (session_id, set_path, set_title, mode, seed, shuffle,"
                        + " only_ids, question_ids, started_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                s.sessionId(),
                s.set().key(),
                s.setTitle(),
                Texts.mode(s.mode()),
                s.seed(),
                s.shuffle(),
                s.only().map(Texts::list),
                Texts.list(s.order()),
                s.started().toString(),
                SessionStatus.OPEN.text());
    }

    /** Moves a session not finished yet to {@code status}, stamped {@code now}; returns whether it moved. */
    static boolean end(Sql sql, String sessionId, SessionStatus status, Instant now) throws SQLException {
        String from = status == SessionStatus.LEFT ? "('open')" : "('open', 'left')";
        return sql.update(
                        "UPDATE sessions SET status = ?, ended_at = ? WHERE session_id = ? AND status IN " + from,
                        status.text(),
                        status == SessionStatus.LEFT ? null : now.toString(),
                        sessionId)
                == 1;
    }

    /** A session row of {@link #latestOpen}: its start, its last answer, and the time its answers took. */
    private record Open(SessionStart start, Instant last, long millis) {}

    /**
     * The latest session of the set {@code key} in {@code mode} that is open or left, has an answer, and was last
     * answered in after {@code since}; empty when there is none.
     */
    static Optional<OpenSession> latestOpen(Sql sql, String key, AnswerMode mode, Instant since) throws SQLException {
        Optional<Open> open = sql.first(
                "SELECT s.session_id, s.set_title, s.seed, s.shuffle, s.only_ids,"
                        + " s.question_ids, s.started_at, max(a.answered_at), sum(a.millis)"
                        + " FROM sessions s JOIN attempts a ON a.set_path = s.set_path AND a.session_id = s.session_id"
                        + " WHERE s.set_path = ? AND s.mode = ? AND s.status IN ('open', 'left')"
                        + " GROUP BY s.session_id ORDER BY max(a.id) DESC LIMIT 1",
                r -> new Open(
                        new SessionStart(
                                r.getString(1),
                                new SetRef(key, key),
                                r.getString(2),
                                mode,
                                r.getLong(3),
                                r.getInt(4) == 1,
                                Optional.ofNullable(r.getString(5)).map(Texts::list),
                                Texts.list(r.getString(6)),
                                Instant.parse(r.getString(7))),
                        Instant.parse(r.getString(8)),
                        r.getLong(9)),
                key,
                Texts.mode(mode));
        if (open.isEmpty() || open.get().last().isBefore(since)) {
            return Optional.empty();
        }
        Open o = open.get();
        List<OpenSession.Saved> saved = sql.list(
                "SELECT question_id, parts, overridden FROM attempts"
                        + " WHERE set_path = ? AND session_id = ? ORDER BY id",
                r -> new OpenSession.Saved(
                        r.getString(1),
                        r.getString(2) == null ? List.of() : Texts.list(r.getString(2)),
                        r.getInt(3) == 1),
                key,
                o.start().sessionId());
        return Optional.of(new OpenSession(o.start(), o.last(), o.millis(), saved));
    }
}
