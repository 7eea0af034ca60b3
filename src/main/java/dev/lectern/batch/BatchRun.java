package dev.lectern.batch;

import dev.lectern.load.Pos;
import dev.lectern.load.Problem;
import dev.lectern.load.Severity;
import dev.lectern.model.Quoted;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One batch run: reads sheets one at a time, grades them on all cores, records each in the history when asked, and
 * hands it to the report in input order. Malformed sheets and warnings go to {@code err} as {@code file:line:col: severity: message}; the
 * other sheets are still graded.
 */
public final class BatchRun {
    private final SheetGrader grader;
    private final String file;
    private final PrintWriter err;
    private boolean stats;
    private Progress progress = Progress.none();
    private Optional<SheetHistory> history = Optional.empty();
    private int threads = Runtime.getRuntime().availableProcessors();

    /** {@code file} is the input's name in warnings, as typed ({@code <stdin>} for standard input). */
    public BatchRun(SheetGrader grader, String file, PrintWriter err) {
        this.grader = grader;
        this.file = file;
        this.err = err;
    }

    public SheetGrader grader() {
        return grader;
    }

    /** Adds item analysis ({@code --stats}) to the totals. */
    public BatchRun withStats(boolean on) {
        this.stats = on;
        return this;
    }

    /** Shows {@code progress} while grading (a line on a terminal's stderr). */
    public BatchRun withProgress(Progress progress) {
        this.progress = progress;
        return this;
    }

    /** Records each graded sheet in {@code history} ({@code --record}); malformed sheets are not recorded. */
    public BatchRun recordingTo(SheetHistory history) {
        this.history = Optional.of(history);
        return this;
    }

    /**
     * Grades every sheet of {@code sheets} into {@code report}; returns the totals. The sheets are read on a
     * thread of their own and graded on {@link #withThreads} threads, in chunks, while this thread takes the
     * chunks in input order and does everything with an effect (messages, totals, the history, the report) just
     * as a run on one thread would, so the output, the messages and their order are the same. Bounded queues keep
     * at most a few chunks in memory, however many sheets there are.
     */
    public Totals run(SheetReader sheets, Report report) throws IOException {
        Totals totals = new Totals(stats ? new ItemStats(grader.set().questions()) : null);
        Checks checks = new Checks();
        try (Pipeline pipeline = new Pipeline(sheets, grader, threads)) {
            Pipeline.Chunk chunk;
            while ((chunk = pipeline.next()) != null) {
                for (int i = 0; i < chunk.size(); i++) {
                    take(chunk.read(i), chunk.graded(i), chunk.knownIds(i), totals, checks, report);
                }
                chunk.rethrowFailure();
            }
        }
        progress.clear();
        report.finish(totals);
        err.flush();
        return totals;
    }

    /** Grades on {@code threads} threads (at least 1); by default as many as the machine has processors. */
    public BatchRun withThreads(int threads) {
        this.threads = Math.max(1, threads);
        return this;
    }

    /** What the run remembers to warn of: ids it does not know and students seen before. */
    private final class Checks {
        final Map<String, Integer> firstLine = new HashMap<>();
        final Set<String> ids = new HashSet<>();
        final Set<String> warnedIds = new HashSet<>();

        Checks() {
            grader.set().questions().forEach(q -> ids.add(q.id()));
        }
    }

    /**
     * One sheet as read, its grades (null when malformed) and whether all its ids are the set's: its messages, its
     * totals, its record and report.
     */
    private void take(SheetRead read, GradedSheet graded, boolean knownIds, Totals totals, Checks checks, Report report)
            throws IOException {
        progress.update(totals.graded + totals.malformed);
        if (read.malformed()) {
            totals.malformed++;
            progress.clear();
            read.problems().forEach(err::println);
            return;
        }
        Sheet sheet = read.sheet();
        for (String id : knownIds ? Set.<String>of() : sheet.answers().keySet()) {
            if (!checks.ids.contains(id) && checks.warnedIds.add(id)) {
                warn(
                        totals,
                        sheet.posOf(id),
                        "unknown question id " + Quoted.of(id) + ": the set has no such"
                                + " question, so these answers are ignored");
            }
        }
        Integer first =
                checks.firstLine.putIfAbsent(sheet.student(), sheet.pos().line());
        if (first != null) {
            warn(
                    totals,
                    sheet.pos(),
                    "duplicate student " + Quoted.of(sheet.student()) + " (first on line " + first
                            + "); both sheets are graded");
        }
        totals.add(graded);
        history.ifPresent(h -> h.record(graded));
        report.sheet(graded);
    }

    private void warn(Totals totals, Pos pos, String message) {
        totals.warnings++;
        progress.clear();
        err.println(new Problem(file, pos, Severity.WARNING, message));
    }
}
