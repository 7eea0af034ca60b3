package dev.lectern.cli;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.store.ContentHash;
import dev.lectern.store.History;
import dev.lectern.store.QuestionStats;
import dev.lectern.store.SetRef;
import dev.lectern.store.SetStats;
import dev.lectern.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lectern stats [SET]}: from the history, per set (one set a file, from whichever folder and under whichever
 * name it was practised) the finished sessions with best, last and average score (each session's score as its
 * summary showed it), the sessions left unfinished, and the weakest questions by share of the points earned (each
 * session's final grade; an "I was right" earns full marks), only those below full marks; with SET, every question
 * of the set, those never answered as such. A question whose content changed since it was last answered is
 * marked, when the set file can still be read. {@code --relink OLD NEW} moves a moved or renamed set's history to
 * its new file. The report itself is {@link StatsReport}'s.
 */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description =
                "Show the history: per set the attempts, best, last and average score, and the weakest questions.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  lectern stats",
            "  lectern stats questions/01-istanbul-talks.yaml  # every question of one set",
            "  lectern stats --format csv > history.csv"
        })
public final class StatsCommand extends ValidatedCommand {
    private static final int WEAKEST = 5;

    enum Format {
        text,
        json,
        csv
    }

    @Parameters(
            paramLabel = "SET",
            arity = "0..1",
            description = "Only this question set (its file, from any folder); then every question is listed.")
    String set;

    @Option(
            names = "--relink",
            arity = "2",
            paramLabel = "PATH",
            description = "--relink OLD NEW: a set file moved or renamed: its history (at OLD, as stats showed it)"
                    + " goes to NEW, merged with any NEW has.")
    List<String> relink;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text (default), json or csv.")
    Format format;

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    @Option(names = "--reset", description = "Delete the history of SET, after asking (or at once with --yes).")
    boolean reset;

    @Option(names = "--yes", description = "With --reset: do not ask.")
    boolean yes;

    private final Path workingDir;
    private final Map<String, String> env;
    private final Clock clock;
    private final Console console;

    /** {@code console}: where {@code --reset} reads its confirmation. */
    public StatsCommand(Path workingDir, Map<String, String> env, Clock clock, Console console) {
        this.workingDir = workingDir;
        this.env = env;
        this.clock = clock;
        this.console = console;
    }

    /** {@code --relink} alone; {@code --reset} with the SET it deletes, {@code --yes} with {@code --reset}. */
    @Override
    void validate() {
        if (relink != null && (set != null || reset || yes)) {
            throw usage("--relink OLD NEW goes alone, without a SET, --reset or --yes");
        }
        if (reset && set == null) {
            throw usage("--reset needs the SET whose history goes");
        }
        if (yes && !reset) {
            throw usage("--yes only goes with --reset SET");
        }
    }

    @Override
    int execute() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = dataDir.historyFile(workingDir, env);
        if (relink != null) {
            return relink(file, out, err);
        }
        if (reset) {
            return reset(file, out, err);
        }
        if (!Files.exists(file)) {
            out.println("no history yet (" + file + ")");
            return ExitCode.OK.code();
        }
        List<StatsReport.Row> rows;
        try (History history = History.openToRead(file, clock)) {
            history.notice().ifPresent(n -> err.println("lectern stats: " + n));
            Optional<String> key = Optional.ofNullable(set).map(s -> history.find(SetRef.of(workingDir, s)));
            rows = history.sets(key).stream()
                    .map(s -> {
                        List<QuestionStats> qs = history.questions(s.setPath());
                        Optional<QuestionSet> loaded = load(s.set());
                        if (set != null) {
                            return new StatsReport.Row(s, everyQuestion(qs, loaded), changed(qs, loaded));
                        }
                        List<QuestionStats> weakest = qs.stream()
                                .filter(q -> !q.fullMarks())
                                .limit(WEAKEST)
                                .toList();
                        return new StatsReport.Row(s, weakest, changed(qs, loaded));
                    })
                    .toList();
        } catch (StoreException e) {
            err.println("lectern stats: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (rows.isEmpty()) {
            out.println(set != null ? "no history yet for " + set : "no history yet");
            return ExitCode.OK.code();
        }
        switch (format) {
            case json -> StatsReport.json(out, file, rows);
            case csv -> StatsReport.csv(out, rows);
            default -> StatsReport.text(out, file, rows, set != null);
        }
        out.flush();
        return ExitCode.OK.code();
    }

