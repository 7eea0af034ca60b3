package dev.lectern.cli;

import dev.lectern.schedule.AnswerMode;
import dev.lectern.store.Attempt;
import dev.lectern.store.DueQuestion;
import dev.lectern.store.History;
import dev.lectern.store.OpenSession;
import dev.lectern.store.SessionStart;
import dev.lectern.store.SessionStatus;
import dev.lectern.store.SetRef;
import dev.lectern.store.SetStats;
import dev.lectern.store.StoreException;
import dev.lectern.tui.Ahead;
import dev.lectern.tui.AnswerLog;
import dev.lectern.tui.ProgressSource;
import dev.lectern.tui.Resumable;
import dev.lectern.tui.SetProgress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * Records the text UI's answers in the history, and reads what the start screen shows of it. The file is opened
 * once the first screen is up ({@link #openInBackground}), or at the first answer or read, whichever comes first;
 * a history that cannot be opened or written never stops the quiz: the first failure is kept and {@link #report}
 * prints it once the terminal is back. Each answer is recorded under its set's file ({@link SetRef}), so that every
 * command finds the set again from any folder; each session's start and end are recorded too, so that one left
 * unfinished can be resumed.
 */
final class HistoryLog implements AnswerLog, ProgressSource, AutoCloseable {
    private final Path file;
    private final Clock clock;
    private final Function<String, SetRef> sets;
    private final Set<String> begun = new HashSet<>();
    private final Set<String> finished = new HashSet<>();
    private final Set<SetRef> adopted = new HashSet<>();
    private History history;
    // Read by the screen's thread (onScreen) while the history's thread writes them.
    private volatile Optional<String> failure = Optional.empty();
    private volatile Optional<String> notice = Optional.empty();
    private boolean closed;

    /**
     * {@code clock}: its time zone decides which day an answer is due again; {@code sets}: a set (its file), from
     * its name as the answers name it.
     */
    HistoryLog(Path file, Clock clock, Function<String, SetRef> sets) {
        this.file = file;
        this.clock = clock;
        this.sets = sets;
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
            SessionStart start = start(a.session());
            if (begun.add(start.sessionId())) {
                history.begin(start);
            }
            history.record(attempt(start.set(), a));
            notice = history.notice();
        } catch (RuntimeException | LinkageError e) {
            failed(e);
        }
    }

    /** The one conversion of the text UI's answer to a row, through {@link Attempt#graded}. */
    private static Attempt attempt(SetRef set, Answered a) {
        return Attempt.graded(
                set,
                a.session().setTitle(),
                a.question(),
                a.grade(),
                a.parts(),
                a.millis(),
                a.session().sessionId(),
                a.session().mode(),
                a.overridden(),
                OptionalDouble.of(a.sessionPossible()));
    }

    @Override
    public synchronized void finished(Started session, List<Answered> unanswered) {
        if (!finished.add(session.sessionId()) || !open()) {
            return;
        }
        try {
            SessionStart start = start(session);
            history.finish(
                    start, unanswered.stream().map(a -> attempt(start.set(), a)).toList());
            notice = history.notice();
        } catch (RuntimeException | LinkageError e) {
            failed(e);
        }
    }

    @Override
    public synchronized void ended(Started session, Ending ending) {
        if (!open()) {
            return;
        }
        try {
            history.end(session.sessionId(), ending == Ending.LEFT ? SessionStatus.LEFT : SessionStatus.ABANDONED);
        } catch (RuntimeException | LinkageError e) {
            failed(e);
        }
    }

    /** The session's start as the store keeps it, its set found by its file (adopting rows kept under its name). */
    private SessionStart start(Started s) {
        return new SessionStart(
                s.sessionId(),
                set(s.setName()),
                s.setTitle(),
                s.mode(),
                s.seed(),
                s.shuffle(),
                s.only(),
                s.order(),
                s.started());
    }

    /** The set named {@code name}, once {@link History#find} has adopted what was recorded under that name. */
    private SetRef set(String name) {
        SetRef set = sets.apply(name);
        if (adopted.add(set)) {
            history.find(set);
        }
        return set;
    }

    /**
     * Each set's finished sessions, best and last score, questions due today and the session in {@code mode} left
     * unfinished, and the questions due in every set, from the history (waiting for it to open); nothing when it
     * cannot be read, which {@link #report} tells after the quiz. A set is found by its file, so it makes no
     * difference where it was practised from.
     */
    @Override
    public synchronized Progress read(List<String> setPaths, AnswerMode mode) {
        if (!open()) {
            return new Progress(Map.of(), 0);
        }
        try {
            LocalDate today = LocalDate.now(clock);
            List<DueQuestion> due = history.due(today);
            Map<String, SetProgress> progress = new HashMap<>();
            for (String path : setPaths) {
                SetRef set = set(path);
                int dueHere = (int) due.stream()
                        .filter(d -> d.set().key().equals(set.key()))
                        .count();
                Optional<SetStats> stats =
                        history.sets(Optional.of(set.key())).stream().findFirst();
                Optional<Resumable> resumable =
                        history.unfinished(set.key(), mode).map(o -> resumable(path, o));
                progress.put(
                        path,
                        stats.map(s -> new SetProgress(s.attempts(), s.best(), s.last(), dueHere, resumable))
                                .orElse(new SetProgress(0, 0, 0, dueHere, resumable)));
            }
            notice = history.notice();
            return new Progress(progress, due.size());
        } catch (RuntimeException | LinkageError e) {
            failed(e);
            return new Progress(Map.of(), 0);
        }
    }

    private static Resumable resumable(String name, OpenSession o) {
        SessionStart s = o.start();
        return new Resumable(
                new Started(
                        name,
                        s.setTitle(),
                        s.sessionId(),
                        s.mode(),
                        s.seed(),
                        s.shuffle(),
                        s.only(),
                        s.order(),
                        s.started()),
                o.lastActive(),
                o.millis(),
                o.answers().stream()
                        .map(a -> new Resumable.Saved(a.questionId(), a.parts(), a.overridden()))
                        .toList());
    }

    /**
     * Keeps the first failure. A driver that cannot load its native library throws a LinkageError: it is kept
     * too, never let through to the screen.
     */
    private void failed(Throwable e) {
        if (history != null) {
            notice = history.notice();
        }
        failure = failure.or(() -> Optional.of(e instanceof StoreException ? e.getMessage() : e.toString()));
    }

    /**
     * What the learner must know at once, shown on screen over the quiz: the history was found damaged and moved
     * aside (at opening or since), else the answers are no longer being recorded, and why.
     */
    Optional<String> onScreen() {
        Optional<String> moved = notice;
        return moved.isPresent() ? moved : failure.map(f -> "answers from here on are not recorded: " + f);
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
