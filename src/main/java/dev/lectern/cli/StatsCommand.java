package dev.lectern.cli;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.store.ContentHash;
import dev.lectern.store.History;
import dev.lectern.store.QuestionStats;
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
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lectern stats [SET]}: from the history, per set the sessions taken with best, last and average score
 * (each session's score as its summary showed it), and the weakest questions by share answered right (each
 * session's final grade; an "I was right" counts as right). A question whose content changed since it was last
 * answered is marked, when the set file can still be read. The report itself is {@link StatsReport}'s.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Show the history: per set the attempts, best, last and average score, and the weakest questions.",
        footerHeading = "%nExamples:%n",
        footer = {"  lectern stats",
            "  lectern stats questions/01-istanbul-talks.yaml  # every question of one set",
            "  lectern stats --format csv > history.csv"})
public final class StatsCommand implements Callable<Integer> {
    private static final int WEAKEST = 5;

    enum Format { text, json, csv }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SET", arity = "0..1",
            description = "Only this question set (as it was named when practised); then every question is listed.")
    String set;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json or csv.")
    Format format;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the history is kept"
            + " (default: $LECTERN_HOME, else $XDG_DATA_HOME/lectern, else ~/.local/share/lectern).")
    Path dataDir;

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

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = LecternCommand.historyFile(dataDir, workingDir, env);
        if (reset || yes) {
            return reset(file, out, err);
        }
        if (!Files.exists(file)) {
            out.println("no history yet (" + file + ")");
            return ExitCode.OK.code();
        }
        List<StatsReport.Row> rows;
        try (History history = History.open(file, clock)) {
            history.notice().ifPresent(n -> err.println("lectern stats: " + n));
            rows = history.sets(Optional.ofNullable(set)).stream().map(s -> {
                List<QuestionStats> qs = history.questions(s.setPath());
                return new StatsReport.Row(s, set != null ? qs : qs.subList(0, Math.min(WEAKEST, qs.size())),
                        changed(s.setPath(), qs));
            }).toList();
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
        if (!reset || set == null) {
            err.println("lectern stats: " + (reset ? "--reset needs the SET whose history goes"
                    : "--yes only goes with --reset SET"));
            return ExitCode.USAGE.code();
        }
        if (!Files.exists(file)) {
            out.println("no history yet (" + file + ")");
            return ExitCode.OK.code();
        }
        try (History history = History.open(file, clock)) {
            history.notice().ifPresent(n -> err.println("lectern stats: " + n));
            long rows = history.rows(set);
            if (rows == 0) {
                out.println("no history yet for " + set);
                return ExitCode.OK.code();
            }
            if (!yes) {
                err.print("Delete the " + Words.count(rows, "recorded answer") + " of " + set + " from " + file
                        + "? [y/N] ");
                err.flush();
                String answer = new java.io.BufferedReader(new java.io.InputStreamReader(console.stdin(),
                        java.nio.charset.StandardCharsets.UTF_8)).readLine();
                if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
                    out.println("nothing deleted");
                    return ExitCode.OK.code();
                }
            }
            long gone = history.reset(set);
            out.println("deleted the " + Words.count(gone, "recorded answer") + " of " + set);
            return ExitCode.OK.code();
        } catch (StoreException e) {
            err.println("lectern stats: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
    }

    /** Per question answered: whether its content hash now differs from its last attempt's (when the set loads). */
    private Map<String, Boolean> changed(String setPath, List<QuestionStats> qs) {
        Map<String, Boolean> changed = new HashMap<>();
        Path setFile = workingDir.resolve(setPath);
        if (!Files.isRegularFile(setFile)) {
            return changed;
        }
        Optional<QuestionSet> loaded = new QuestionSetLoader(ArticleLibrary.forProject(workingDir))
                .load(setFile, setPath).set();
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
