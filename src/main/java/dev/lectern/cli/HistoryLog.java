package dev.lectern.cli;

import dev.lectern.store.Attempt;
import dev.lectern.store.ContentHash;
import dev.lectern.store.History;
import dev.lectern.store.StoreException;
import dev.lectern.tui.AnswerLog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

/**
 * Records the text UI's answers in the history. The file is opened at the first answer, so the start screen
 * comes up as fast as before; a history that cannot be opened or written never stops the quiz: the first
 * failure is kept and {@link #report} prints it once the terminal is back. Each answer is recorded with its set's
 * file, so that {@code lectern review} finds the set again from any folder.
 */
final class HistoryLog implements AnswerLog, AutoCloseable {
    private final Path file;
    private final Clock clock;
    private final Function<String, Path> setFiles;
    private History history;
    private Optional<String> failure = Optional.empty();
    private Optional<String> notice = Optional.empty();
    private boolean closed;

    /**
     * {@code clock}: its time zone decides which day an answer is due again; {@code setFiles}: the file of a set, from
     * its name as the answers name it.
     */
    HistoryLog(Path file, Clock clock, Function<String, Path> setFiles) {
        this.file = file;
        this.clock = clock;
        this.setFiles = setFiles;
    }

    /**
     * Opens the history on a background thread while the learner reads the first question, so the first answer
     * does not wait for the driver to load; a failure is kept as if from an answer.
     */
    void openInBackground() {
        Thread t = new Thread(this::open, "lectern-history");
        t.setDaemon(true);
        t.start();
    }

    private synchronized boolean open() {
        if (closed || failure.isPresent()) {
            return false;
        }
        try {
            if (history == null) {
                history = History.open(file, clock);
                notice = history.notice();
            }
            return true;
        } catch (RuntimeException | LinkageError e) {
            // A driver that cannot load its native library is a LinkageError: never let it reach the screen.
            failure = Optional.of(e instanceof StoreException ? e.getMessage() : e.toString());
            return false;
        }
    }

    @Override
    public synchronized void answered(Answered a) {
        if (!open()) {
            return;
        }
        try {
            history.record(new Attempt(a.setPath(), a.setTitle(), a.question().id(), ContentHash.of(a.question()),
                    a.grade().given(), a.grade().verdict().name(), a.grade().earned(), a.grade().possible(),
                    a.millis(), a.sessionId(), a.mode(), a.overridden(),
                    Optional.of(setFiles.apply(a.setPath()).toAbsolutePath().normalize())));
        } catch (RuntimeException | LinkageError e) {
            // A driver that cannot load its native library is a LinkageError: never let it reach the screen.
            failure = Optional.of(e instanceof StoreException ? e.getMessage() : e.toString());
        }
    }

    /** Prints, after the quiz, a damaged history moved aside and a failure to record (each at most once). */
    void report(PrintWriter err) {
        notice.ifPresent(n -> err.println("lectern: " + n));
        failure.ifPresent(f -> err.println("lectern: the answers from here on were not recorded: " + f));
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (history != null) {
            try {
                history.close();
                history = null;
            } catch (StoreException e) {
                failure = failure.or(() -> Optional.of(e.getMessage()));
            }
        }
    }
}
