package dev.lectern.store;

import dev.lectern.schedule.AnswerMode;
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
              max_points, millis, answered_at, session_id, mode, overridden, set_file, session_possible, set_name,
              parts)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

    /**
     * Writes one answer now, stamped with the clock's time, and in the same transaction moves its question in the
     * review schedule when its mode does ({@link AnswerMode#movesSchedule}: {@value Schema#SCHEDULED_MODES_TEXT}).
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
        try {
            Schema.inTransaction(db, () -> insert(attempts));
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    private void insert(List<Attempt> attempts) throws SQLException {
        Instant now = clock.instant();
        try (PreparedStatement s = db.prepareStatement(INSERT)) {
            for (Attempt a : attempts) {
                bind(s, a, now.toString());
                s.addBatch();
            }
            s.executeBatch();
        }
        for (Attempt a : attempts) {
            if (a.mode().movesSchedule()) {
                schedule(a, now);
            }
        }
    }

    private void schedule(Attempt a, Instant now) throws SQLException {
        Card card = Card.answered(card(a.set().key(), a.questionId()), a.sessionId(),
                ScheduleRows.isRight(a.verdict()), LocalDate.ofInstant(now, clock.getZone()));
        try (PreparedStatement s = db.prepareStatement(ScheduleRows.SAVE)) {
            ScheduleRows.bind(s, a.set().key(), a.questionId(), card, a.set().file());
            s.executeUpdate();
        }
    }

    private static void bind(PreparedStatement s, Attempt a, String answeredAt) throws SQLException {
        s.setString(1, a.set().key());
        s.setString(2, a.setTitle());
        s.setString(3, a.questionId());
        s.setString(4, a.contentHash());
        s.setString(5, a.answer());
        s.setString(6, Texts.verdict(a.verdict()));
        s.setDouble(7, a.points());
        s.setDouble(8, a.maxPoints());
        s.setLong(9, a.millis());
        s.setString(10, answeredAt);
        s.setString(11, a.sessionId());
        s.setString(12, Texts.mode(a.mode()));
        s.setInt(13, a.overridden() ? 1 : 0);
        s.setString(14, a.set().file().map(Path::toString).orElse(null));
        if (a.sessionPossible().isPresent()) {
            s.setDouble(15, a.sessionPossible().getAsDouble());
        } else {
            s.setNull(15, java.sql.Types.REAL);
        }
        s.setString(16, a.set().label());
        s.setString(17, a.parts().isEmpty() ? null : Texts.list(a.parts()));
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

    /** The questions due on {@code today}, by set, then longest due first, then id; each set under its last name. */
    public synchronized List<DueQuestion> due(LocalDate today) {
        List<DueQuestion> due = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT set_path, question_id, " + ScheduleRows.COLUMNS
                + " FROM schedule WHERE due_day <= ? ORDER BY set_path, due_day, question_id")) {
            s.setString(1, today.toString());
            Map<String, String> labels = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String key = r.getString(1);
                    if (!labels.containsKey(key)) {
                        labels.put(key, label(key));
                    }
                    String label = labels.get(key);
                    due.add(new DueQuestion(new SetRef(key, label), r.getString(2), ScheduleRows.card(r, 3).slot()));
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        return due;
    }

    /** The name the set {@code key} was last given (its key, when it has no answers). */
    private String label(String key) throws SQLException {
        try (PreparedStatement s = db.prepareStatement("SELECT coalesce(set_name, set_path) FROM attempts"
                + " WHERE id = (SELECT max(id) FROM attempts WHERE set_path = ?)")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? r.getString(1) : key;
            }
        }
    }

    /** The first day after {@code today} on which questions fall due, and how many; empty when none are scheduled. */
    public synchronized Optional<NextDue> nextDue(LocalDate today) {
        return nextDue(today, "", List.of());
    }

    /** As {@link #nextDue(LocalDate)}, in one set (its key: {@link #find}). */
    public synchronized Optional<NextDue> nextDueIn(LocalDate today, String setKey) {
        return nextDue(today, " AND set_path = ?", List.of(setKey));
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

    /** SQLite's {@code synchronous} setting on this connection: 2 (FULL, every commit waits), 1 (NORMAL). */
    synchronized int synchronousLevel() {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("PRAGMA synchronous")) {
            return r.next() ? r.getInt(1) : -1;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** The number of rows recorded for the set {@code setKey} (every answer and every "I was right"). */
    public synchronized long rows(String setKey) {
        try (PreparedStatement s = db.prepareStatement("SELECT count(*) FROM attempts WHERE set_path = ?")) {
            s.setString(1, setKey);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * The key the rows of {@code set} are kept under: its own, after adopting the rows recorded under the name it
     * was given now, if that name is a relative path and rows were recorded under it before a set's identity was
     * its file (a set practised before schema 2, whose file was not recorded): so named from the same folder, it is
     * the same set. Adopted rows move to the set's key in one transaction, and its schedule is replayed from them.
     */
    public synchronized String find(SetRef set) {
        String key = set.key();
        if (set.label().equals(key) || Path.of(set.label()).isAbsolute() || rows(set.label()) == 0) {
            return key;
        }
        try {
            Schema.inTransaction(db, () -> move(set.label(), set));
        } catch (SQLException e) {
            throw failure("write", e);
        }
        return key;
    }

    /**
     * {@code lectern stats --relink}: every row of the set {@code oldKey} (a set file moved or renamed) goes to the
     * set {@code now}, merged with what {@code now} already has; returns how many answers moved.
     */
    public synchronized long relink(String oldKey, SetRef now) {
        long[] moved = new long[1];
        try {
            Schema.inTransaction(db, () -> moved[0] = move(oldKey, now));
        } catch (SQLException e) {
            throw failure("write", e);
        }
        return moved[0];
    }

    private long move(String fromKey, SetRef to) throws SQLException {
        long moved;
        try (PreparedStatement a = db.prepareStatement("UPDATE attempts SET set_path = ?, set_file = ?"
                + " WHERE set_path = ?");
             PreparedStatement s = db.prepareStatement("UPDATE sessions SET set_path = ? WHERE set_path = ?");
             PreparedStatement d = db.prepareStatement("DELETE FROM schedule WHERE set_path IN (?, ?)")) {
            a.setString(1, to.key());
            a.setString(2, to.file().map(Path::toString).orElse(null));
            a.setString(3, fromKey);
            moved = a.executeUpdate();
            s.setString(1, to.key());
            s.setString(2, fromKey);
            s.executeUpdate();
            d.setString(1, fromKey);
            d.setString(2, to.key());
            d.executeUpdate();
        }
        Schema.replaySchedule(db, clock.getZone(), Optional.of(to.key()));
        return moved;
    }

    /**
     * Each question's final row in each session of one set (the parameter): its last answer there, or the "I was
     * right" that followed it. The grouping runs on the index alone; a correlated subquery instead took minutes
     * over 100,000 rows.
     */
    private static final String FINAL = "SELECT a.* FROM attempts a JOIN (SELECT max(id) AS id FROM attempts"
            + " WHERE set_path = ? GROUP BY session_id, question_id) f ON a.id = f.id";

    /**
     * Every set with history, most recently practised first; or only the set {@code setKey} when given. Only
     * finished sessions are counted in its attempts, best, last and average (and every session recorded before
     * sessions were kept, and every answer sheet); a session's score is its points of the points possible in the
     * whole session, where that was recorded, else in the questions answered. Sessions not finished are listed
     * apart ({@link SetStats#unfinished}); their answers count for the questions all the same.
     */
    public synchronized List<SetStats> sets(Optional<String> setKey) {
        String sql = "SELECT a.set_path, a.session_id, sum(a.points),"
                + " coalesce(max(a.session_possible), sum(a.max_points)), count(*), max(a.answered_at), max(a.id),"
                + " a.session_id IN (SELECT session_id FROM sessions WHERE status <> 'finished') FROM attempts a"
                + " JOIN (SELECT max(id) AS id FROM attempts" + (setKey.isPresent() ? " WHERE set_path = ?" : "")
                + "  GROUP BY set_path, session_id, question_id) f ON a.id = f.id"
                + " GROUP BY a.set_path, a.session_id ORDER BY max(a.id)";
        Map<String, List<SessionRow>> bySet = new LinkedHashMap<>();
        List<SetStats> result = new ArrayList<>();
        try {
            try (PreparedStatement s = db.prepareStatement(sql)) {
                if (setKey.isPresent()) {
                    s.setString(1, setKey.get());
                }
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        double max = r.getDouble(4);
                        bySet.computeIfAbsent(r.getString(1), k -> new ArrayList<>()).add(new SessionRow(
                                max > 0 ? 100 * r.getDouble(3) / max : 0, r.getLong(5),
                                Instant.parse(r.getString(6)), r.getLong(7), r.getInt(8) == 0));
                    }
                }
            }
            for (Map.Entry<String, List<SessionRow>> e : bySet.entrySet()) {
                result.add(setStats(e.getKey(), e.getValue()));
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        result.sort((a, b) -> b.lastAnswered().compareTo(a.lastAnswered()));
        return result;
    }

    /** One session of a set, for {@link #sets}: its score, answers, last answer, last row, and whether it counts. */
    private record SessionRow(double percent, long answers, Instant last, long lastId, boolean counts) {
    }

    private SetStats setStats(String key, List<SessionRow> sessions) throws SQLException {
        List<Double> scores = sessions.stream().filter(SessionRow::counts).map(SessionRow::percent).toList();
        long answers = sessions.stream().mapToLong(SessionRow::answers).sum();
        SessionRow lastRow = sessions.get(sessions.size() - 1);
        String title;
        String label;
        try (PreparedStatement s = db.prepareStatement("SELECT set_title, coalesce(set_name, set_path) FROM attempts"
                + " WHERE id = ?")) {
            s.setLong(1, lastRow.lastId());
            try (ResultSet r = s.executeQuery()) {
                r.next();
                title = r.getString(1);
                label = r.getString(2);
            }
        }
        Instant lastAnswered = sessions.stream().map(SessionRow::last).max(Instant::compareTo).orElseThrow();
        return new SetStats(new SetRef(key, label), title, scores.size(), answers,
                scores.stream().mapToDouble(Double::doubleValue).max().orElse(0),
                scores.isEmpty() ? 0 : scores.get(scores.size() - 1),
                scores.stream().mapToDouble(Double::doubleValue).average().orElse(0), lastAnswered, scores,
                unfinished(key));
    }

    /** How long an unfinished session is offered to be taken up again; after that it is shown as abandoned. */
    public static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofDays(7);

    /** The sessions of the set {@code key} not finished, oldest first. */
    private List<SetStats.Unfinished> unfinished(String key) throws SQLException {
        List<SetStats.Unfinished> open = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement("SELECT s.status, s.question_ids, count(DISTINCT a.question_id),"
                + " max(a.answered_at) FROM sessions s JOIN attempts a ON a.set_path = s.set_path"
                + " AND a.session_id = s.session_id WHERE s.set_path = ? AND s.status <> 'finished'"
                + " GROUP BY s.session_id ORDER BY max(a.id)")) {
            s.setString(1, key);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Instant last = Instant.parse(r.getString(4));
                    boolean abandoned = r.getString(1).equals(SessionStatus.ABANDONED.text())
                            || last.isBefore(clock.instant().minus(ABANDONED_AFTER));
                    open.add(new SetStats.Unfinished(r.getInt(3), Texts.list(r.getString(2)).size(), last,
                            abandoned));
                }
            }
        }
        return open;
    }

    /**
     * Per question of the set {@code setKey}, over each session's final grade: how often answered, how often
     * right, and the share of the points earned; weakest (least of the points) first.
     */
    public synchronized List<QuestionStats> questions(String setKey) {
        // SQLite takes the bare content_hash from the row of max(id): the question's latest attempt.
        String sql = "SELECT question_id, count(*), sum(CASE WHEN verdict = 'CORRECT' THEN 1 ELSE 0 END),"
                + " sum(points), sum(max_points), content_hash, max(id) FROM (" + FINAL + ") final"
                + " GROUP BY question_id";
        List<QuestionStats> result = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, setKey);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    result.add(new QuestionStats(r.getString(1), r.getInt(2), r.getInt(3), r.getDouble(4),
                            r.getDouble(5), r.getString(6)));
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
        result.sort((a, b) -> a.shareEarned() != b.shareEarned() ? Double.compare(a.shareEarned(), b.shareEarned())
                : a.answered() != b.answered() ? Integer.compare(b.answered(), a.answered())
                : a.questionId().compareTo(b.questionId()));
        return result;
    }

    /** The questions of the set {@code setKey} whose final grade in its most recent session was not right, in order. */
    public synchronized List<String> lastMissed(String setKey) {
        String sql = "SELECT question_id FROM (" + FINAL + ") final"
                + " WHERE session_id = (SELECT session_id FROM attempts WHERE set_path = ? ORDER BY id DESC LIMIT 1)"
                + " AND verdict <> 'CORRECT' ORDER BY id";
        List<String> ids = new ArrayList<>();
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, setKey);
            s.setString(2, setKey);
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

    /** Deletes every recorded answer of the set {@code setKey}, its sessions and its schedule; returns the rows gone. */
    public synchronized long reset(String setKey) {
        long[] gone = new long[1];
        try {
            Schema.inTransaction(db, () -> {
                try (PreparedStatement s = db.prepareStatement("DELETE FROM attempts WHERE set_path = ?");
                     PreparedStatement t = db.prepareStatement("DELETE FROM schedule WHERE set_path = ?");
                     PreparedStatement u = db.prepareStatement("DELETE FROM sessions WHERE set_path = ?")) {
                    s.setString(1, setKey);
                    gone[0] = s.executeUpdate();
                    t.setString(1, setKey);
                    t.executeUpdate();
                    u.setString(1, setKey);
                    u.executeUpdate();
                }
            });
        } catch (SQLException e) {
            throw failure("write", e);
        }
        return gone[0];
    }

    /** A session begins: its start is kept (when it is not already), so that it can be taken up again if left. */
    public synchronized void begin(SessionStart start) {
        try {
            SessionRows.begin(db, start);
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /**
     * A session is finished (its summary was shown): from now on it counts in its set's best, last and average.
     * In the same transaction {@code unanswered} (the rows of an exam's questions left unanswered, which go back to
     * box 1) are recorded, the first time only: finishing again records nothing.
     */
    public synchronized void finish(SessionStart start, List<Attempt> unanswered) {
        try {
            Schema.inTransaction(db, () -> {
                SessionRows.begin(db, start);
                if (SessionRows.end(db, start.sessionId(), SessionStatus.FINISHED, clock.instant())) {
                    insert(unanswered);
                }
            });
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /** An open session was left for later ({@code LEFT}), or given up for a new start ({@code ABANDONED}). */
    public synchronized void end(String sessionId, SessionStatus status) {
        if (status == SessionStatus.FINISHED || status == SessionStatus.OPEN) {
            throw new IllegalArgumentException("a session is finished with finish(), and opened with begin()");
        }
        try {
            SessionRows.end(db, sessionId, status, clock.instant());
        } catch (SQLException e) {
            throw failure("write", e);
        }
    }

    /**
     * The session of the set {@code setKey} in {@code mode} to offer to take up again: the latest left unfinished,
     * with an answer given less than {@link #ABANDONED_AFTER} ago; empty when there is none.
     */
    public synchronized Optional<OpenSession> unfinished(String setKey, AnswerMode mode) {
        if (!mode.resumable()) {
            return Optional.empty();
        }
        try {
            return SessionRows.latestOpen(db, setKey, mode, clock.instant().minus(ABANDONED_AFTER));
        } catch (SQLException e) {
            throw failure("read", e);
        }
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
