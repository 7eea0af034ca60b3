package dev.lectern.cli;

import dev.lectern.batch.SheetReader;
import dev.lectern.batch.forms.Column;
import dev.lectern.batch.forms.ColumnPlan;
import dev.lectern.batch.forms.ColumnRole;
import dev.lectern.batch.forms.MatchedBy;
import dev.lectern.model.Printable;
import java.io.PrintWriter;
import java.util.Optional;

/**
 * What {@code --batch} says about a CSV export's columns before grading: the table {@code --show-columns}
 * prints, the same table as a note on stderr when a column was matched by its prompt or a guess, a warning for
 * each guessed or ignored column, and the refusal when the columns match too little to grade.
 */
final class ColumnReport {
    private final String file;
    private final PrintWriter out;
    private final PrintWriter err;

    ColumnReport(String file, PrintWriter out, PrintWriter err) {
        this.file = file;
        // The headers come from a CSV the teacher downloaded: shown escaped, not obeyed.
        this.out = EscapingWriter.around(out);
        this.err = EscapingWriter.around(err);
    }

    /** The exit code when the run stops here ({@code --show-columns}, a refusal); empty to go on grading. */
    Optional<Integer> check(SheetReader sheets, boolean show) {
        Optional<ColumnPlan> found = sheets.columns();
        if (found.isEmpty()) {
            if (show) {
                err.println("lectern: --show-columns reads a CSV export; " + file + " has no header row of columns");
                return Optional.of(ExitCode.USAGE.code());
            }
            return Optional.empty();
        }
        ColumnPlan plan = found.get();
        if (show) {
            out.println("columns of " + file + " (" + plan.covered().size() + " of "
                    + plan.questionIds().size() + " questions have a column):");
            plan.table().forEach(l -> out.println("  " + l));
            out.flush();
            plan.errors().forEach(e -> err.println(file + ":1:" + e.field() + ": error: " + e.message()));
            plan.refusal().ifPresent(r -> err.println("lectern: " + file + ": " + r));
            boolean ok = plan.errors().isEmpty() && plan.refusal().isEmpty();
            return Optional.of(ok ? ExitCode.OK.code() : ExitCode.USAGE.code());
        }
        if (!plan.errors().isEmpty()) {
            plan.errors().forEach(e -> err.println(file + ":1:" + e.field() + ": error: " + e.message()));
            err.flush();
            return Optional.of(ExitCode.USAGE.code());
        }
        Optional<String> refusal = plan.refusal();
        if (refusal.isPresent()) {
            err.println("lectern: " + file + ": " + refusal.get());
            err.flush();
            return Optional.of(ExitCode.USAGE.code());
        }
        for (Column c : plan.columns()) {
            if (c.by() == MatchedBy.FUZZY) {
                err.println(file + ":1:" + c.field() + ": warning: column '"
                        + Printable.oneLine(c.header().strip()) + "' is read as"
                        + " question '" + c.question().get() + "', the closest prompt; if it is not, say which with"
                        + " --columns");
            } else if (c.role() == ColumnRole.IGNORED) {
                err.println(file + ":1:" + c.field() + ": warning: column '"
                        + Printable.oneLine(c.header().strip()) + "' matches no" + " question and is ignored"
                        + c.nearest().map(id -> "; did you mean '" + id + "'?").orElse(""));
            }
        }
        if (plan.hasGuesses()) {
            err.println("lectern: note: " + file + ": columns matched by their prompt, not their id; this is how"
                    + " each column is read (--columns MAP.yaml changes it):");
            plan.table().forEach(l -> err.println("  " + l));
        }
        err.flush();
        return Optional.empty();
    }
}
