package dev.lectern.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * The history's SQLite file: how a connection to it is made (to write, or only to read), whether it is damaged,
 * moving a damaged one aside, and SQLite's failures in a learner's words. SQLite reports damage where it finds it,
 * which may be long after the file was opened: {@link #isDamage} is asked of every failure.
 */
final class SqliteFile {
    private static final int BUSY_TIMEOUT_MILLIS = 5000;
    private static final int SQLITE_BUSY = 5;
    private static final int SQLITE_READONLY = 8;
    private static final int SQLITE_CORRUPT = 11;
    private static final int SQLITE_FULL = 13;
    private static final int SQLITE_CANTOPEN = 14;
    private static final int SQLITE_NOTADB = 26;
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private SqliteFile() {}

    /** How a history is opened: to write (created and migrated as needed), or only to read one already there. */
    enum Access {
        WRITE,
        READ
    }

    /**
     * A connection to {@code file}. To write: WAL mode, the busy timeout, the schema brought up to date, and the
     * whole file checked ({@code PRAGMA quick_check}: a damaged data page is found before anything is appended to
     * it; some 0.2 s for 100,000 answers, nothing for a usual history). To read: nothing is written, not even the
     * WAL's index, where the folder does not allow it.
     */
    static Connection connect(Path file, ZoneId zone, Access access) throws SQLException {
        if (access == Access.READ) {
            return readOnly(file);
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = " + BUSY_TIMEOUT_MILLIS);
                new Sql(c).first("PRAGMA journal_mode = WAL", r -> r.getString(1));
            }
            Optional<String> damage = new Sql(c)
                    .first("PRAGMA quick_check(1)", r -> r.getString(1))
                    .filter(ok -> !ok.equals("ok"));
            if (damage.isPresent()) {
                // quick_check's first finding, on one line: "*** in database main ***\nTree 2 page 60 ...".
                String finding = damage.get()
                        .replace("*** in database main ***", "")
                        .strip()
                        .replaceAll("\\s*\\n\\s*", "; ");
                throw new SQLException("the database disk image is malformed: " + finding, null, SQLITE_CORRUPT);
            }
            Schema.migrate(c, zone);
            return c;
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /**
     * Read-only; where the WAL's index cannot be made (a read-only folder without it), the file is read as
     * immutable, which SQLite allows when no other process writes to it, as none can there.
     */
    private static Connection readOnly(Path file) throws SQLException {
        String uri = "jdbc:sqlite:" + file.toAbsolutePath().toUri();
        Properties ro = new Properties();
        ro.setProperty("open_mode", "1");
        try {
            Connection c = DriverManager.getConnection(uri + "?mode=ro", ro);
            try {
                Schema.version(c);
                return c;
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            if (code(e) != SQLITE_CANTOPEN && code(e) != SQLITE_READONLY) {
                throw e;
            }
            return DriverManager.getConnection(uri + "?mode=ro&immutable=1", ro);
        }
    }

    /** Whether {@code e} says the file is damaged, or not a database at all. */
    static boolean isDamage(SQLException e) {
        return code(e) == SQLITE_CORRUPT || code(e) == SQLITE_NOTADB;
    }

    /** SQLite's primary result code (the extended codes keep it in their low byte). */
    private static int code(SQLException e) {
        return e.getErrorCode() & 0xff;
    }

    /**
     * Whether the driver itself could not load (its native library missing, cut short, or on a folder that may not
     * run programs): the driver says so as a {@link LinkageError}, or as "Error opening connection" with the
     * loader's exception as the cause.
     */
    static boolean isDriverFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof LinkageError || t.getClass().getSimpleName().startsWith("NativeLibrary")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Which file {@code path} names now (its device and inode, where the file system has them); empty when it names
     * none, or the file system cannot say.
     */
    static Optional<Object> identity(Path path) {
        try {
            return Optional.ofNullable(
                    Files.readAttributes(path, BasicFileAttributes.class).fileKey());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Moves the damaged {@code file} (and its WAL files) aside, named for {@code now}; returns where it went. */
    static Path moveAside(Path file, Instant now) throws IOException {
        Path aside = file.resolveSibling(file.getFileName() + ".broken-" + STAMP.format(now));
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + ".broken-" + STAMP.format(now) + "-" + n);
        }
        Files.move(file, aside);
        for (String suffix : List.of("-wal", "-shm")) {
            Path extra = file.resolveSibling(file.getFileName() + suffix);
            if (Files.exists(extra)) {
                Files.move(extra, aside.resolveSibling(aside.getFileName() + suffix));
            }
        }
        return aside;
    }

    /**
     * What went wrong, in a learner's words where SQLite's would mislead: its message for a full disk is, after
     * the rollback it forces, "cannot rollback - no transaction is active".
     */
    static String reason(SQLException e) {
        return switch (code(e)) {
            case SQLITE_FULL -> "the disk is full (" + e.getMessage() + ")";
            case SQLITE_READONLY -> "it is read-only (" + e.getMessage() + ")";
            case SQLITE_BUSY ->
                "another program has kept it locked for more than " + BUSY_TIMEOUT_MILLIS / 1000 + " s ("
                        + e.getMessage() + ")";
            default -> e.getMessage();
        };
    }

    /** Whether {@code e} is a full disk (or a file at its size limit): then nothing of that write was kept. */
    static boolean isFull(SQLException e) {
        return code(e) == SQLITE_FULL;
    }
}
