package dev.lectern.batch;

import dev.lectern.engine.Grade;
import dev.lectern.engine.Verdict;
import dev.lectern.model.Printable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;

/**
 * A table for people: student, score, max, percent, result; one row per sheet as it is graded, so the columns
 * have fixed widths: a name too long for its column (an e-mail address, say) has a line of its own, and its
 * figures follow on the next line, in their columns. {@code --details} adds a line per question:
 * verdict, points, what was given and expected, and for answers not fully right the supporting passage.
 */
final class TextReport implements Report {
    private static final int NAME = 24;
    private static final String ROW = "%-" + NAME + "s %7s %7s %8s  %s%n";

    private final PrintWriter out;
    private final Context context;

    TextReport(Writer out, Context context) {
        this.out = new PrintWriter(out);
        this.context = context;
        this.out.printf(Locale.ROOT, ROW, "student", "score", "max", "percent", "result");
    }

    @Override
    public void sheet(GradedSheet g) {
        String result = g.passed().map(p -> p ? "pass" : "fail").orElse("-");
        out.printf(
                Locale.ROOT,
                ROW,
                cell(shown(g.sheet().student())),
                Numbers.format(g.score()),
                Numbers.format(g.max()),
                String.format(Locale.ROOT, "%.1f%%", g.percent()),
                result);
        if (!context.details()) {
            return;
        }
        for (Grade grade : g.grades()) {
            out.printf(
                    Locale.ROOT,
                    "    %-24s %-10s %s/%s%n",
                    grade.questionId(),
                    grade.verdict().word(),
                    Numbers.format(grade.earned()),
                    Numbers.format(grade.possible()));
            if (grade.verdict() != Verdict.UNANSWERED) {
                out.println("        given:    " + shown(grade.given()));
            }
            if (grade.verdict() != Verdict.CORRECT) {
                out.println("        expected: " + shown(grade.expected()));
                grade.note().ifPresent(n -> out.println("        note:     " + shown(n)));
                for (String sentence : Evidence.sentences(context.set().article(), grade)) {
                    out.println("        see " + shown(sentence));
                }
            }
        }
    }

    /** What a student or a set wrote, on one line and with control characters escaped: this table is for a terminal. */
    private static String shown(String text) {
        return Printable.oneLine(text);
    }

    /**
     * {@code text} for the first column: as it is when it fits, else on a line of its own, the row going on under
     * it. Widths are counted in code points (not UTF-16 units), as a name's letters are.
     */
    private static String cell(String text) {
        return text.codePointCount(0, text.length()) <= NAME ? pad(text) : text + System.lineSeparator() + pad("");
    }

    /** Padded to the column's width by hand: {@code %-24s} counts UTF-16 units, and would misalign "Łukasz 😀". */
    private static String pad(String text) {
        return text + " ".repeat(Math.max(0, NAME - text.codePointCount(0, text.length())));
    }

    @Override
    public void finish(Totals t) throws IOException {
        StringBuilder line = new StringBuilder();
        line.append(t.graded()).append(t.graded() == 1 ? " student" : " students");
        line.append(" · mean ").append(String.format(Locale.ROOT, "%.1f%%", t.meanPercent()));
        if (context.passMark().isPresent()) {
            line.append(" · ")
                    .append(t.passed())
                    .append(" passed, ")
                    .append(t.failed())
                    .append(" failed (pass mark ")
                    .append(Numbers.format(100 * context.passMark().getAsDouble()))
                    .append("%)");
        }
        if (t.malformed() > 0) {
            line.append(" · ")
                    .append(t.malformed())
                    .append(t.malformed() == 1 ? " malformed sheet" : " malformed sheets");
        }
        out.println(line);
        t.stats().ifPresent(this::printStats);
        out.flush();
    }

    private void printStats(ItemStats stats) {
        out.println();
        out.println("item analysis (" + stats.students() + (stats.students() == 1 ? " student)" : " students)"));
        out.printf(
                Locale.ROOT,
                "%-24s %-10s %8s %8s %6s %6s  %s%n",
                "question",
                "type",
                "facility",
                "discrim",
                "blank",
                "unread",
                "flags");
        for (ItemStats.Item item : stats.items()) {
            String r = item.discrimination().isPresent()
                    ? String.format(Locale.ROOT, "%.2f", item.discrimination().getAsDouble())
                    : "-";
            out.println(String.format(
                            Locale.ROOT,
                            "%-24s %-10s %8.2f %8s %6d %6d  %s",
                            cell(item.id()),
                            item.type(),
                            item.facility(),
                            r,
                            item.unanswered(),
                            item.unreadable(),
                            String.join("; ", item.flags()))
                    .stripTrailing());
            if (!item.options().isEmpty()) {
                StringBuilder picks = new StringBuilder("    picks:");
                for (ItemStats.Option o : item.options()) {
                    picks.append(' ')
                            .append(o.letter())
                            .append(") ")
                            .append(shown(o.text()))
                            .append(": ")
                            .append(o.picks())
                            .append(';');
                }
                picks.setLength(picks.length() - 1);
                out.println(picks);
            }
        }
    }
}
