package dev.lectern.store;

import dev.lectern.schedule.Card;
import dev.lectern.schedule.Slot;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attempt history in one SQLite file. Opening creates the folder and the file when missing and brings its
 * tables up to date ({@link Schema}); the database runs in WAL mode with a 5 s busy timeout, so two Lectern
 * processes can record at once. Each {@link #record} is one transaction (the answer's row and its question's place
 * in the review schedule), so a crash loses nothing already answered; {@link #recordAll} writes the rows of one
 * batch sheet in one transaction, whole or not at all. The schedule ({@link Card}: Leitner's boxes) is kept per set
 * and question in its own small table, so what is due is one indexed query however long the history; answers in
 * the modes {@value Schema#SCHEDULED_MODES_TEXT} move it, {@code cram} and {@code batch} answers are recorded but
 * never do. Which calendar day an answer belongs to is decided in the clock's time zone. A damaged file is moved
 * aside to {@code progress.db.broken-<timestamp>} and a fresh one is started; {@link #notice()} says where it went.
 * Where the file lives is decided by {@link HistoryFile#locate}, from values passed in, never from the process's
 * globals.
 */
public final class History implements AutoCloseable {
    private static final int BUSY_TIMEOUT_MILLIS = 5000;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_NOTADB = 26;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path file;
    private final Clock clock;
    private final Connection db;
    private final Optional<String> notice;

    private History(Path file, Clock clock, Connection db, Optional<String> notice) {
        this.file = file;
        this.clock = clock;
        this.db = db;
        this.notice = notice;
    }

    /** Opens (creating and migrating as needed) the history at {@code file}; throws {@link StoreException}. */
    public static History open(Path file, Clock clock) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (FileSystemException e) {
            throw new StoreException("cannot create the history folder " + dir + ": "
                    + (e instanceof AccessDeniedException ? "permission denied" : reason(e)), e);
        } catch (IOException e) {
            throw new StoreException("cannot create the history folder " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isWritable(dir) || Files.exists(file) && !Files.isWritable(file)) {
            throw new StoreException("cannot write the history in " + dir + ": it is read-only;"
                    + " choose another place with --data-dir or LECTERN_HOME");
        }
        SqliteLibrary.use(dir);
        try {
            return new History(file, clock, connect(file, clock.getZone()), Optional.empty());
        } catch (SQLException e) {
            if (e.getErrorCode() != SQLITE_CORRUPT && e.getErrorCode() != SQLITE_NOTADB) {
                throw new StoreException("cannot open the history " + file + ": " + e.getMessage(), e);
            }
            Path aside = file.resolveSibling(file.getFileName() + ".broken-" + STAMP.format(clock.instant()));
            try {
                Files.move(file, aside);
                for (String suffix : List.of("-wal", "-shm")) {
                    Path extra = file.resolveSibling(file.getFileName() + suffix);
                    if (Files.exists(extra)) {
                        Files.move(extra, aside.resolveSibling(aside.getFileName() + suffix));
                    }
                }
                String notice = "the history " + file + " was damaged (" + e.getMessage() + "); it was moved to "
                        + aside + " and a new history was started";
                return new History(file, clock, connect(file, clock.getZone()), Optional.of(notice));
            } catch (IOException | SQLException again) {
                throw new StoreException("the history " + file + " is damaged and could not be moved aside: "
                        + again.getMessage(), again);
            }
        }
    }

    private static String reason(FileSystemException e) {
        if (e.getReason() != null) {
            return e.getReason();
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return e.getFile() + " is a file, not a folder";
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return e.getFile() + " does not exist";
        }
        return "cannot write " + e.getFile();
    }

    private static Connection connect(Path file, ZoneId zone) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
                try (ResultSet r = s.executeQuery("PRAGMA journal_mode = WAL")) {
                    r.next();
                }
            }
            Schema.migrate(c, zone);
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /** When the file was damaged and moved aside on opening: where it went. */
    public Optional<String> notice() {
        return notice;
    }

    /** The schema version of the open file. */
    public int schemaVersion() {
        try {
            return Schema.version(db);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private static final String INSERT = """
            INSERT INTO attempts (set_path, set_title, question_id, content_hash, answer, verdict, points,
              max_points, millis, answered_at, session_id, mode, overridden, set_file, session_possible)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * Writes one answer now, stamped with the clock's time, and in the same transaction moves its question in the
     * review schedule when the mode is one that does ({@value Schema#SCHEDULED_MODES_TEXT}).
     */
    public synchronized void record(Attempt a) {
        recordAll(List.of(a));
    }

    /**
     * Writes {@code attempts} in one transaction, all stamped with the clock's time, moving their questions in the
     * review schedule as {@link #record} does: every row is recorded, or, when one cannot be written, none is (then
     * a {@link StoreException} says why).
     */
    public synchronized void recordAll(List<Attempt> attempts) {
        Instant now = clock.instant();
        try {
            Schema.inTransaction(db, () -> {
                try (PreparedStatement s = db.prepareStatement(INSERT)) {
                    for (Attempt a : attempts) {
                        bind(s, a, now.toString());
                        s.addBatch();
                    }
                    s.executeBatch();
                }
                for (Attempt a : attempts) {
                    if (Schema.SCHEDULED_MODES.contains(a.mode())) {
                        schedule(a, now);
                    }
                }
            });
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    private void schedule(Attempt a, Instant now) throws SQLException {
        Card card = Card.answered(card(a.setPath(), a.questionId()), a.sessionId(), ScheduleRows.isRight(a.verdict()),
                LocalDate.ofInstant(now, clock.getZone()));
        try (PreparedStatement s = db.prepareStatement(ScheduleRows.SAVE)) {
            ScheduleRows.bind(s, a.setPath(), a.questionId(), card, a.setFile());
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Attempt a, String answeredAt) throws SQLException {
        s.setString(1, a.setPath());
        s.setString(2, a.setTitle());
        s.setString(3, a.questionId());
        s.setString(4, a.contentHash());
        s.setString(5, a.answer());
        s.setString(6, a.verdict());
        s.setDouble(7, a.points());
        s.setDouble(8, a.maxPoints());
        s.setLong(9, a.millis());
        s.setString(10, answeredAt);
        s.setString(11, a.sessionId());
        s.setString(12, a.mode());
        s.setInt(13, a.overridden() ? 1 : 0);
        s.setString(14, a.setFile().map(Path::toString).orElse(null));
        if (a.sessionPossible().isPresent()) {
            s.setDouble(15, a.sessionPossible().getAsDouble());
        } else {
            s.setNull(15, java.sql.Types.REAL);
        }
    }

    private Optional<Card> card(String setPath, String questionId) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT " + ScheduleRows.COLUMNS
                + " FROM schedule WHERE set_path = ? AND question_id = ?")) {
            s.setString(1, setPath);
            s.setString(2, questionId);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(ScheduleRows.card(r, 1)) : Optional.empty();
            }
        }
    }

    /** Where a question stands in the review schedule; empty when it was never answered in a scheduled mode. */
    public synchronized Optional<Slot> slot(String setPath, String questionId) {
        try {
            return card(setPath, questionId).map(Card::slot);
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** How many questions are due for review on {@code today} (their due day has come), over every set. */
    public synchronized long dueCount(LocalDate today) {
        try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM schedule WHERE due_day <= ?")) {
            s.setString(1, today.toString());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** How many questions of each set (as the learner named it) are due on {@code today}; sets with none left out. */
    public synchronized Map<String, Long> dueBySet(LocalDate today) {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT set_path, count(*) FROM schedule WHERE due_day <= ?"
                + " GROUP BY set_path ORDER BY set_path")) {
            s.setString(1, today.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    counts.put(r.getString(1), r.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return counts;
    }

    /** The questions due on {@code today}, by set, then longest due first, then id. */
    public synchronized List<DueQuestion> due(LocalDate today) {
        List<DueQuestion> due = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT set_path, question_id, set_file, " + ScheduleRows.COLUMNS
                + " FROM schedule WHERE due_day <= ? ORDER BY set_path, due_day, question_id")) {
            s.setString(1, today.toString());
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    due.add(new DueQuestion(r.getString(1), r.getString(2),
                            Optional.ofNullable(r.getString(3)).map(Path::of), ScheduleRows.card(r, 4).slot()));
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return due;
    }

    /** The first day after {@code today} on which questions fall due, and how many; empty when none are scheduled. */
    public synchronized Optional<NextDue> nextDue(LocalDate today) {
        return nextDue(today, "", List.of());
    }

    /** As {@link #nextDue(LocalDate)}, in one set: its file, or (recorded without one) its name as recorded. */
    public synchronized Optional<NextDue> nextDueIn(LocalDate today, Path setFile, String setPath) {
        return nextDue(today, " AND (set_file = ? OR set_path = ?)", List.of(setFile.toString(), setPath));
    }

    private Optional<NextDue> nextDue(LocalDate today, String where, List<String> parameters) {
        try (PreparedStatement s = db.prepareStatement("SELECT due_day, count(*) FROM schedule WHERE due_day > ?"
                + where + " GROUP BY due_day ORDER BY due_day LIMIT 1")) {
            s.setString(1, today.toString());
            for (int i = 0; i < parameters.size(); i++) {
                s.setString(i + 2, parameters.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(new NextDue(LocalDate.parse(r.getString(1)), r.getLong(2)))
                        : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * From now on a commit does not wait for the disk (SQLite's {@code synchronous = NORMAL}, with the WAL): what is
     * committed survives Lectern being killed, but the last commits may be lost, never half, if the machine loses
     * power. For {@code --batch --record}, whose one transaction a sheet would otherwise wait for the disk each
     * (10,000 sheets: 23 s instead of 6 s); the text UI keeps the full wait for its one row an answer.
     */
    public synchronized void commitWithoutWaitingForTheDisk() {
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA synchronous = NORMAL");
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /** The number of rows recorded for {@code setPath} (every answer and every "I was right"). */
    public synchronized long rows(String setPath) {
        try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM attempts WHERE set_path = ?")) {
            s.setString(1, setPath);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Each question's final row in each session of one set (the parameter): its last answer there, or the "I was
     * right" that followed it. The grouping runs on the index alone; a correlated subquery instead took minutes
     * over 100,000 rows.
     */
    private static final String FINAL = "SELECT a.* FROM attempts a JOIN (SELECT max(id) AS id FROM attempts"
            + " WHERE set_path = ? GROUP BY session_id, question_id) f ON a.id = f.id";

    /**
     * Every set with history, most recently practised first; or only {@code setPath} when given. A session's score
     * is its points of the points possible in the whole session, where that was recorded, else in the questions
     * answered.
     */
    public synchronized List<SetStats> sets(Optional<String> setPath) {
        String sql = "SELECT a.set_path, a.session_id, sum(a.points),"
                + " coalesce(max(a.session_possible), sum(a.max_points)), count(*),"
                + " max(a.answered_at), max(a.id), t.set_title FROM attempts a"
                + " JOIN (SELECT max(id) AS id FROM attempts" + (setPath.isPresent() ? " WHERE set_path = ?" : "")
                + "  GROUP BY set_path, session_id, question_id) f ON a.id = f.id"
                + " JOIN (SELECT set_path, set_title, max(id) FROM attempts GROUP BY set_path) t"
                + "  ON t.set_path = a.set_path"
                + " GROUP BY a.set_path, a.session_id ORDER BY max(a.id)";
        Map<String, List<Object[]>> bySet = new LinkedHashMap<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            if (setPath.isPresent()) {
                s.setString(1, setPath.get());
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    double max = r.getDouble(4);
                    double percent = max > 0 ? 100 * r.getDouble(3) / max : 0;
                    bySet.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new Object[] {percent,
                            r.getLong(5), Instant.parse(r.getString(6)), r.getLong(7), r.getString(8)});
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        List<SetStats> result = new ArrayList<>();
        bySet.forEach((path, sessions) -> {
            List<Double> scores = sessions.stream().map(o -> (Double) o[0]).toList();
            long answers = sessions.stream().mapToLong(o -> (Long) o[1]).sum();
            Object[] last = sessions.get(sessions.size() - 1);
            result.add(new SetStats(path, (String) last[4], sessions.size(), answers,
                    scores.stream().mapToDouble(Double::doubleValue).max().orElse(0), (Double) last[0],
                    scores.stream().mapToDouble(Double::doubleValue).average().orElse(0), (Instant) last[2], scores));
        });
        result.sort((a, b) -> b.lastAnswered().compareTo(a.lastAnswered()));
        return result;
    }

    /** Per question of {@code setPath}, over each session's final grade: answered, right; weakest first. */
    public synchronized List<QuestionStats> questions(String setPath) {
        // SQLite takes the bare content_hash from the row of max(id): the question's latest attempt.
        String sql = "SELECT question_id, count(*), sum(CASE WHEN verdict = 'CORRECT' THEN 1 ELSE 0 END),"
                + " content_hash, max(id) FROM (" + FINAL + ") final GROUP BY question_id";
        List<QuestionStats> result = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, setPath);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new QuestionStats(r.getString(1), r.getInt(2), r.getInt(3), r.getString(4)));
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        result.sort((a, b) -> a.shareRight() != b.shareRight() ? Double.compare(a.shareRight(), b.shareRight())
                : a.answered() != b.answered() ? Integer.compare(b.answered(), a.answered())
                : a.questionId().compareTo(b.questionId()));
        return result;
    }

    /** The questions of {@code setPath} whose final grade in its most recent session was not right, in id order. */
    public synchronized List<String> lastMissed(String setPath) {
        String sql = "SELECT question_id FROM (" + FINAL + ") final"
                + " WHERE session_id = (SELECT session_id FROM attempts WHERE set_path = ? ORDER BY id DESC LIMIT 1)"
                + " AND verdict <> 'CORRECT' ORDER BY id";
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, setPath);
            s.setString(2, setPath);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return ids;
    }

    /** Deletes every recorded answer of {@code setPath}, and its questions' schedule; returns how many rows went. */
    public synchronized long reset(String setPath) {
        long[] gone = new long[1];
        try {
            Schema.inTransaction(db, () -> {
                try (PreparedStatement s = db.prepareStatement("DELETE FROM attempts WHERE set_path = ?");
                     PreparedStatement t = db.prepareStatement("DELETE FROM schedule WHERE set_path = ?")) {
                    s.setString(1, setPath);
                    gone[0] = s.executeUpdate();
                    t.setString(1, setPath);
                    t.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw failure("write", e);
        }
        return gone[0];
    }

    private StoreException failure(String what, SQLException e) {
        return new StoreException("cannot " + what + " the history " + file + ": " + e.getMessage(), e);
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }
}
