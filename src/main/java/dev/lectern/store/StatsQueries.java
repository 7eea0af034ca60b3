package dev.lectern.store;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The read side of the history, as {@code stats}, the start screen and {@code --missed} see it: each set's sessions
 * and scores ({@link SetStats}), each question's ({@link QuestionStats}), and the questions missed last time.
 * Every query's rows become records here; {@link History} runs them and says what a failure means.
 */
final class StatsQueries {
    /**
     * Each question's final row in each session of one set (the parameter): its last answer there, or the "I was
     * right" that followed it. The grouping runs on the index alone; a correlated subquery instead took minutes
     * over 100,000 rows.
     */
    private static final String FINAL = "SELECT a.* FROM attempts a JOIN (SELECT max(id) AS id FROM attempts"
            + " WHERE set_path = ? GROUP BY session_id, question_id) f ON a.id = f.id";

    private final Sql sql;
    private final Clock clock;

    StatsQueries(Sql sql, Clock clock) {
        this.sql = sql;
        this.clock = clock;
    }

    /** One session of a set: its score, answers, last answer, last row, and whether it counts (is finished). */
    private record SessionRow(String setKey, double percent, long answers, Instant last, long lastId, boolean counts) {}

    /** The set's title and name on one row. */
    private record Names(String title, String label) {}

    /** See {@link History#sets}. */
    List<SetStats> sets(Optional<String> setKey) throws SQLException {
        String query = "SELECT a.set_path, a.session_id, sum(a.points),"
                + " coalesce(max(a.session_possible), sum(a.max_points)), count(*), max(a.answered_at), max(a.id),"
                + " a.session_id IN (SELECT session_id FROM sessions WHERE status <> 'finished') FROM attempts a"
                + " JOIN (SELECT max(id) AS id FROM attempts" + (setKey.isPresent() ? " WHERE set_path = ?" : "")
                + "  GROUP BY set_path, session_id, question_id) f ON a.id = f.id"
                + " GROUP BY a.set_path, a.session_id ORDER BY max(a.id)";
        List<SessionRow> rows = sql.list(
                query,
                r -> {
                    double max = r.getDouble(4);
                    return new SessionRow(
                            r.getString(1),
                            max > 0 ? 100 * r.getDouble(3) / max : 0,
                            r.getLong(5),
                            Instant.parse(r.getString(6)),
                            r.getLong(7),
                            r.getInt(8) == 0);
                },
                setKey.isPresent() ? new Object[] {setKey.get()} : new Object[0]);
        Map<String, List<SessionRow>> bySet = new LinkedHashMap<>();
        for (SessionRow row : rows) {
            bySet.computeIfAbsent(row.setKey(), k -> new ArrayList<>()).add(row);
        }
        List<SetStats> result = new ArrayList<>();
        for (Map.Entry<String, List<SessionRow>> e : bySet.entrySet()) {
            result.add(setStats(e.getKey(), e.getValue()));
        }
        result.sort((a, b) -> b.lastAnswered().compareTo(a.lastAnswered()));
        return result;
    }

    private SetStats setStats(String key, List<SessionRow> sessions) throws SQLException {
        List<Double> scores = sessions.stream()
                .filter(SessionRow::counts)
                .map(SessionRow::percent)
                .toList();
        long answers = sessions.stream().mapToLong(SessionRow::answers).sum();
        SessionRow lastRow = sessions.get(sessions.size() - 1);
        Names names = sql.first(
                        "SELECT set_title, coalesce(set_name, set_path) FROM attempts WHERE id = ?",
                        r -> new Names(r.getString(1), r.getString(2)),
                        lastRow.lastId())
                .orElseThrow();
        Instant lastAnswered =
                sessions.stream().map(SessionRow::last).max(Instant::compareTo).orElseThrow();
        return new SetStats(
                new SetRef(key, names.label()),
                names.title(),
                scores.size(),
                answers,
                scores.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                scores.isEmpty() ? 0 : scores.get(scores.size() - 1),
                scores.stream().mapToDouble(Double::doubleValue).average().orElse(0),
                lastAnswered,
                scores,
                unfinished(key));
    }

    /** The sessions of the set {@code key} not finished, oldest first. */
    private List<SetStats.Unfinished> unfinished(String key) throws SQLException {
        Instant abandonedBefore = clock.instant().minus(History.ABANDONED_AFTER);
        return sql.list(
                "SELECT s.status, s.question_ids, count(DISTINCT a.question_id), max(a.answered_at)"
                        + " FROM sessions s JOIN attempts a ON a.set_path = s.set_path AND a.session_id = s.session_id"
                        + " WHERE s.set_path = ? AND s.status <> 'finished' GROUP BY s.session_id ORDER BY max(a.id)",
                r -> {
                    Instant last = Instant.parse(r.getString(4));
                    boolean abandoned =
                            r.getString(1).equals(SessionStatus.ABANDONED.text()) || last.isBefore(abandonedBefore);
                    return new SetStats.Unfinished(
                            r.getInt(3), Texts.list(r.getString(2)).size(), last, abandoned);
                },
                key);
    }

    /** See {@link History#questions}. */
    List<QuestionStats> questions(String setKey) throws SQLException {
        // SQLite takes the bare content_hash from the row of max(id): the question's latest attempt.
        List<QuestionStats> result = new ArrayList<>(sql.list(
                "SELECT question_id, count(*),"
                        + " sum(CASE WHEN verdict = 'CORRECT' THEN 1 ELSE 0 END), sum(points), sum(max_points), content_hash,"
                        + " max(id) FROM (" + FINAL + ") final GROUP BY question_id",
                r -> new QuestionStats(
                        r.getString(1), r.getInt(2), r.getInt(3), r.getDouble(4), r.getDouble(5), r.getString(6)),
                setKey));
        result.sort((a, b) -> a.shareEarned() != b.shareEarned()
                ? Double.compare(a.shareEarned(), b.shareEarned())
                : a.answered() != b.answered()
                        ? Integer.compare(b.answered(), a.answered())
                        : a.questionId().compareTo(b.questionId()));
        return result;
    }

    /** See {@link History#lastMissed}. */
    List<String> lastMissed(String setKey) throws SQLException {
        return sql.list(
                "SELECT question_id FROM (" + FINAL + ") final"
                        + " WHERE session_id = (SELECT session_id FROM attempts WHERE set_path = ? ORDER BY id DESC LIMIT 1)"
                        + " AND verdict <> 'CORRECT' ORDER BY id",
                r -> r.getString(1),
                setKey,
                setKey);
    }
}
