package dev.lectern.batch;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A report file written whole or not at all: the text goes to a temporary file in the same folder, which
 * {@link #commit()} moves over the target in one atomic rename. Closing without committing deletes the temporary
 * file, so an interrupted or failed run never leaves a half-written report nor clobbers the old one; a shutdown hook
 * deletes it too when the JVM is stopped mid-run (Ctrl-C, {@code kill}). The report gets the permissions of the
 * file it replaces, or a new file those the user's umask gives (not the 0600 of a JDK temporary file: a gradebook
 * is for others to read too). {@link #straight} writes to a device or a FIFO instead, which cannot be replaced: there
 * the text goes out as it is written. {@link #spool} makes standard output whole or nothing too: the text waits in a
 * temporary file in the system's temporary folder (so memory stays flat for a class of any size) and goes out at the
 * commit.
 */
public final class AtomicFile implements Closeable {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path target;
    private final Path temp;
    private final OutputStream stream;
    private final Writer writer;
    private final Thread cleanup;
    // Where a spool's text goes at the commit; null for a file.
    private final Writer destination;
    private boolean committed;

    private AtomicFile(Path target, Path temp, OutputStream stream, Thread cleanup) {
        this(target, temp, stream, cleanup, null);
    }

    private AtomicFile(Path target, Path temp, OutputStream stream, Thread cleanup, Writer destination) {
        this.target = target;
        this.temp = temp;
        this.destination = destination;
        this.stream = new Watched(stream);
        this.writer = new BufferedWriter(new OutputStreamWriter(this.stream, StandardCharsets.UTF_8), 1 << 16);
        this.cleanup = cleanup;
    }

    /**
     * Writing straight to {@code target}, a file that cannot be replaced (a device, a FIFO, {@code /dev/stdout}):
     * nothing to rename. A regular file reached so ({@code /dev/stdout} redirected with {@code >> log}) is appended
     * to, as the process's own writes to that descriptor are, so what the file had is kept.
     */
    public static AtomicFile straight(Path target) throws IOException {
        OutputStream stream = Files.isRegularFile(target)
                ? Files.newOutputStream(target, StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                : Files.newOutputStream(target, StandardOpenOption.WRITE);
        return new AtomicFile(target, null, stream, null);
    }

    private static void forget(Thread cleanup) {
        if (cleanup == null) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook runs and finds nothing to delete, or deletes the temporary file.
        }
    }

    private void forgetCleanup() {
        forget(cleanup);
    }

    /**
     * Text for {@code destination} (standard output), kept in a temporary file of the system's temporary folder
     * (readable by the user alone) until {@link #commit()} copies it there; closed without a commit, nothing of it
     * reaches {@code destination}.
     */
    public static AtomicFile spool(Writer destination) throws IOException {
        AtomicReference<Path> made = new AtomicReference<>();
        Thread cleanup = deleting(made);
        Runtime.getRuntime().addShutdownHook(cleanup);
        try {
            Path temp = Files.createTempFile("lectern-report-", ".tmp");
            made.set(temp);
            return new AtomicFile(null, temp, Files.newOutputStream(temp), cleanup, destination);
        } catch (IOException | RuntimeException e) {
            Path temp = made.get();
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
            forget(cleanup);
            throw e;
        }
    }

    /** A shutdown hook that deletes the file {@code made} holds, if any. */
    private static Thread deleting(AtomicReference<Path> made) {
        return new Thread(
                () -> {
                    try {
                        Path p = made.get();
                        if (p != null) {
                            Files.deleteIfExists(p);
                        }
                    } catch (IOException e) {
                        // The JVM is going down; nothing better to do.
                    }
                },
                "lectern-atomic-file-cleanup");
    }

    public static AtomicFile create(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        // The hook is in place before the temporary file exists: a kill just after the file is made (one run in 30
        // when signalled at once, before) still deletes it.
        AtomicReference<Path> made = new AtomicReference<>();
        Thread cleanup = deleting(made);
        Runtime.getRuntime().addShutdownHook(cleanup);
        Path temp = null;
        try {
            OutputStream stream = null;
            // Made as any new file is (mode 0666 less the umask), under a name no other run can have.
            while (stream == null) {
                Path candidate = dir.resolve(
                        "." + target.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
                try {
                    stream = Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    temp = candidate;
                    made.set(temp);
                } catch (FileAlreadyExistsException e) {
                    // Taken: draw another name.
                }
            }
            keepPermissions(target, temp);
            return new AtomicFile(target, temp, stream, cleanup);
        } catch (IOException | RuntimeException e) {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
            forget(cleanup);
            throw e;
        }
    }

    /** Gives {@code temp} the POSIX permissions of {@code target} when it exists, so replacing it keeps them. */
    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.isRegularFile(target) && Files.getFileAttributeView(target, PosixFileAttributeView.class) != null) {
            Set<PosixFilePermission> old = Files.getPosixFilePermissions(target);
            Files.setPosixFilePermissions(temp, old);
        }
    }

    public Writer writer() {
        return writer;
    }

    /** Bytes as they are (a zip file), after what {@link #writer()} wrote. */
    public void writeBytes(byte[] bytes) throws IOException {
        writer.flush();
        stream.write(bytes);
    }

    /**
     * A write error, kept: a report goes through a PrintWriter, which keeps write errors to itself ({@code /dev/full},
     * a full disk), and a report that lost some of its text must not be committed as if whole.
     */
    private static final class Watched extends FilterOutputStream {
        private IOException failure;

        Watched(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw kept(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw kept(e);
            }
        }

        private IOException kept(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }

    /** Whether a write to the file has failed (the disk is full, a device refused it). */
    public boolean failed() {
        return ((Watched) stream).failure != null;
    }

    /**
     * Closes the temporary file and renames it over the target. Throws, leaving the target as it was, when any
     * write failed, even one that a PrintWriter over {@link #writer()} did not pass on.
     */
    public void commit() throws IOException {
        writer.close();
        IOException failure = ((Watched) stream).failure;
        if (failure != null) {
            throw new IOException(failure.getMessage(), failure);
        }
        if (temp == null) {
            committed = true;
            return;
        }
        if (destination != null) {
            try (java.io.Reader text = Files.newBufferedReader(temp, StandardCharsets.UTF_8)) {
                text.transferTo(destination);
            }
            destination.flush();
            committed = true;
            Files.deleteIfExists(temp);
            forgetCleanup();
            return;
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
        forgetCleanup();
    }

    /** Without a commit: discards the temporary file, leaving the target as it was. */
    @Override
    public void close() throws IOException {
        if (committed) {
            return;
        }
        try {
            writer.close();
        } finally {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
            forgetCleanup();
        }
    }
}
