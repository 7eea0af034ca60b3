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
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
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
 * never do. Which calendar day an answer belongs to is decided in the clock's time zone. A damaged file, found on
 * opening (which checks the whole file) or by any read or write after, is moved aside to
 * {@code progress.db.broken-<timestamp>} and a fresh one is started, in which that read or write is done again;
 * {@link #notice()} says where it went. When another program on the same file (another Lectern) met the damage
 * first and has already moved it aside, the new history it started is used, not moved aside in turn. Every statement runs through {@link #read} or {@link #write}, which turn
 * SQLite's failures into a {@link StoreException} in a learner's words; the read side's rows become records in
 * {@link StatsQueries}. Where the file lives is decided by {@link HistoryFile#locate}, from values passed in,
 * never from the process's globals.
 */
public final class History implements AutoCloseable {
    /** How long an unfinished session is offered to be taken up again; after that it is shown as abandoned. */
    public static final java.time.Duration ABANDONED_AFTER = java.time.Duration.ofDays(7);

    private final Path file;
    private final Clock clock;
    private final SqliteFile.Access access;
    private Sql sql;
    // Which file the connection is on (SqliteFile.identity): once it is moved aside, the path names another.
    private Optional<Object> identity;
    private volatile Optional<String> notice;

    private History(Path file, Clock clock, SqliteFile.Access access, Connection db, Optional<String> notice) {
        this.file = file;
        this.clock = clock;
        this.access = access;
        this.sql = new Sql(db);
        this.identity = SqliteFile.identity(file);
        this.notice = notice;
    }

    /** Opens (creating and migrating as needed) the history at {@code file}; throws {@link StoreException}. */
    public static History open(Path file, Clock clock) {
        Path dir = file.toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
        } catch (FileSystemException e) {
            throw new StoreException(
                    "cannot create the history folder " + dir + ": "
                            + (e instanceof AccessDeniedException ? "permission denied" : reason(e)),
                    e);
        } catch (IOException e) {
            throw new StoreException("cannot create the history folder " + dir + ": " + e.getMessage(), e);
        }
        refuseFolder(file);
        if (!Files.isWritable(dir) || (Files.exists(file) && !Files.isWritable(file))) {
            throw new StoreException("cannot write the history in " + dir + ": it is read-only;"
                    + " choose another place with --data-dir or LECTERN_HOME");
        }
        return open(file, clock, SqliteFile.Access.WRITE);
    }

    /**
     * Opens the history at {@code file} to read it: as {@link #open} does where it can be written (so a damaged
     * file is moved aside), else read-only, when the file or its folder is read-only; then every write throws.
     */
    public static History openToRead(Path file, Clock clock) {
        refuseFolder(file);
        Path dir = file.toAbsolutePath().getParent();
        boolean writable = Files.isWritable(dir) && (!Files.exists(file) || Files.isWritable(file));
        return writable || !Files.isRegularFile(file) ? open(file, clock) : open(file, clock, SqliteFile.Access.READ);
    }

    /** Opens {@code file} so; a damaged file is moved aside (unless only read) and a new one started. */
    static History open(Path file, Clock clock, SqliteFile.Access access) {
        refuseFolder(file);
        SqliteLibrary.use(file.toAbsolutePath().getParent());
        try {
            return new History(file, clock, access, connect(file, clock, access), Optional.empty());
        } catch (SQLException e) {
            if (!SqliteFile.isDamage(e) || access == SqliteFile.Access.READ) {
                throw unopened(file, e);
            }
            Fresh fresh = afresh(file, clock, e);
            return new History(file, clock, access, fresh.db(), Optional.of(fresh.notice()));
        }
    }

    private static void refuseFolder(Path file) {
        if (Files.isDirectory(file)) {
            throw new StoreException("the history " + file + " is a folder, not a file: move the folder out of the"
                    + " way (Lectern keeps its history in a file of that name), or choose another place with"
                    + " --data-dir or LECTERN_HOME");
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

    /** A connection to {@code file}; a driver that cannot load is a {@link StoreException}, never a stack trace. */
    private static Connection connect(Path file, Clock clock, SqliteFile.Access access) throws SQLException {
        try {
            return SqliteFile.connect(file, clock.getZone(), access);
        } catch (SQLException | LinkageError e) {
            if (SqliteFile.isDriverFailure(e)) {
                throw new StoreException(
                        "cannot open the history " + file + ": the SQLite driver cannot load its"
                                + " native library (" + e + "); if the temporary folder may not run programs (noexec),"
                                + " point java.io.tmpdir elsewhere, or delete "
                                + file.toAbsolutePath().getParent().resolve("native")
                                + " so that its copy is made again",
                        e);
            }
            if (e instanceof LinkageError linkage) {
                throw linkage;
            }
            throw (SQLException) e;
        }
    }

    private static StoreException unopened(Path file, SQLException e) {
        if (SqliteFile.isDamage(e)) {
            return new StoreException(
                    "the history " + file + " is damaged (" + e.getMessage() + "); it is"
                            + " read-only, so it cannot be moved aside for a new one",
                    e);
        }
        return new StoreException("cannot open the history " + file + ": " + SqliteFile.reason(e), e);
    }

    /** A new history in place of the damaged one, and the notice that says where that went. */
    private record Fresh(Connection db, String notice) {}

    private static Fresh afresh(Path file, Clock clock, SQLException damage) {
        try {
            Path aside = SqliteFile.moveAside(file, clock.instant());
            String notice = "the history " + file + " was damaged (" + damage.getMessage() + "); it was moved to "
                    + aside + " and a new history was started";
            return new Fresh(connect(file, clock, SqliteFile.Access.WRITE), notice);
        } catch (IOException | SQLException again) {
            throw new StoreException(
                    "the history " + file + " is damaged and could not be moved aside: " + again.getMessage(), again);
        }
    }

    /**
     * The new history another program (another Lectern on the same file) started when it found the damage first and
     * moved the file aside: it is not moved aside again, as it would be with the answers already recorded in it.
     */
    private Fresh taken(SQLException damage) {
        try {
            return new Fresh(
                    connect(file, clock, SqliteFile.Access.WRITE),
                    "the history " + file + " was damaged (" + damage.getMessage() + "); another program had"
                            + " already moved it aside and started a new history, which is used from now on");
        } catch (SQLException again) {
            throw new StoreException(
                    "the history " + file + " is damaged and the new one could not be opened: " + again.getMessage(),
                    again);
        }
    }

    public Path file() {
        return file;
    }

    /** When the file was found damaged (on opening, or since) and moved aside: where it went. */
    public Optional<String> notice() {
        return notice;
    }

    /** Work on the open file: statements through {@link Sql}. */
    @FunctionalInterface
    private interface Query<T> {
        T run(Sql sql) throws SQLException;
    }

    /** Runs a read; see {@link #run}. */
    private <T> T read(Query<T> query) {
        return run("read", query);
    }

    /** Runs a write, whole or not at all; see {@link #run}. */
    private <T> T write(Query<T> query) {
        return run("write", q -> {
            Object[] result = new Object[1];
            q.transaction(() -> result[0] = query.run(q));
            @SuppressWarnings("unchecked")
            T t = (T) result[0];
            return t;
        });
    }

    /**
     * Runs {@code query}. When SQLite finds the file damaged, the file is moved aside, a new one is started (the
     * notice says so) and the query runs again there: an answer is recorded in the new history, a read reads it.
     */
    private synchronized <T> T run(String what, Query<T> query) {
        try {
            return query.run(sql);
        } catch (SQLException e) {
            if (!SqliteFile.isDamage(e) || access == SqliteFile.Access.READ) {
                throw failure(what, e);
            }
            closeQuietly();
            Fresh fresh = identity.isPresent() && !identity.equals(SqliteFile.identity(file))
                    ? taken(e)
                    : afresh(file, clock, e);
            sql = new Sql(fresh.db());
            identity = SqliteFile.identity(file);
            notice = Optional.of(fresh.notice());
            try {
                return query.run(sql);
            } catch (SQLException again) {
                throw failure(what, again);
            }
        }
    }

    private StoreException failure(String what, SQLException e) {
        String message = "cannot " + what + " the history " + file + ": " + SqliteFile.reason(e);
        if (SqliteFile.isFull(e)) {
            message += "; nothing of this " + what + " was kept, what was recorded before it is safe";
        }
        return new StoreException(message, e);
    }

    /** The schema version of the open file. */
    public int schemaVersion() {
        return read(q -> Schema.version(q.connection()));
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
    public void record(Attempt a) {
        recordAll(List.of(a));
    }

    /**
     * Writes {@code attempts} in one transaction, all stamped with the clock's time, moving their questions in the
     * review schedule as {@link #record} does: every row is recorded, or, when one cannot be written, none is (then
     * a {@link StoreException} says why).
     */
    public void recordAll(List<Attempt> attempts) {
        write(q -> insert(q, attempts));
    }

    private Void insert(Sql q, List<Attempt> attempts) throws SQLException {
        Instant now = clock.instant();
        List<List<Object>> rows = new ArrayList<>();
        for (Attempt a : attempts) {
            rows.add(row(a, now.toString()));
        }
        q.batch(INSERT, rows);
        for (Attempt a : attempts) {
            if (a.mode().movesSchedule()) {
                Card card = Card.answered(
                        ScheduleRows.card(q, a.set().key(), a.questionId()),
                        a.sessionId(),
                        ScheduleRows.isRight(a.verdict()),
                        LocalDate.ofInstant(now, clock.getZone()));
                ScheduleRows.save(
                        q, a.set().key(), a.questionId(), card, a.set().file());
            }
        }
        return null;
    }

    private static List<Object> row(Attempt a, String answeredAt) {
        return java.util.Arrays.asList(
                a.set().key(),
                a.setTitle(),
                a.questionId(),
                a.contentHash(),
                a.answer(),
                Texts.verdict(a.verdict()),
                a.points(),
                a.maxPoints(),
                a.millis(),
                answeredAt,
                a.sessionId(),
                Texts.mode(a.mode()),
                a.overridden(),
                a.set().file().map(Path::toString).orElse(null),
                a.sessionPossible().isPresent() ? a.sessionPossible().getAsDouble() : null,
                a.set().label(),
                a.parts().isEmpty() ? null : Texts.list(a.parts()));
    }

    /** Where a question stands in the review schedule; empty when it was never answered in a scheduled mode. */
    public Optional<Slot> slot(String setPath, String questionId) {
        return read(q -> ScheduleRows.card(q, setPath, questionId).map(Card::slot));
    }

    /** How many questions are due for review on {@code today} (their due day has come), over every set. */
    public long dueCount(LocalDate today) {
        return read(q -> q.number("SELECT count(*) FROM schedule WHERE due_day <= ?", today.toString()));
    }

    /** How many questions of each set (as the learner named it) are due on {@code today}; sets with none left out. */
    public Map<String, Long> dueBySet(LocalDate today) {
        Map<String, Long> counts = new LinkedHashMap<>();
        read(q -> q.list(
                "SELECT set_path, count(*) FROM schedule WHERE due_day <= ? GROUP BY set_path" + " ORDER BY set_path",
                r -> counts.put(r.getString(1), r.getLong(2)),
                today.toString()));
        return counts;
    }

    /** The questions due on {@code today}, by set, then longest due first, then id; each set under its last name. */
    public List<DueQuestion> due(LocalDate today) {
        return read(q -> ScheduleRows.due(q, today));
    }

    /** The first day after {@code today} on which questions fall due, and how many; empty when none are scheduled. */
    public Optional<NextDue> nextDue(LocalDate today) {
        return read(q -> ScheduleRows.nextDue(q, today, Optional.empty()));
    }

    /** As {@link #nextDue(LocalDate)}, in one set (its key: {@link #find}). */
    public Optional<NextDue> nextDueIn(LocalDate today, String setKey) {
        return read(q -> ScheduleRows.nextDue(q, today, Optional.of(setKey)));
    }

    /**
     * From now on a commit does not wait for the disk (SQLite's {@code synchronous = NORMAL}, with the WAL): what is
     * committed survives Lectern being killed, but the last commits may be lost, never half, if the machine loses
     * power. For {@code --batch --record}, whose one transaction a sheet would otherwise wait for the disk each
     * (10,000 sheets: 23 s instead of 6 s); the text UI keeps the full wait for its one row an answer.
     */
    public void commitWithoutWaitingForTheDisk() {
        run("write", q -> q.update("PRAGMA synchronous = NORMAL"));
    }

    /**
     * Lets the file grow to {@code pages} pages at most ({@code PRAGMA max_page_count}), after which SQLite fails
     * as on a full disk: how the tests reproduce one.
     */
    void limitSize(long pages) {
        read(q -> q.first("PRAGMA max_page_count = " + pages, r -> r.getLong(1)));
    }

    /** SQLite's {@code synchronous} setting on this connection: 2 (FULL, every commit waits), 1 (NORMAL). */
    int synchronousLevel() {
        return read(q -> q.first("PRAGMA synchronous", r -> r.getInt(1)).orElse(-1));
    }

    /** The number of rows recorded for the set {@code setKey} (every answer and every "I was right"). */
    public long rows(String setKey) {
        return read(q -> q.number("SELECT count(*) FROM attempts WHERE set_path = ?", setKey));
    }

    /**
     * The key the rows of {@code set} are kept under: its own, after adopting the rows recorded under the name it
     * was given now, if that name is a relative path and rows were recorded under it before a set's identity was
     * its file (a set practised before schema 2, whose file was not recorded): so named from the same folder, it is
     * the same set. Adopted rows move to the set's key in one transaction, and its schedule is replayed from them.
     * A history only read adopts nothing.
     */
    public String find(SetRef set) {
        String key = set.key();
        if (set.label().equals(key)
                || PathText.isAbsolute(set.label())
                || access == SqliteFile.Access.READ
                || rows(set.label()) == 0) {
            return key;
        }
        write(q -> move(q, set.label(), set));
        return key;
    }

    /**
     * {@code lectern stats --relink}: every row of the set {@code oldKey} (a set file moved or renamed) goes to the
     * set {@code now}, merged with what {@code now} already has; returns how many answers moved.
     */
    public long relink(String oldKey, SetRef now) {
        return write(q -> move(q, oldKey, now));
    }

    private long move(Sql q, String fromKey, SetRef to) throws SQLException {
        long moved = q.update(
                "UPDATE attempts SET set_path = ?, set_file = ? WHERE set_path = ?",
                to.key(),
                to.file().map(Path::toString),
                fromKey);
        q.update("UPDATE sessions SET set_path = ? WHERE set_path = ?", to.key(), fromKey);
        q.update("DELETE FROM schedule WHERE set_path IN (?, ?)", fromKey, to.key());
        Schema.replaySchedule(q.connection(), clock.getZone(), Optional.of(to.key()));
        return moved;
    }

    /**
     * Every set with history, most recently practised first; or only the set {@code setKey} when given. Only
     * finished sessions are counted in its attempts, best, last and average (and every session recorded before
     * sessions were kept, and every answer sheet); a session's score is its points of the points possible in the
     * whole session, where that was recorded, else in the questions answered. Sessions not finished are listed
     * apart ({@link SetStats#unfinished}); their answers count for the questions all the same.
     */
    public List<SetStats> sets(Optional<String> setKey) {
        return read(q -> new StatsQueries(q, clock).sets(setKey));
    }

    /**
     * Per question of the set {@code setKey}, over each session's final grade: how often answered, how often
     * right, and the share of the points earned; weakest (least of the points) first.
     */
    public List<QuestionStats> questions(String setKey) {
        return read(q -> new StatsQueries(q, clock).questions(setKey));
    }

    /** The questions of the set {@code setKey} whose final grade in its most recent session was not right, in order. */
    public List<String> lastMissed(String setKey) {
        return read(q -> new StatsQueries(q, clock).lastMissed(setKey));
    }

    /** Deletes every recorded answer of the set {@code setKey}, its sessions and its schedule; returns the rows gone. */
    public long reset(String setKey) {
        return write(q -> {
            int gone = q.update("DELETE FROM attempts WHERE set_path = ?", setKey);
            q.update("DELETE FROM schedule WHERE set_path = ?", setKey);
            q.update("DELETE FROM sessions WHERE set_path = ?", setKey);
            return (long) gone;
        });
    }

    /** A session begins: its start is kept (when it is not already), so that it can be taken up again if left. */
    public void begin(SessionStart start) {
        run("write", q -> SessionRows.begin(q, start));
    }

    /**
     * A session is finished (its summary was shown): from now on it counts in its set's best, last and average.
     * In the same transaction {@code unanswered} (the rows of an exam's questions left unanswered, which go back to
     * box 1) are recorded, the first time only: finishing again records nothing.
     */
    public void finish(SessionStart start, List<Attempt> unanswered) {
        write(q -> {
            SessionRows.begin(q, start);
            return SessionRows.end(q, start.sessionId(), SessionStatus.FINISHED, clock.instant())
                    ? insert(q, unanswered)
                    : null;
        });
    }

    /** An open session was left for later ({@code LEFT}), or given up for a new start ({@code ABANDONED}). */
    public void end(String sessionId, SessionStatus status) {
        if (status == SessionStatus.FINISHED || status == SessionStatus.OPEN) {
            throw new IllegalArgumentException("a session is finished with finish(), and opened with begin()");
        }
        run("write", q -> SessionRows.end(q, sessionId, status, clock.instant()));
    }

    /**
     * The session of the set {@code setKey} in {@code mode} to offer to take up again: the latest left unfinished,
     * with an answer given less than {@link #ABANDONED_AFTER} ago; empty when there is none.
     */
    public Optional<OpenSession> unfinished(String setKey, AnswerMode mode) {
        if (!mode.resumable()) {
            return Optional.empty();
        }
        return read(q -> SessionRows.latestOpen(q, setKey, mode, clock.instant().minus(ABANDONED_AFTER)));
    }

    private void closeQuietly() {
        try {
            sql.connection().close();
        } catch (SQLException e) {
            // The file is damaged and going aside; its connection has nothing left to keep.
        }
    }

    @Override
    public synchronized void close() {
        try {
            sql.connection().close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }
}
