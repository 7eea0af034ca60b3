package dev.lectern.store;

import dev.lectern.engine.Verdict;
import dev.lectern.schedule.Card;
import dev.lectern.schedule.Slot;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/** A question's card in the {@code schedule} table: how it is written and read, by the store and its migration. */
final class ScheduleRows {
    private ScheduleRows() {
    }

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

    /** Binds {@link #SAVE}'s parameters: the question, its card and (when known) its set's file. */
    static void bind(PreparedStatement s, String setPath, String questionId, Card card, Optional<Path> setFile)
            throws SQLException {
        s.setString(1, setPath);
        s.setString(2, questionId);
        s.setInt(3, card.slot().box());
        s.setString(4, card.slot().due().toString());
        s.setString(5, card.session());
        s.setObject(6, card.before().map(Slot::box).orElse(null));
        s.setString(7, card.before().map(b -> b.due().toString()).orElse(null));
        s.setString(8, setFile.map(Path::toString).orElse(null));
    }

    static final String COLUMNS = "box, due_day, session_id, box_before, due_before";

    /** The card of a question, from a row that starts with {@link #COLUMNS} at {@code column}. */
    static Card card(ResultSet r, int column) throws SQLException {
        Optional<Slot> before = r.getObject(column + 3) == null ? Optional.empty()
                : Optional.of(new Slot(r.getInt(column + 3), LocalDate.parse(r.getString(column + 4))));
        return new Card(new Slot(r.getInt(column), LocalDate.parse(r.getString(column + 1))),
                r.getString(column + 2), before);
    }
}
