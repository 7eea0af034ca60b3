package dev.lectern.cli;

import dev.lectern.engine.SessionOptions;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.QuestionSet;
import dev.lectern.store.History;
import dev.lectern.store.SetRef;
import dev.lectern.store.StoreException;
import dev.lectern.tui.Ahead;
import dev.lectern.tui.AnswerLog;
import dev.lectern.tui.NameView;
import dev.lectern.tui.SetEntry;
import dev.lectern.tui.StartView;
import dev.lectern.tui.Theme;
import dev.lectern.tui.View;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Opens the text UI: checks there is a terminal, loads the sets, and starts on the start screen or one set. */
final class QuizLauncher {
    private final Path workingDir;
    private final PrintWriter err;
    private final Clock clock;
    private final TextScreen screen;
    private Optional<HandIn> handIn = Optional.empty();

    /** {@code clock}: the quiz's time (its timer, when answers are recorded); {@code screen}: where it is drawn. */
    QuizLauncher(Path workingDir, PrintWriter err, Clock clock, TextScreen screen) {
        this.workingDir = workingDir;
        this.err = err;
        this.clock = clock;
        this.screen = screen;
    }

    /**
     * Hands the session's answers in through {@code sheet} ({@code --hand-in}), asking the learner's name first
     * when {@code askName}; returns this launcher.
     */
    QuizLauncher handingIn(HandIn sheet, boolean askName) {
        this.handIn = Optional.of(sheet);
        this.askName = askName;
        return this;
    }

    private boolean askName;

    /** {@code history}: the file the answers are recorded in. */
    int run(Path path, SessionOptions options, boolean noColor, Path history) {
        return run(path, options, noColor, history, false);
    }

    /** {@code missed}: only the questions of the set answered wrongly in its last session (one set only). */
    int run(Path path, SessionOptions options, boolean noColor, Path history, boolean missed) {
        // First of all, on a thread of its own, the theme (see Theme.forStart: some 15 ms that would otherwise
        // hold up the first screen).
        Ahead<Theme> theme = Ahead.start("lectern-theme", () -> Theme.forStart(!noColor));
        if (!screen.present()) {
            err.println("lectern: the quiz needs a terminal, and standard input or output is not one."
                    + " To grade answer sheets in a script use --batch; to list the sets use --list.");
            return ExitCode.USAGE.code();
        }
        Optional<String> unfit = screen.unfit();
        if (unfit.isPresent()) {
            err.println(TextScreen.refusal("lectern", unfit.get()));
            return ExitCode.USAGE.code();
        }
        Path shown = path != null ? path : Path.of("questions");
        Path resolved = workingDir.resolve(shown);
        if (!Files.exists(resolved)) {
            err.println("lectern: no such file or folder: " + shown);
            return ExitCode.USAGE.code();
        }
        // Ask the terminal for its modes and size while the sets load.
        TextScreen.Opened terminal = screen.open();
        QuestionSetLoader loader = new QuestionSetLoader(ArticleLibrary.forProject(workingDir));
        // Each set by the name the learner sees; under LC_ALL=C a listed name cannot be turned back into a path, so
        // the history finds the set by its file.
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path f : QuestionFiles.under(resolved)) {
            files.put(FileNameEncoding.shown(f.equals(resolved) ? shown : shown.resolve(resolved.relativize(f))), f);
        }
        // The clock's time zone is the learner's: an answer is due again on the learner's next day.
        HistoryLog log = new HistoryLog(
                history,
                clock,
                name -> files.containsKey(name) ? SetRef.ofFile(files.get(name), name) : SetRef.of(workingDir, name));
        int code;
        try (log) {
            if (missed && Files.isDirectory(resolved)) {
                err.println("lectern: --missed retries one question set; give its file, not the folder " + shown);
                return ExitCode.USAGE.code();
            }
            code = run(shown, resolved, loader, files, options, theme, clock, terminal, log, missed, history);
        }
        // After close, which waits for the last writes: the report says what was and was not recorded.
        log.report(err);
        handIn.ifPresent(h -> h.report(err));
        return code;
    }

    private int run(
            Path shown,
            Path resolved,
            QuestionSetLoader loader,
            Map<String, Path> files,
            SessionOptions options,
            Ahead<Theme> theme,
            Clock clock,
            TextScreen.Opened terminal,
            HistoryLog log,
            boolean missed,
            Path history) {
        View first;
        if (Files.isDirectory(resolved) && handIn.isPresent()) {
            err.println("lectern: --hand-in hands in one question set; give its file, not the folder " + shown);
            return ExitCode.USAGE.code();
        }
        if (Files.isDirectory(resolved)) {
            // The sets load after the start screen is first drawn, so a learner sees it at once.
            List<SetEntry> pending =
                    files.keySet().stream().map(SetEntry::pending).toList();
            first = new StartView(pending, name -> entry(loader, name, files.get(name)), options, clock)
                    .recordingTo(log)
                    .showingProgressFrom(log);
        } else {
            SetEntry only = entry(loader, shown.toString(), resolved);
            if (only.set().isEmpty()) {
                err.println("lectern: " + only.file() + " cannot be used: " + only.problem());
                return ExitCode.PROBLEMS.code();
            }
            SessionOptions chosen = options;
            if (missed) {
                Optional<List<String>> ids;
                try {
                    ids = missedQuestions(
                            history,
                            SetRef.of(workingDir, shown.toString()),
                            only.set().get(),
                            clock);
                } catch (StoreException e) {
                    err.println("lectern: " + e.getMessage());
                    return ExitCode.USAGE.code();
                }
                if (ids.isEmpty()) {
                    err.println("lectern: nothing to retry: no question of " + shown
                            + " was answered wrongly in its last session");
                    return ExitCode.OK.code();
                }
                chosen = options.onlyQuestions(ids.get());
            }
            AnswerLog answers = handIn.isPresent() ? handIn.get().forwardingTo(log) : log;
            StartView home = new StartView(List.of(only), chosen, clock)
                    .recordingTo(answers)
                    .showingProgressFrom(log);
            first = home.opening(only.file(), only.set().get());
            if (handIn.isPresent() && askName) {
                View quiz = first;
                first = new NameView(
                        only.set().get().title() + " · handed in when you finish", handIn.get()::named, () -> quiz);
            }
        }
        // Loading the SQLite driver takes a CPU for some 50 ms: only once the first screen is up.
        return terminal.run(first, theme::get, log::openInBackground, log::onScreen, clock, err);
    }

    /**
     * The questions of {@code set} (its file and name: {@code setRef}) not answered right in its last recorded
     * session and still in the set; empty when there are none, or no history yet.
     */
    static Optional<List<String>> missedQuestions(Path history, SetRef setRef, QuestionSet set, Clock clock) {
        if (!Files.exists(history)) {
            return Optional.empty();
        }
        try (History h = History.openToRead(history, clock)) {
            List<String> ids = h.lastMissed(h.find(setRef)).stream()
                    .filter(id -> set.questions().stream().anyMatch(q -> q.id().equals(id)))
                    .toList();
            return ids.isEmpty() ? Optional.empty() : Optional.of(ids);
        }
    }

    private static SetEntry entry(QuestionSetLoader loader, String name, Path file) {
        LoadResult r = loader.load(file, name);
        long errors = r.problems().stream().filter(p -> p.isError()).count();
        return new SetEntry(name, r.set(), Words.count(errors, "error") + "; run: lectern check " + name);
    }
}
