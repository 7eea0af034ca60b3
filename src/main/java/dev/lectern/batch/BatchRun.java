package dev.lectern.batch;

import dev.lectern.load.Pos;
import dev.lectern.load.Problem;
import dev.lectern.load.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One batch run: reads sheets one at a time, grades each, records it in the history when asked, and hands it to the
 * report at once. Malformed sheets and warnings go to {@code err} as {@code file:line:col: severity: message}; the
 * other sheets are still graded.
 */
public final class BatchRun {
    private final SheetGrader grader;
    private final String file;
    private final PrintWriter err;
    private boolean stats;
    private Progress progress = Progress.none();
    private Optional<SheetHistory> history = Optional.empty();

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

    /** Grades every sheet of {@code sheets} into {@code report}; returns the totals. */
    public Totals run(SheetReader sheets, Report report) throws IOException {
        Totals totals = new Totals(stats ? new ItemStats(grader.set().questions()) : null);
        Map<String, Integer> firstLine = new HashMap<>();
        Set<String> ids = new HashSet<>();
        grader.set().questions().forEach(q -> ids.add(q.id()));
        Set<String> warnedIds = new HashSet<>();
        SheetRead read;
        while ((read = sheets.next()) != null) {
            progress.update(totals.graded + totals.malformed);
            if (read.malformed()) {
                totals.malformed++;
                progress.clear();
                read.problems().forEach(err::println);
                continue;
            }
            Sheet sheet = read.sheet();
            for (String id : sheet.answers().keySet()) {
                if (!ids.contains(id) && warnedIds.add(id)) {
                    warn(totals, sheet, sheet.posOf(id), "unknown question id '" + id + "': the set has no such"
                            + " question, so these answers are ignored");
                }
            }
            Integer first = firstLine.putIfAbsent(sheet.student(), sheet.pos().line());
            if (first != null) {
                warn(totals, sheet, sheet.pos(), "duplicate student '" + sheet.student() + "' (first on line "
                        + first + "); both sheets are graded");
            }
            GradedSheet graded = grader.grade(sheet);
            totals.add(graded);
            history.ifPresent(h -> h.record(graded));
            report.sheet(graded);
        }
        progress.clear();
        report.finish(totals);
        err.flush();
        return totals;
    }

    private void warn(Totals totals, Sheet sheet, Pos pos, String message) {
        totals.warnings++;
        progress.clear();
        err.println(new Problem(file, pos, Severity.WARNING, message));
    }
}
