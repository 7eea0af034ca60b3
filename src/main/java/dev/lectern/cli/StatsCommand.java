package dev.lectern.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.store.ContentHash;
import dev.lectern.store.History;
import dev.lectern.store.QuestionStats;
import dev.lectern.store.SetStats;
import dev.lectern.store.StoreException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
 * (each session's points of the points possible in the questions it answered), and the weakest questions by
 * share answered right (each session's final grade; an "I was right" counts as right). A question whose
 * content changed since it was last answered is marked, when the set file can still be read.
 */
@Command(name = "stats", mixinStandardHelpOptions = true,
        description = "Show the history: per set the attempts, best, last and average score, and the weakest questions.")
public final class StatsCommand implements Callable<Integer> {
    private static final int WEAKEST = 5;
    private static final JsonFactory JSON = JsonFactory.builder().build();
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

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

    /** One set's line in the report: its stats, its questions (weakest first) and which changed since. */
    record Row(SetStats set, List<QuestionStats> questions, Map<String, Boolean> changed) {
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
        List<Row> rows;
        try (History history = History.open(file, clock)) {
            history.notice().ifPresent(n -> err.println("lectern stats: " + n));
            rows = history.sets(Optional.ofNullable(set)).stream().map(s -> {
                List<QuestionStats> qs = history.questions(s.setPath());
                return new Row(s, set != null ? qs : qs.subList(0, Math.min(WEAKEST, qs.size())),
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
            case json -> json(out, file, rows);
            case csv -> csv(out, rows);
            default -> text(out, file, rows);
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

    private static final String BARS = "▁▂▃▄▅▆▇█";
    private static final int CHART_WIDTH = 40;

    /** One bar a session (the last {@value #CHART_WIDTH}), its height the score on a fixed 0 to 100 % scale. */
    static String chart(List<Double> scores) {
        StringBuilder b = new StringBuilder();
        for (double score : scores.subList(Math.max(0, scores.size() - CHART_WIDTH), scores.size())) {
            int level = (int) Math.round(Math.max(0, Math.min(100, score)) / 100 * (BARS.length() - 1));
            b.append(BARS.charAt(level));
        }
        return b.toString();
    }

    static String percent(double p) {
        return Math.abs(p - Math.rint(p)) < 1e-9 ? String.format(Locale.ROOT, "%.0f%%", p)
                : String.format(Locale.ROOT, "%.1f%%", p);
    }

    private void text(PrintWriter out, Path file, List<Row> rows) {
        out.println("History in " + file);
        for (Row r : rows) {
            SetStats s = r.set();
            out.println();
            out.println("  " + s.setPath() + " · " + s.title());
            out.println("    " + Words.count(s.attempts(), "attempt") + " · best " + percent(s.best()) + " · last "
                    + percent(s.last()) + " · average " + percent(s.average()) + " · last practised "
                    + WHEN.format(s.lastAnswered()));
            if (s.scores().size() > 1) {
                out.println("    scores over time: " + chart(s.scores()) + "  (0 to 100%, oldest first)");
            }
            if (!r.questions().isEmpty()) {
                out.println("    " + (set != null ? "questions, weakest first:" : "weakest questions:"));
                for (QuestionStats q : r.questions()) {
                    out.println("      " + q.questionId() + "  " + percent(100 * q.shareRight()) + " right ("
                            + q.right() + " of " + q.answered() + ")"
                            + (r.changed().getOrDefault(q.questionId(), false) ? "  · changed since" : ""));
                }
            }
        }
    }

    private static void json(PrintWriter out, Path file, List<Row> rows) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("history", file.toString());
            json.writeArrayFieldStart("sets");
            for (Row r : rows) {
                SetStats s = r.set();
                json.writeStartObject();
                json.writeStringField("set", s.setPath());
                json.writeStringField("title", s.title());
                json.writeNumberField("attempts", s.attempts());
                json.writeNumberField("answers", s.answers());
                json.writeNumberField("best", s.best());
                json.writeNumberField("last", s.last());
                json.writeNumberField("average", s.average());
                json.writeStringField("lastPractised", s.lastAnswered().toString());
                json.writeArrayFieldStart("scores");
                for (double score : s.scores()) {
                    json.writeNumber(score);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("questions");
                for (QuestionStats q : r.questions()) {
                    json.writeStartObject();
                    json.writeStringField("id", q.questionId());
                    json.writeNumberField("answered", q.answered());
                    json.writeNumberField("right", q.right());
                    json.writeNumberField("shareRight", q.shareRight());
                    if (r.changed().containsKey(q.questionId())) {
                        json.writeBooleanField("changedSince", r.changed().get(q.questionId()));
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
    }

    /** One row per question listed, with its set's figures repeated, so a spreadsheet can filter either way. */
    private static void csv(PrintWriter out, List<Row> rows) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord("set", "title", "attempts", "answers", "best", "last", "average", "last_practised",
                "question", "answered", "right", "share_right", "changed_since");
        for (Row r : rows) {
            SetStats s = r.set();
            List<String> head = List.of(s.setPath(), s.title(), String.valueOf(s.attempts()),
                    String.valueOf(s.answers()), number(s.best()), number(s.last()), number(s.average()),
                    s.lastAnswered().toString());
            if (r.questions().isEmpty()) {
                csv.writeRecord(concat(head, List.of("", "", "", "", "")));
            }
            for (QuestionStats q : r.questions()) {
                Boolean changed = r.changed().get(q.questionId());
                csv.writeRecord(concat(head, List.of(q.questionId(), String.valueOf(q.answered()),
                        String.valueOf(q.right()), number(q.shareRight()), changed == null ? "" : changed.toString())));
            }
        }
        csv.flush();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String number(double d) {
        return Math.abs(d - Math.rint(d)) < 1e-9 ? String.valueOf((long) Math.rint(d))
                : String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "");
    }
}
