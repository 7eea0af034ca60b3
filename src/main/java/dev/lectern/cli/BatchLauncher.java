package dev.lectern.cli;

import dev.lectern.batch.AtomicFile;
import dev.lectern.batch.BatchRun;
import dev.lectern.batch.InputFormat;
import dev.lectern.batch.Progress;
import dev.lectern.batch.Report;
import dev.lectern.batch.ReportFormat;
import dev.lectern.batch.SheetGrader;
import dev.lectern.batch.SheetReader;
import dev.lectern.batch.Totals;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code lectern --batch SET}: loads the set (reporting its problems as {@code check} does), opens the sheets
 * and the report, and runs the batch grading. Never touches a terminal. Exit 0: all graded (and passed where a
 * pass mark applies); 1: someone below the pass mark; 2: a broken set, unreadable answers or malformed sheets.
 */
final class BatchLauncher {
    static final String STDIN = "<stdin>";

    private final Path workingDir;
    private final Console console;
    private final PrintWriter out;
    private final PrintWriter err;

    BatchLauncher(Path workingDir, Console console, PrintWriter out, PrintWriter err) {
        this.workingDir = workingDir;
        this.console = console;
        this.out = out;
        this.err = err;
    }

    int run(Path setPath, BatchOptions o) throws IOException {
        Path setFile = workingDir.resolve(setPath);
        if (!Files.isRegularFile(setFile)) {
            err.println("lectern: no such question set: " + setPath);
            return ExitCode.USAGE.code();
        }
        LoadResult loaded = new QuestionSetLoader(ArticleLibrary.forProject(workingDir)).load(setFile, setPath.toString());
        if (!loaded.problems().isEmpty()) {
            new ProblemPrinter().printText(loaded.problems(), Map.of(setPath.toString(), setFile), err);
        }
        if (loaded.set().isEmpty()) {
            long errors = loaded.problems().stream().filter(p -> p.isError()).count();
            err.println("lectern: " + setPath + " cannot be used: " + Words.count(errors, "error"));
            return ExitCode.USAGE.code();
        }
        if (o.stats && o.format == ReportFormat.csv) {
            err.println("lectern: --stats goes with --format text, json or jsonl; a CSV gradebook has no room for it"
                    + " (run once more with --format text --stats)");
            return ExitCode.USAGE.code();
        }
        boolean fromStdin = o.answers == null || o.answers.equals("-");
        if (fromStdin && console.stdinIsTerminal()) {
            err.println("lectern: no answer sheets: give --answers FILE, or pipe the sheets to standard input");
            return ExitCode.USAGE.code();
        }
        String shown = fromStdin ? STDIN : o.answers;
        InputStream in;
        long size = -1;
        if (fromStdin) {
            in = console.stdin();
        } else {
            if (Files.isDirectory(workingDir.resolve(o.answers))) {
                err.println("lectern: cannot read the answers: " + o.answers + " is a folder; give a file of sheets");
                return ExitCode.USAGE.code();
            }
            try {
                in = Files.newInputStream(workingDir.resolve(o.answers));
                size = Files.size(workingDir.resolve(o.answers));
            } catch (NoSuchFileException e) {
                err.println("lectern: cannot read the answers: no such file: " + o.answers);
                return ExitCode.USAGE.code();
            } catch (IOException e) {
                err.println("lectern: cannot read the answers: " + o.answers + ": " + e.getMessage());
                return ExitCode.USAGE.code();
            }
        }
        Progress progress = console.stderrIsTerminal() ? Progress.on(err, in, size) : Progress.none();
        if (console.stderrIsTerminal()) {
            in = progress.input();
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
            InputFormat format = o.inputFormat != null ? o.inputFormat
                    : fromStdin ? InputFormat.sniff(reader)
                    : InputFormat.fromName(o.answers).orElse(null);
            if (fromStdin && o.inputFormat == null && isEmpty(reader)) {
                err.println("lectern: no answer sheets: standard input is empty");
                return ExitCode.USAGE.code();
            }
            if (format == null) {
                err.println("lectern: cannot tell the format of " + o.answers + " from its name; add --input-format"
                        + " yaml, jsonl or csv");
                return ExitCode.USAGE.code();
            }
            SheetReader sheets = BatchRun.reader(format, reader, shown, Optional.ofNullable(o.studentColumn));
            SheetGrader grader = new SheetGrader(loaded.set().get(),
                    o.pass != null ? o.pass : OptionalDouble.empty());
            Report.Context context = new Report.Context(loaded.set().get(), setPath.toString(), grader.passMark(),
                    o.details);
            ReportFormat reportFormat = o.format != null ? o.format : ReportFormat.text;
            BatchRun run = new BatchRun(grader, shown, err).withStats(o.stats).withProgress(progress);
            Totals totals;
            if (o.out == null) {
                totals = run.run(sheets, Report.of(reportFormat, out, context));
                out.flush();
            } else {
                AtomicFile created;
                try {
                    created = AtomicFile.create(workingDir.resolve(o.out));
                } catch (IOException e) {
                    err.println("lectern: cannot write " + o.out + ": " + e.getMessage());
                    return ExitCode.USAGE.code();
                }
                try (AtomicFile file = created) {
                    Writer w = file.writer();
                    totals = run.run(sheets, Report.of(reportFormat, w, context));
                    file.commit();
                }
            }
            if (totals.malformed() > 0) {
                return ExitCode.USAGE.code();
            }
            return totals.failed() > 0 ? ExitCode.PROBLEMS.code() : ExitCode.OK.code();
        }
    }

    private static boolean isEmpty(BufferedReader reader) throws IOException {
        reader.mark(1);
        boolean empty = reader.read() < 0;
        reader.reset();
        return empty;
    }
}
