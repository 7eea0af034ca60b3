package dev.lectern.store;

import dev.lectern.schedule.Card;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The history's tables and how a file gets them: versioned migrations ({@code PRAGMA user_version}), applied in one
 * immediate transaction so that two processes opening an old file at once never migrate it twice.
 */
final class Schema {
    private Schema() {
    }

    /** The modes whose answers move the review schedule; any other ({@code cram}, {@code batch}) is recorded only. */
    static final Set<String> SCHEDULED_MODES = Set.of("practice", "exam", "review");
    static final String SCHEDULED_MODES_TEXT = "practice, exam and review";
    private static final String SCHEDULED_SQL = SCHEDULED_MODES.stream().sorted().map(m -> "'" + m + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    /** One step of the schema, run inside the migrating transaction; {@code zone} decides the day of an answer. */
    @FunctionalInterface
    private interface Migration {
        void apply(Connection c, ZoneId zone) throws SQLException;

        default Migration then(Migration next) {
            return (c, zone) -> {
                apply(c, zone);
                next.apply(c, zone);
            };
        }
    }

    /** The migrations, in order: migration i (from 1) takes the schema from version i-1 to i. */
    private static final List<Migration> MIGRATIONS = List.of(sql("""
            CREATE TABLE attempts (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              set_path TEXT NOT NULL,
              set_title TEXT NOT NULL,
              question_id TEXT NOT NULL,
              content_hash TEXT NOT NULL,
              answer TEXT NOT NULL,
              verdict TEXT NOT NULL,
              points REAL NOT NULL,
              max_points REAL NOT NULL,
              millis INTEGER NOT NULL,
              answered_at TEXT NOT NULL,
              session_id TEXT NOT NULL,
              mode TEXT NOT NULL,
              overridden INTEGER NOT NULL DEFAULT 0
            )""",
            "CREATE INDEX attempts_by_set ON attempts (set_path, session_id, question_id)"),
            // 2: the review schedule, one row a question (its card: box, due day, and where the session that
            // placed it found it), filled from the answers already recorded; and the set file's absolute path.
            sql("ALTER TABLE attempts ADD COLUMN set_file TEXT", """
                    CREATE TABLE schedule (
                      set_path TEXT NOT NULL,
                      question_id TEXT NOT NULL,
                      box INTEGER NOT NULL,
                      due_day TEXT NOT NULL,
                      session_id TEXT NOT NULL,
                      box_before INTEGER,
                      due_before TEXT,
                      set_file TEXT,
                      PRIMARY KEY (set_path, question_id)
                    ) WITHOUT ROWID""",
                    "CREATE INDEX schedule_by_due ON schedule (due_day, set_path)").then(Schema::backfill),
            // 3: the points possible in the whole session each answer belongs to, so a session's score counts the
            // questions left unanswered too, as its summary screen does (NULL before: the answered ones only).
            sql("ALTER TABLE attempts ADD COLUMN session_possible REAL"));

    private static Migration sql(String... statements) {
        return (c, zone) -> {
            try (Statement s = c.createStatement()) {
                for (String sql : statements) {
                    s.execute(sql);
                }
            }
        };
    }

    static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("PRAGMA user_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Applies the missing migrations in one immediate transaction, so two processes never migrate twice. */
    static void migrate(Connection c, ZoneId zone) throws SQLException {
        if (version(c) == MIGRATIONS.size()) {
            return;
        }
        inTransaction(c, () -> {
            int v = version(c);
            if (v > MIGRATIONS.size()) {
                throw new SQLException("the history was written by a newer Lectern (schema " + v + ")");
            }
            for (int i = v; i < MIGRATIONS.size(); i++) {
                MIGRATIONS.get(i).apply(c, zone);
            }
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA user_version = " + MIGRATIONS.size());
            }
        });
    }

    /** Work on the database that either all happens or none of it does. */
    @FunctionalInterface
    interface Work {
        void run() throws SQLException;
    }

    /** Runs {@code work} in an immediate transaction: it takes the write lock first, so it never has to upgrade. */
    static void inTransaction(Connection c, Work work) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("BEGIN IMMEDIATE");
            try {
                work.run();
                s.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                s.execute("ROLLBACK");
                throw e;
            }
        }
    }

    /**
     * Fills the schedule of a history recorded before there was one: every answer in a scheduled mode, replayed
     * in the order recorded exactly as {@link History#record} applies it, each on its day in {@code zone}.
     */
    private static void backfill(Connection c, ZoneId zone) throws SQLException {
        Map<List<String>, Card> cards = new LinkedHashMap<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT set_path, question_id, verdict,"
                + " answered_at, session_id FROM attempts WHERE mode IN " + SCHEDULED_SQL + " ORDER BY id")) {
            while (r.next()) {
                List<String> key = List.of(r.getString(1), r.getString(2));
                cards.put(key, Card.answered(Optional.ofNullable(cards.get(key)), r.getString(5),
                        ScheduleRows.isRight(r.getString(3)), LocalDate.ofInstant(Instant.parse(r.getString(4)), zone)));
            }
        }
        try (PreparedStatement s = c.prepareStatement(ScheduleRows.SAVE)) {
            for (Map.Entry<List<String>, Card> e : cards.entrySet()) {
                ScheduleRows.bind(s, e.getKey().get(0), e.getKey().get(1), e.getValue(), Optional.empty());
                s.addBatch();
            }
            s.executeBatch();
        }
    }
}
