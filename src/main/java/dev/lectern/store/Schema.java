package dev.lectern.store;

import dev.lectern.schedule.Card;
import java.sql.Connection;
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

/**
 * The history's tables and how a file gets them: versioned migrations ({@code PRAGMA user_version}), applied in one
 * immediate transaction so that two processes opening an old file at once never migrate it twice.
 */
final class Schema {
    private Schema() {}

    static final String SCHEDULED_MODES_TEXT = "practice, exam and review";
    private static final String SCHEDULED_SQL = Texts.scheduledModesSql();

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
    private static final List<Migration> MIGRATIONS = List.of(
            sql("""
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
            )""", "CREATE INDEX attempts_by_set ON attempts (set_path, session_id, question_id)"),
            // 2: the review schedule, one row a question (its card: box, due day, and where the session that
            // placed it found it), filled from the answers already recorded; and the set file's absolute path.
            sql(
                            "ALTER TABLE attempts ADD COLUMN set_file TEXT",
                            """
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
                            "CREATE INDEX schedule_by_due ON schedule (due_day, set_path)")
                    .then(Schema::backfill),
            // 3: the points possible in the whole session each answer belongs to, so a session's score counts the
            // questions left unanswered too, as its summary screen does (NULL before: the answered ones only).
            sql("ALTER TABLE attempts ADD COLUMN session_possible REAL"),
            // 4: a set is its file. set_path holds the set's key (SetRef: its file's absolute path, links
            // resolved), set_name the name it was given; the answers a schema-3 history kept under two names for
            // one file are merged, and the schedule is replayed from them. An answer keeps the parts it was given
            // as, and a session its seed and order, so that a session left unfinished can be taken up again.
            sql(
                            "ALTER TABLE attempts ADD COLUMN set_name TEXT",
                            "ALTER TABLE attempts ADD COLUMN parts TEXT",
                            """
                    CREATE TABLE sessions (
                      session_id TEXT PRIMARY KEY,
                      set_path TEXT NOT NULL,
                      set_title TEXT NOT NULL,
                      mode TEXT NOT NULL,
                      seed INTEGER NOT NULL,
                      shuffle INTEGER NOT NULL,
                      only_ids TEXT,
                      question_ids TEXT NOT NULL,
                      started_at TEXT NOT NULL,
                      status TEXT NOT NULL,
                      ended_at TEXT
                    ) WITHOUT ROWID""",
                            "CREATE INDEX sessions_by_set ON sessions (set_path, status)")
                    .then(Schema::keyByFile));

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
        try (Statement s = c.createStatement();
                ResultSet r = s.executeQuery("PRAGMA user_version")) {
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
                rollback(c, e);
                throw e;
            }
        }
    }

    /**
     * Rolls back after {@code cause}, keeping {@code cause} as the failure: on some errors (a full disk, SQLite's
     * SQLITE_FULL) SQLite has rolled the transaction back itself, and a ROLLBACK then fails with "cannot rollback -
     * no transaction is active", which used to be the only message shown.
     */
    private static void rollback(Connection c, Exception cause) {
        try (Statement s = c.createStatement()) {
            s.execute("ROLLBACK");
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static void backfill(Connection c, ZoneId zone) throws SQLException {
        replaySchedule(c, zone, Optional.empty());
    }

    /**
     * Schema 4: each answer moves from the name it was recorded under to its set's key. An answer with a file
     * recorded goes to that file's key; one without (recorded before files were, or by {@code --batch --record},
     * which did not record them) to the key of the one file recorded under the same name, when there is exactly
     * one; else it keeps its name as its key, and {@link History#find} adopts it when the set is next named so
     * from the folder it was named in. The schedule is then replayed, so that the questions of a set kept under
     * two names have one card each.
     */
    private static void keyByFile(Connection c, ZoneId zone) throws SQLException {
        Map<String, Set<String>> filesByName = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE attempts SET set_name = set_path");
            try (ResultSet r = s.executeQuery("SELECT DISTINCT set_path, set_file FROM attempts")) {
                while (r.next()) {
                    Set<String> files = filesByName.computeIfAbsent(r.getString(1), k -> new java.util.TreeSet<>());
                    if (r.getString(2) != null) {
                        files.add(r.getString(2));
                    }
                }
            }
        }
        Sql sql = new Sql(c);
        for (Map.Entry<String, Set<String>> e : filesByName.entrySet()) {
            for (String file : e.getValue()) {
                String key = SetRef.canonical(java.nio.file.Path.of(file)).toString();
                sql.update(
                        "UPDATE attempts SET set_path = ?, set_file = ? WHERE set_name = ? AND set_file = ?",
                        key,
                        key,
                        e.getKey(),
                        file);
            }
            if (e.getValue().size() == 1) {
                String key = SetRef.canonical(
                                java.nio.file.Path.of(e.getValue().iterator().next()))
                        .toString();
                sql.update(
                        "UPDATE attempts SET set_path = ?, set_file = ? WHERE set_name = ? AND set_file IS NULL",
                        key,
                        key,
                        e.getKey());
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("DELETE FROM schedule");
        }
        replaySchedule(c, zone, Optional.empty());
    }

    /**
     * Fills the schedule from the answers (of every set, or of the set {@code key}), replacing nothing: every
     * answer in a scheduled mode, replayed in the order recorded exactly as {@link History#record} applies it, each
     * on its day in {@code zone}. Used by the migrations and when answers change sets (adopted, relinked).
     */
    static void replaySchedule(Connection c, ZoneId zone, Optional<String> key) throws SQLException {
        Map<List<String>, Card> cards = new LinkedHashMap<>();
        Sql sql = new Sql(c);
        sql.list(
                "SELECT set_path, question_id, verdict, answered_at, session_id FROM attempts WHERE mode IN "
                        + SCHEDULED_SQL + (key.isPresent() ? " AND set_path = ?" : "") + " ORDER BY id",
                r -> {
                    List<String> card = List.of(r.getString(1), r.getString(2));
                    return cards.put(
                            card,
                            Card.answered(
                                    Optional.ofNullable(cards.get(card)),
                                    r.getString(5),
                                    ScheduleRows.isRight(Texts.verdict(r.getString(3))),
                                    LocalDate.ofInstant(Instant.parse(r.getString(4)), zone)));
                },
                key.isPresent() ? new Object[] {key.get()} : new Object[0]);
        List<List<Object>> rows = new java.util.ArrayList<>();
        for (Map.Entry<List<String>, Card> e : cards.entrySet()) {
            String setKey = e.getKey().get(0);
            rows.add(ScheduleRows.row(setKey, e.getKey().get(1), e.getValue(), new SetRef(setKey, setKey).file()));
        }
        sql.batch(ScheduleRows.SAVE, rows);
    }
}
