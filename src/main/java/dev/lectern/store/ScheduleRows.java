package dev.lectern.store;

import dev.lectern.engine.Verdict;
import dev.lectern.schedule.Card;
import dev.lectern.schedule.Slot;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A question's card in the {@code schedule} table: how it is written and read, by the store and its migration. */
final class ScheduleRows {
    private ScheduleRows() {}

    /** Whether a recorded verdict counts as right for the schedule: an "I was right" is recorded as CORRECT. */
    static boolean isRight(Verdict verdict) {
        return verdict == Verdict.CORRECT;
    }

    /** Writes a question's card, or replaces it; a set file already known is kept when none is given. */
    static final String SAVE = """
            INSERT INTO schedule (set_path, question_id, box, due_day, session_id, box_before, due_before, set_file)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (set_path, question_id) DO UPDATE SET box = excluded.box, due_day = excluded.due_day,
              session_id = excluded.session_id, box_before = excluded.box_before, due_before = excluded.due_before,
              set_file = coalesce(excluded.set_file, schedule.set_file)""";

    /** {@link #SAVE}'s parameters: the question, its card and (when known) its set's file. */
    static List<Object> row(String setPath, String questionId, Card card, Optional<Path> setFile) {
        return Arrays.asList(
                setPath,
                questionId,
                card.slot().box(),
                card.slot().due().toString(),
                card.session(),
                card.before().map(Slot::box).orElse(null),
                card.before().map(b -> b.due().toString()).orElse(null),
                setFile.map(Path::toString).orElse(null));
    }

    /** Writes a question's card, or replaces it. */
    static void save(Sql sql, String setPath, String questionId, Card card, Optional<Path> setFile)
            throws SQLException {
        sql.update(SAVE, row(setPath, questionId, card, setFile).toArray());
    }

    /** A question's card; empty when it has none. */
    static Optional<Card> card(Sql sql, String setPath, String questionId) throws SQLException {
        return sql.first(
                "SELECT " + COLUMNS + " FROM schedule WHERE set_path = ? AND question_id = ?",
                r -> card(r, 1),
                setPath,
                questionId);
    }

    /** A question due, and its set's key: a row of {@link #due}'s query. */
    private record Due(String key, String questionId, Slot slot) {}

    /** The questions due on {@code today}, by set, then longest due first, then id; each set under its last name. */
    static List<DueQuestion> due(Sql sql, LocalDate today) throws SQLException {
        List<Due> rows = sql.list(
                "SELECT set_path, question_id, " + COLUMNS + " FROM schedule WHERE due_day <= ?"
                        + " ORDER BY set_path, due_day, question_id",
                r -> new Due(r.getString(1), r.getString(2), card(r, 3).slot()),
                today.toString());
        Map<String, String> labels = new HashMap<>();
        List<DueQuestion> due = new ArrayList<>();
        for (Due d : rows) {
            if (!labels.containsKey(d.key())) {
                labels.put(
                        d.key(),
                        sql.first(
                                        "SELECT coalesce(set_name, set_path) FROM attempts"
                                                + " WHERE id = (SELECT max(id) FROM attempts WHERE set_path = ?)",
                                        r -> r.getString(1),
                                        d.key())
                                .orElse(d.key()));
            }
            due.add(new DueQuestion(new SetRef(d.key(), labels.get(d.key())), d.questionId(), d.slot()));
        }
        return due;
    }

    /** The first day after {@code today} on which questions (of the set {@code key}, when given) fall due. */
    static Optional<NextDue> nextDue(Sql sql, LocalDate today, Optional<String> key) throws SQLException {
        String query = "SELECT due_day, count(*) FROM schedule WHERE due_day > ?"
                + (key.isPresent() ? " AND set_path = ?" : "") + " GROUP BY due_day ORDER BY due_day LIMIT 1";
        Object[] parameters =
                key.isPresent() ? new Object[] {today.toString(), key.get()} : new Object[] {today.toString()};
        return sql.first(query, r -> new NextDue(LocalDate.parse(r.getString(1)), r.getLong(2)), parameters);
    }

    static final String COLUMNS = "box, due_day, session_id, box_before, due_before";

    /** The card of a question, from a row that starts with {@link #COLUMNS} at {@code column}. */
    static Card card(ResultSet r, int column) throws SQLException {
        Optional<Slot> before = r.getObject(column + 3) == null
                ? Optional.empty()
                : Optional.of(new Slot(r.getInt(column + 3), LocalDate.parse(r.getString(column + 4))));
        return new Card(
                new Slot(r.getInt(column), LocalDate.parse(r.getString(column + 1))), r.getString(column + 2), before);
    }
}
