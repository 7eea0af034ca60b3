package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.schedule.Slot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema 3 to 4: a history written by the schema-3 code, where one set file was kept under two names (practised
 * from the project folder and from inside questions/, and graded by --batch --record, which kept no file), becomes
 * one set, losing no answer, with one schedule card a question.
 */
class SchemaFourMigrationTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-05T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    /** The schema-3 tables, as migrations 1 to 3 made them. */
    private static void schemaThree(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("""
                    CREATE TABLE attempts (id INTEGER PRIMARY KEY AUTOINCREMENT, set_path TEXT NOT NULL,
                      set_title TEXT NOT NULL, question_id TEXT NOT NULL, content_hash TEXT NOT NULL,
                      answer TEXT NOT NULL, verdict TEXT NOT NULL, points REAL NOT NULL, max_points REAL NOT NULL,
                      millis INTEGER NOT NULL, answered_at TEXT NOT NULL, session_id TEXT NOT NULL,
                      mode TEXT NOT NULL, overridden INTEGER NOT NULL DEFAULT 0, set_file TEXT,
                      session_possible REAL)""");
            s.execute("CREATE INDEX attempts_by_set ON attempts (set_path, session_id, question_id)");
            s.execute("""
                    CREATE TABLE schedule (set_path TEXT NOT NULL, question_id TEXT NOT NULL, box INTEGER NOT NULL,
                      due_day TEXT NOT NULL, session_id TEXT NOT NULL, box_before INTEGER, due_before TEXT,
                      set_file TEXT, PRIMARY KEY (set_path, question_id)) WITHOUT ROWID""");
            s.execute("CREATE INDEX schedule_by_due ON schedule (due_day, set_path)");
            s.execute("PRAGMA user_version = 3");
        }
    }

    private static void row(
            PreparedStatement s,
            String name,
            String question,
            String verdict,
            String day,
            String session,
            String mode,
            String file)
            throws SQLException {
        s.setString(1, name);
        s.setString(2, question);
        s.setString(3, verdict);
        s.setDouble(4, verdict.equals("CORRECT") ? 1 : 0);
        s.setString(5, day + "T09:00:00Z");
        s.setString(6, session);
        s.setString(7, mode);
        s.setString(8, file);
        s.executeUpdate();
    }

    @Test
    void oneFileUnderTwoNames_becomesOneSet_everyAnswerKept_oneCardAQuestion() throws Exception {
        Path questions = Files.createDirectories(dir.resolve("project/questions"));
        Path file = Files.writeString(questions.resolve("s.yaml"), "title: s\n");
        // Practised once through a symbolic link to the folder: the same file.
        Path link = Files.createSymbolicLink(dir.resolve("link"), questions);
        Path db = dir.resolve("progress.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            schemaThree(c);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO attempts (set_path, set_title, question_id,"
                    + " content_hash, answer, verdict, points, max_points, millis, answered_at, session_id, mode,"
                    + " overridden, set_file, session_possible) VALUES (?, 'S', ?, 'h', 'x', ?, ?, 1, 100, ?, ?, ?,"
                    + " 0, ?, 2)")) {
                // From the project folder: questions/s.yaml, with its absolute file.
                row(s, "questions/s.yaml", "q1", "CORRECT", "2026-03-01", "one", "practice", file.toString());
                row(s, "questions/s.yaml", "q2", "WRONG", "2026-03-01", "one", "practice", file.toString());
                // From inside questions/: s.yaml, the same file.
                row(s, "s.yaml", "q1", "CORRECT", "2026-03-03", "two", "practice", file.toString());
                row(
                        s,
                        "s.yaml",
                        "q2",
                        "CORRECT",
                        "2026-03-03",
                        "two",
                        "practice",
                        link.resolve("s.yaml").toString());
                // --batch --record of questions/s.yaml: no file recorded.
                row(s, "questions/s.yaml", "q1", "WRONG", "2026-03-04", "batch x", "batch", null);
                row(s, "questions/s.yaml", "q2", "WRONG", "2026-03-04", "batch x", "batch", null);
            }
            try (Statement s = c.createStatement()) {
                // The split schedule schema 3 kept: one card under each name.
                s.execute("INSERT INTO schedule VALUES ('questions/s.yaml', 'q1', 2, '2026-03-03', 'one', NULL, NULL,"
                        + " '" + file + "'), ('questions/s.yaml', 'q2', 1, '2026-03-02', 'one', NULL, NULL, '" + file
                        + "'), ('s.yaml', 'q1', 2, '2026-03-05', 'two', NULL, NULL, '" + file + "'),"
                        + " ('s.yaml', 'q2', 2, '2026-03-05', 'two', NULL, NULL, '" + file + "')");
            }
        }
        String key = file.toRealPath().toString();
        try (History h = History.open(db, CLOCK)) {
            assertThat(h.schemaVersion()).isEqualTo(4);
            assertThat(h.sets(Optional.empty())).singleElement().satisfies(s -> {
                assertThat(s.setPath()).isEqualTo(key);
                assertThat(s.attempts()).isEqualTo(3);
                assertThat(s.answers()).isEqualTo(6);
                assertThat(s.scores()).containsExactly(50.0, 100.0, 0.0);
            });
            assertThat(h.rows(key)).isEqualTo(6);
            assertThat(h.rows("questions/s.yaml")).isZero();
            assertThat(h.rows("s.yaml")).isZero();
            assertThat(h.questions(key))
                    .extracting(QuestionStats::questionId, QuestionStats::answered)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("q1", 3), org.assertj.core.groups.Tuple.tuple("q2", 3));
            // Replayed: q1 right on day 1 (box 2, due day 3), right again when due (box 3, due day 7); q2 wrong on
            // day 1 (box 1, due day 2), right on day 3 (box 2, due day 5). Batch answers never move a card.
            assertThat(h.slot(key, "q1")).hasValue(new Slot(3, LocalDate.of(2026, 3, 7)));
            assertThat(h.slot(key, "q2")).hasValue(new Slot(2, LocalDate.of(2026, 3, 5)));
            assertThat(h.due(LocalDate.of(2026, 3, 5)))
                    .singleElement()
                    .satisfies(d -> assertThat(d.set().key()).isEqualTo(key));
        }
    }
}