    private int reset(Path file, PrintWriter out, PrintWriter err) throws IOException {
        if (!Files.exists(file)) {
            out.println("no history yet (" + file + ")");
            return ExitCode.OK.code();
        }
        try (History history = History.open(file, clock)) {
            history.notice().ifPresent(n -> err.println("lectern stats: " + n));
            String key = history.find(SetRef.of(workingDir, set));
            long rows = history.rows(key);
            if (rows == 0) {
                out.println("no history yet for " + set);
                return ExitCode.OK.code();
            }
            if (!yes) {
                err.print("Delete the " + Words.count(rows, "recorded answer") + " of " + set + " from " + file
                        + "? [y/N] ");
                err.flush();
                String answer = new java.io.BufferedReader(
                                new java.io.InputStreamReader(console.stdin(), java.nio.charset.StandardCharsets.UTF_8))
                        .readLine();
                if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
                    out.println("nothing deleted");
                    return ExitCode.OK.code();
                }
            }
            long gone = history.reset(key);
            out.println("deleted the " + Words.count(gone, "recorded answer") + " of " + set);
            return ExitCode.OK.code();
        } catch (StoreException e) {
            err.println("lectern stats: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
    }

    /** The set's file loaded, when it is still there and loads. */
    private Optional<QuestionSet> load(SetRef ref) {
        Optional<Path> setFile = ref.file().or(() -> Optional.of(workingDir.resolve(ref.key())));
        if (!Files.isRegularFile(setFile.get())) {
            return Optional.empty();
        }
        return new QuestionSetLoader(ArticleLibrary.forProject(workingDir))
                .load(setFile.get(), ref.label())
                .set();
    }

    /**
     * Every question of the set, weakest first: those answered as the history has them, then those never answered
     * in the set's order; a question answered but no longer in the set stays listed among the answered.
     */
    private static List<QuestionStats> everyQuestion(List<QuestionStats> answered, Optional<QuestionSet> loaded) {
        List<QuestionStats> all = new java.util.ArrayList<>(answered);
        loaded.ifPresent(set -> set.questions().stream()
                .map(Question::id)
                .filter(id -> answered.stream().noneMatch(q -> q.questionId().equals(id)))
                .forEach(id -> all.add(new QuestionStats(id, 0, 0, 0, 0, ""))));
        return all;
    }

    private int relink(Path file, PrintWriter out, PrintWriter err) {
        String old = relink.get(0);
        SetRef now = SetRef.of(workingDir, relink.get(1));
        Optional<String> notASet = QuestionFiles.notOneSet(workingDir, Path.of(relink.get(1)));
        if (notASet.isPresent()) {
            err.println("lectern stats: --relink: " + notASet.get() + " (NEW is the set's file where it is now)");
            return ExitCode.USAGE.code();
        }
        if (!Files.exists(file)) {
            out.println("no history yet (" + file + ")");
            return ExitCode.OK.code();
        }
        try (History history = History.open(file, clock)) {
            history.notice().ifPresent(n -> err.println("lectern stats: " + n));
            Optional<String> from = oldKey(history, old);
            if (from.isEmpty()) {
                err.println("lectern stats: --relink: no history for " + old + "; lectern stats lists the sets"
                        + " with history, each under the name it was last given");
                return ExitCode.USAGE.code();
            }
            if (from.get().equals(now.key())) {
                err.println("lectern stats: --relink: " + old + " and " + relink.get(1) + " are the same set");
                return ExitCode.USAGE.code();
            }
            long moved = history.relink(from.get(), now);
            out.println("moved the " + Words.count(moved, "recorded answer") + " of " + old + " to " + now.key());
            return ExitCode.OK.code();
        } catch (StoreException e) {
            err.println("lectern stats: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
    }

    /** The set OLD names: its file's key, else the one set whose last name (as stats shows it) is OLD. */
    private Optional<String> oldKey(History history, String old) {
        String key = SetRef.of(workingDir, old).key();
        if (history.rows(key) > 0) {
            return Optional.of(key);
        }
        if (history.rows(old) > 0) {
            return Optional.of(old);
        }
        List<String> named = history.sets(Optional.empty()).stream()
                .filter(s -> s.set().label().equals(old))
                .map(SetStats::setPath)
                .toList();
        return named.size() == 1 ? Optional.of(named.get(0)) : Optional.empty();
    }

    /** Per question answered: whether its content hash now differs from its last attempt's (when the set loads). */
    private static Map<String, Boolean> changed(List<QuestionStats> qs, Optional<QuestionSet> loaded) {
        Map<String, Boolean> changed = new HashMap<>();
        if (loaded.isEmpty()) {
            return changed;
        }
        Map<String, String> now = new HashMap<>();
        for (Question q : loaded.get().questions()) {
            now.put(q.id(), ContentHash.of(q));
        }
        for (QuestionStats q : qs) {
            if (now.containsKey(q.questionId())) {
                changed.put(q.questionId(), !now.get(q.questionId()).equals(q.lastHash()));
            }
        }
        return changed;
    }
}
