package dev.lectern.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/** Damage done to a real history file as a failing disk does it: one data page overwritten, the rest intact. */
public final class DamagedFile {
    private DamagedFile() {}

    /** The page of the {@code attempts} table where the last rows are (and new ones go), by SQLite's dbstat. */
    public static int lastAttemptsPage(Path db) throws SQLException {
        return number(
                db,
                "SELECT pageno FROM dbstat WHERE name = 'attempts' AND pagetype = 'leaf'"
                        + " ORDER BY path DESC LIMIT 1");
    }

    /** A page of the {@code attempts} table in the middle of it: its rows are read by every set's stats. */
    public static int middleAttemptsPage(Path db) throws SQLException {
        return number(
                db,
                "SELECT pageno FROM dbstat WHERE name = 'attempts' AND pagetype = 'leaf' ORDER BY path"
                        + " LIMIT 1 OFFSET (SELECT count(*) / 2 FROM dbstat WHERE name = 'attempts' AND pagetype = 'leaf')");
    }

    /** How many pages {@code db} has now. */
    public static int pages(Path db) throws SQLException {
        return number(db, "PRAGMA page_count");
    }

    /** Overwrites page {@code page} (from 1) of {@code db} with a byte pattern no page has. */
    public static void overwrite(Path db, int page) throws IOException, SQLException {
        int size = number(db, "PRAGMA page_size");
        byte[] junk = new byte[size];
        Arrays.fill(junk, (byte) 0xA5);
        try (FileChannel c = FileChannel.open(db, StandardOpenOption.WRITE)) {
            c.write(ByteBuffer.wrap(junk), (long) (page - 1) * size);
        }
    }

    /**
     * Copies what the WAL holds into {@code db} itself, as SQLite does from time to time: a page overwritten after it
     * is damaged for every reader, where one whose newest copy is still in the WAL would be read from there.
     */
    public static void checkpoint(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(PASSIVE)");
        }
    }

    /** Writes to {@code db} as another program would, so that every open connection reads its pages again. */
    public static void touch(Path db) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = " + number(db, "PRAGMA user_version"));
        }
    }

    private static int number(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            if (!r.next()) {
                throw new IllegalStateException("no row for " + sql);
            }
            return r.getInt(1);
        }
    }
}
