package dev.lectern.cli;

import dev.lectern.store.Attempt;
import dev.lectern.store.ContentHash;
import dev.lectern.store.DueQuestion;
import dev.lectern.store.History;
import dev.lectern.store.SetStats;
import dev.lectern.store.StoreException;
import dev.lectern.tui.Ahead;
import dev.lectern.tui.AnswerLog;
import dev.lectern.tui.ProgressSource;
import dev.lectern.tui.SetProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Records the text UI's answers in the history, and reads what the start screen shows of it. The file is opened
 * once the first screen is up ({@link #openInBackground}), or at the first answer or read, whichever comes first;
 * a history that cannot be opened or written never stops the quiz: the first failure is kept and {@link #report}
 * prints it once the terminal is back. Each answer is recorded with its set's
 * file, so that {@code lectern review} finds the set again from any folder.
 */
final class HistoryLog implements AnswerLog, ProgressSource, AutoCloseable {
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
     * Opens the history on a background thread while the learner reads the first screen, so neither the first
     * answer nor the start screen's scores wait for the driver to load; a failure is kept as if from an answer.
     */
    void openInBackground() {
        Ahead.start("lectern-history", this::open);
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
            failed(e);
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
                    Optional.of(setFiles.apply(a.setPath()).toAbsolutePath().normalize()),
                    a.sessionPossible()));
        } catch (RuntimeException | LinkageError e) {
            failed(e);
        }
    }

    /**
     * Each set's sessions, best and last score and questions due today, and the questions due in every set, from
     * the history (waiting for it to open); nothing when it cannot be read, which {@link #report} tells after the
     * quiz. A set's due questions are matched by its file, so it makes no difference where it was practised from.
     */
    @Override
    public synchronized Progress read(List<String> setPaths) {
        if (!open()) {
            return new Progress(Map.of(), 0);
        }
        try {
            LocalDate today = LocalDate.now(clock);
            List<DueQuestion> due = history.due(today);
            Map<String, SetProgress> sets = new HashMap<>();
            for (String path : setPaths) {
                Path setFile = setFiles.apply(path).toAbsolutePath().normalize();
                int dueHere = (int) due.stream().filter(d -> d.setFile().map(setFile::equals)
                        .orElse(d.setPath().equals(path))).count();
                Optional<SetStats> stats = history.sets(Optional.of(path)).stream().findFirst();
                sets.put(path, stats.map(s -> new SetProgress(s.attempts(), s.best(), s.last(), dueHere))
                        .orElse(new SetProgress(0, 0, 0, dueHere)));
            }
            return new Progress(sets, due.size());
        } catch (RuntimeException | LinkageError e) {
            failed(e);
            return new Progress(Map.of(), 0);
        }
    }

    /**
     * Keeps the first failure. A driver that cannot load its native library throws a LinkageError: it is kept
     * too, never let through to the screen.
     */
    private void failed(Throwable e) {
        failure = failure.or(() -> Optional.of(e instanceof StoreException ? e.getMessage() : e.toString()));
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
