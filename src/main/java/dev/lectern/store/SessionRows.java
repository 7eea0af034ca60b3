package dev.lectern.store;

import dev.lectern.schedule.AnswerMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The {@code sessions} table: a session's start as it is written and read, and where it stands. */
final class SessionRows {
    private SessionRows() {
    }

    /** Writes a session's start as {@code OPEN}, unless it is there already (a session taken up again). */
    static void begin(Connection db, SessionStart s) throws SQLException {
        try (PreparedStatement p = db.prepareStatement("INSERT OR IGNORE INTO sessions (session_id, set_path,"
                + " set_title, mode, seed, shuffle, only_ids, question_ids, started_at, status)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, s.sessionId());
            p.setString(2, s.set().key());
            p.setString(3, s.setTitle());
            p.setString(4, Texts.mode(s.mode()));
            p.setLong(5, s.seed());
            p.setInt(6, s.shuffle() ? 1 : 0);
            p.setString(7, s.only().map(Texts::list).orElse(null));
            p.setString(8, Texts.list(s.order()));
            p.setString(9, s.started().toString());
            p.setString(10, SessionStatus.OPEN.text());
            p.executeUpdate();
        }
    }

    /** Moves a session not finished yet to {@code status}, stamped {@code now}; returns whether it moved. */
    static boolean end(Connection db, String sessionId, SessionStatus status, Instant now) throws SQLException {
        String from = status == SessionStatus.LEFT ? "('open')" : "('open', 'left')";
        try (PreparedStatement p = db.prepareStatement("UPDATE sessions SET status = ?, ended_at = ?"
                + " WHERE session_id = ? AND status IN " + from)) {
            p.setString(1, status.text());
            p.setString(2, status == SessionStatus.LEFT ? null : now.toString());
            p.setString(3, sessionId);
            return p.executeUpdate() == 1;
        }
    }

    /**
     * The latest session of the set {@code key} in {@code mode} that is open or left, has an answer, and was last
     * answered in after {@code since}; empty when there is none.
     */
    static Optional<OpenSession> latestOpen(Connection db, String key, AnswerMode mode, Instant since)
            throws SQLException {
        SessionStart start;
        Instant last;
        try (PreparedStatement p = db.prepareStatement("SELECT s.session_id, s.set_title, s.seed, s.shuffle,"
                + " s.only_ids, s.question_ids, s.started_at, max(a.answered_at), sum(a.millis)"
                + " FROM sessions s JOIN attempts a ON a.set_path = s.set_path AND a.session_id = s.session_id"
                + " WHERE s.set_path = ? AND s.mode = ? AND s.status IN ('open', 'left')"
                + " GROUP BY s.session_id ORDER BY max(a.id) DESC LIMIT 1")) {
            p.setString(1, key);
            p.setString(2, Texts.mode(mode));
            try (ResultSet r = p.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                last = Instant.parse(r.getString(8));
                if (last.isBefore(since)) {
                    return Optional.empty();
                }
                start = new SessionStart(r.getString(1), new SetRef(key, key), r.getString(2), mode,
                        r.getLong(3), r.getInt(4) == 1, Optional.ofNullable(r.getString(5)).map(Texts::list),
                        Texts.list(r.getString(6)), Instant.parse(r.getString(7)));
                long millis = r.getLong(9);
                return Optional.of(new OpenSession(start, last, millis, answers(db, key, start.sessionId())));
            }
        }
    }

    private static List<OpenSession.Saved> answers(Connection db, String key, String sessionId) throws SQLException {
        List<OpenSession.Saved> saved = new ArrayList<>();
        try (PreparedStatement p = db.prepareStatement("SELECT question_id, parts, overridden FROM attempts"
                + " WHERE set_path = ? AND session_id = ? ORDER BY id")) {
            p.setString(1, key);
            p.setString(2, sessionId);
            try (ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    saved.add(new OpenSession.Saved(r.getString(1),
                            r.getString(2) == null ? List.of() : Texts.list(r.getString(2)), r.getInt(3) == 1));
                }
            }
        }
        return saved;
    }
}
