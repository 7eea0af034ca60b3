package dev.lectern.cli;

import dev.lectern.batch.AtomicFile;
import dev.lectern.batch.BatchRun;
import dev.lectern.batch.CsvLayout;
import dev.lectern.batch.Encodings;
import dev.lectern.batch.InputFormat;
import dev.lectern.batch.OutFile;
import dev.lectern.batch.Progress;
import dev.lectern.batch.Report;
import dev.lectern.batch.ReportFormat;
import dev.lectern.batch.SheetGrader;
import dev.lectern.batch.SheetHistory;
import dev.lectern.batch.SheetInput;
import dev.lectern.batch.SheetReader;
import dev.lectern.batch.Totals;
import dev.lectern.batch.forms.ColumnOptions;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.ColumnMapFile;
import dev.lectern.load.LimitExceeded;
import dev.lectern.load.LoadResult;
import dev.lectern.load.NotUtf8Exception;
import dev.lectern.load.Problem;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.load.Utf8Reader;
import dev.lectern.model.QuestionSet;
import dev.lectern.store.StoreException;
import java.io.BufferedReader;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
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
    private final Clock clock;
    private final PrintWriter out;
    private final PrintWriter err;
    /** The {@code --out} file, checked when the run starts; empty for standard output. */
    private Optional<OutFile> report = Optional.empty();
    /** The articles the set was read with, which an {@code --out} report may not replace either. */
    private List<Path> articles = List.of();

    BatchLauncher(Path workingDir, Console console, Clock clock, PrintWriter out, PrintWriter err) {
        this.workingDir = workingDir;
        this.console = console;
        this.clock = clock;
        this.out = out;
        this.err = err;
    }

    /**
     * {@code history}: with {@code --record}, the history file each graded sheet is recorded in. It is opened after
     * the set and the answers, before the first sheet is graded: when it cannot be opened nothing is graded.
     */
    int run(Path setPath, BatchOptions o, Optional<Path> history) throws IOException {
        Optional<String> notASet = QuestionFiles.notOneSet(workingDir, setPath);
        if (notASet.isPresent()) {
            return usage(notASet.get());
        }
        LoadResult loaded = loadSet(setPath);
        Optional<QuestionSet> set = loaded.set();
        if (set.isEmpty()) {
            // A set with errors is a problem found, as under check and review --all (README: Exit status); a
            // file that cannot be read as a set at all (a pipe, past a limit) is input that cannot be read.
            return (loaded.unreadable() ? ExitCode.USAGE : ExitCode.PROBLEMS).code();
        }
        boolean fromStdin = o.answers == null || o.answers.equals("-");
        if (o.out != null) {
            // Before any sheet is read: the report must not replace the answers, the set or a folder.
            OutFile.Checked checked =
                    OutFile.check(workingDir.resolve(o.out), o.out.toString(), inputs(setPath, o, fromStdin, history));
            if (checked.refusal().isPresent()) {
                return usage(checked.refusal().get());
            }
            report = checked.file();
        }
        if (fromStdin && console.stdinClosed()) {
            return usage("no answer sheets: standard input is closed; give --answers FILE, or pipe the sheets to"
                    + " standard input");
        }
        if (fromStdin && console.stdinIsTerminal()) {
            return usage("no answer sheets: give --answers FILE, or pipe the sheets to standard input");
        }
        InputStream in;
        long size = -1;
        if (fromStdin) {
            in = console.stdin();
        } else {
            Path file = workingDir.resolve(o.answers);
            if (Files.isDirectory(file)) {
                return folder(setPath, set.get(), file, o, history);
            }
            try {
                // The whole file is proved UTF-8 before a sheet is graded: one read more, never a mis-decoded name.
                Optional<Problem> notUtf8 =
                        Files.isRegularFile(file) ? Utf8Reader.check(file, o.answers) : Optional.empty();
                if (notUtf8.isPresent()) {
                    err.println(notUtf8.get());
                    return usage(o.answers + " is not " + encoding(notUtf8.get()) + "; nothing was graded");
                }
                if (Files.isRegularFile(file) || !Files.exists(file)) {
                    in = Files.newInputStream(file);
                    size = Files.size(file);
                } else {
                    // A FIFO or <(…): JDK 17's channel stream asks a pipe for its position ("Illegal seek").
                    in = new FileInputStream(file.toFile());
                }
            } catch (NoSuchFileException e) {
                return usage("cannot read the answers: no such file: " + o.answers);
            } catch (IOException e) {
                return usage("cannot read the answers: " + o.answers + ": " + e.getMessage());
            }
        }
        Progress progress = console.stderrIsTerminal() ? Progress.on(err, in, size) : Progress.none();
        if (console.stderrIsTerminal()) {
            in = progress.input();
        }
        try (BufferedReader reader = new BufferedReader(Encodings.open(in, fromStdin ? STDIN : o.answers), 1 << 16)) {
            InputFormat format;
            if (o.inputFormat != null) {
                format = o.inputFormat;
            } else if (fromStdin) {
                if (isEmpty(reader)) {
                    return usage("no answer sheets: standard input is empty");
                }
                format = InputFormat.sniff(reader);
            } else {
                Optional<InputFormat> named = InputFormat.fromName(o.answers);
                if (named.isEmpty()) {
                    return usage("cannot tell the format of " + o.answers + " from its name; add --input-format"
                            + " yaml, jsonl or csv");
                }
                format = named.get();
            }
            String shown = fromStdin ? STDIN : o.answers;
            Optional<CsvLayout> layout = csvLayout(o);
            if (layout.isEmpty()) {
                return ExitCode.USAGE.code();
            }
            SheetReader sheets = SheetInput.open(format, reader, shown, set.get(), layout.get());
            if (o.showColumns || sheets.columns().isPresent()) {
                Optional<Integer> stop = new ColumnReport(shown, out, err).check(sheets, o.showColumns);
                if (stop.isPresent()) {
                    return stop.get();
                }
            }
            return grade(setPath, set.get(), sheets, shown, progress, o, history);
        } catch (LimitExceeded e) {
            return refused(e, o);
        } catch (IOException | RuntimeException e) {
            // Standard input cannot be proved before it is read: its first bad byte stops the run there.
            Optional<NotUtf8Exception> notUtf8 = notUtf8(e);
            if (notUtf8.isEmpty()) {
                throw e;
            }
            err.println(notUtf8.get().problem());
            return usage((fromStdin ? "standard input" : o.answers) + " is not "
                    + encoding(notUtf8.get().problem()) + "; nothing after that byte was"
                    + " graded" + (o.out != null ? " and " + o.out + " was not written" : ""));
        }
    }

    /**
     * Sheets past one of the limits on what is read (a line that never ends, nesting 10,000 deep): reading cannot
     * go on from there, so the run fails and an {@code --out} file is not written.
     */
    private int refused(LimitExceeded e, BatchOptions o) {
        err.println(e.problem());
        // Standard output is spooled as an --out file is written: nothing of the report went out.
        return usage(e.problem().file() + " was not read to the end (the limits are in docs/limits.md); "
                + (o.out != null ? o.out + " was not written" : "no report was written"));
    }

    /** What a file that failed to decode is not: valid UTF-16 when it has the mark of UTF-16, else UTF-8. */
    private static String encoding(Problem notDecoded) {
        return notDecoded.message().startsWith("not valid UTF-16") ? "valid UTF-16" : "UTF-8";
    }

    private static Optional<NotUtf8Exception> notUtf8(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof NotUtf8Exception n) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    /** A folder of sheets ({@code --answers DIR/}, the hand-ins of a class): every sheet of every file in it. */
    private int folder(Path setPath, QuestionSet set, Path dir, BatchOptions o, Optional<Path> history)
            throws IOException {
        if (o.showColumns) {
            return usage("--show-columns reads one CSV export; " + o.answers + " is a folder");
        }
        Optional<CsvLayout> layout = csvLayout(o);
        if (layout.isEmpty()) {
            return ExitCode.USAGE.code();
        }
        try (SheetFolder sheets = SheetFolder.open(dir, o.answers, set, layout.get())) {
            if (sheets.isEmpty()) {
                return usage("no answer sheets in " + o.answers + ": it has no .jsonl, .yaml or .csv file");
            }
            return grade(setPath, set, sheets, o.answers, Progress.none(), o, history);
        } catch (LimitExceeded e) {
            return refused(e, o);
        }
    }

    private int grade(
            Path setPath,
            QuestionSet set,
            SheetReader sheets,
            String shown,
            Progress progress,
            BatchOptions o,
            Optional<Path> history)
            throws IOException {
        SheetGrader grader = new SheetGrader(set, o.pass != null ? o.pass : OptionalDouble.empty());
        BatchRun run = new BatchRun(grader, shown, err).withStats(o.stats).withProgress(progress);
        AtomicFile file;
        try {
            // Standard output too is written whole or not at all: the report waits in a temporary file until the
            // last sheet is graded, so a run refused part-way (a limit, a bad byte) prints no half report.
            file = report.isPresent() ? report.get().open() : AtomicFile.spool(out);
        } catch (IOException e) {
            return usage("cannot write " + reportName(o) + ": " + e.getMessage());
        }
        // Closed without a commit (a history that cannot be opened, an error), the report is not written.
        try (AtomicFile target = file) {
            return history.isEmpty()
                    ? grade(run, sheets, setPath, o, target)
                    : gradeAndRecord(run, sheets, setPath, o, target, history.get(), shown);
        }
    }

    /** The CSV options: the name columns and the column map; empty after saying what is wrong with the map. */
    private Optional<CsvLayout> csvLayout(BatchOptions o) {
        List<String> student = o.studentColumns();
        Map<String, String> columns = Map.of();
        if (o.columns != null) {
            ColumnMapFile.Columns map = ColumnMapFile.read(workingDir.resolve(o.columns), o.columns.toString());
            if (!map.problems().isEmpty()) {
                map.problems().forEach(err::println);
                usage("the column map " + o.columns + " cannot be used; nothing was graded");
                return Optional.empty();
            }
            columns = map.columns();
            if (student.isEmpty()) {
                student = map.student();
            }
        }
        return Optional.of(new CsvLayout(new ColumnOptions(student, columns), Optional.ofNullable(o.delimiter)));
    }

    /**
     * {@code --record}: opens the history (when it cannot be, nothing is graded), grades with each sheet recorded,
     * and says what was recorded; a sheet that could not be recorded makes the exit code 2.
     */
    private int gradeAndRecord(
            BatchRun run,
            SheetReader sheets,
            Path setPath,
            BatchOptions o,
            AtomicFile target,
            Path history,
            String shown)
            throws IOException {
        SheetHistory recording;
        try {
            recording = SheetHistory.open(
                    history,
                    clock,
                    run.grader().set(),
                    dev.lectern.store.SetRef.of(workingDir, setPath.toString()),
                    shown);
        } catch (StoreException e) {
            return usage(e.getMessage() + "; nothing was graded (--record)");
        }
        recording.notice().ifPresent(n -> err.println("lectern: " + n));
        int code;
        try (recording) {
            code = grade(run.recordingTo(recording), sheets, setPath, o, target);
        }
        recording.failure().ifPresent(err::println);
        err.println("lectern: recorded " + Words.count(recording.sheets(), "sheet") + " ("
                + Words.count(recording.answers(), "answer") + ") in " + recording.file());
        return recording.failure().isPresent() ? ExitCode.USAGE.code() : code;
    }

    /** Where the report goes, in messages: the {@code --out} file, or standard output by way of a temporary file. */
    private static String reportName(BatchOptions o) {
        return o.out != null
                ? o.out.toString()
                : "the report to a temporary file in " + System.getProperty("java.io.tmpdir")
                        + " (standard output is written once every sheet is graded)";
    }

    /**
     * Grades every sheet into {@code file}, the report {@code o} asks for (the {@code --out} file, or standard output
     * spooled), committed at the end; the exit code from the totals.
     */
    private int grade(BatchRun run, SheetReader sheets, Path setPath, BatchOptions o, AtomicFile file)
            throws IOException {
        SheetGrader grader = run.grader();
        Report.Context context =
                new Report.Context(grader.set(), setPath.toString(), grader.passMark(), o.details, o.csvRaw);
        Report report = Report.of(o.format != null ? o.format : ReportFormat.text, file.writer(), context);
        Totals totals;
        try {
            totals = run.run(sheets, report);
        } catch (IOException e) {
            if (!file.failed()) {
                throw e;
            }
            err.println("lectern: cannot write " + reportName(o) + ": " + e.getMessage() + "; the report is lost");
            return ExitCode.USAGE.code();
        }
        if (totals.graded() == 0 && totals.malformed() == 0) {
            // An empty file, or a CSV of a header alone: a class of nobody must not pass a CI job. The report is
            // not written (an --out file is left as it was).
            err.println("lectern: no answer sheets in "
                    + (o.answers == null || o.answers.equals("-") ? "standard input" : o.answers)
                    + ": nothing was graded");
            return ExitCode.USAGE.code();
        }
        try {
            file.commit();
        } catch (IOException e) {
            err.println("lectern: cannot write " + reportName(o) + ": " + e.getMessage() + "; the report is lost"
                    + (this.report.map(OutFile::regular).orElse(false) ? " (the file was left as it was)" : ""));
            return ExitCode.USAGE.code();
        }
        if (totals.malformed() > 0) {
            return ExitCode.USAGE.code();
        }
        return totals.failed() > 0 ? ExitCode.PROBLEMS.code() : ExitCode.OK.code();
    }

    /** The set, or empty after printing its problems as {@code check} does. Warnings are printed too. */
    private LoadResult loadSet(Path setPath) {
        Path setFile = workingDir.resolve(setPath);
        ArticleLibrary library = ArticleLibrary.forProject(workingDir);
        LoadResult loaded = new QuestionSetLoader(library).load(setFile, setPath.toString());
        articles = library.filesRead();
        if (!loaded.problems().isEmpty()) {
            new ProblemPrinter().printText(loaded.problems(), Map.of(setPath.toString(), setFile), err);
        }
        if (loaded.set().isEmpty()) {
            long errors = loaded.problems().stream().filter(p -> p.isError()).count();
            err.println("lectern: " + setPath + " cannot be used: " + Words.count(errors, "error"));
        }
        return loaded;
    }

    /** What the run reads, none of which an {@code --out} report may replace. */
    private List<OutFile.Input> inputs(Path setPath, BatchOptions o, boolean fromStdin, Optional<Path> history) {
        List<OutFile.Input> inputs = new ArrayList<>();
        inputs.add(OutFile.Input.file(workingDir.resolve(setPath), "the question set"));
        articles.forEach(a -> inputs.add(OutFile.Input.file(a, "the set's article")));
        if (!fromStdin) {
            Path answers = workingDir.resolve(o.answers);
            inputs.add(
                    Files.isDirectory(answers)
                            ? OutFile.Input.sheetFolder(answers, o.answers)
                            : OutFile.Input.file(answers, "the answers file"));
        }
        if (o.columns != null) {
            inputs.add(OutFile.Input.file(workingDir.resolve(o.columns), "the column map"));
        }
        history.ifPresent(h -> inputs.add(OutFile.Input.file(h, "the history")));
        return inputs;
    }

    private int usage(String message) {
        err.println("lectern: " + message);
        return ExitCode.USAGE.code();
    }

    private static boolean isEmpty(BufferedReader reader) throws IOException {
        reader.mark(1);
        boolean empty = reader.read() < 0;
        reader.reset();
        return empty;
    }
}
