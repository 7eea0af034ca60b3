package dev.lectern.batch;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.lectern.engine.Grade;
import dev.lectern.model.Question;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A gradebook for spreadsheets and course platforms, written with FastCSV: {@code student, score, max, percent,
 * passed}, then the points of each question by id. {@code passed} is {@code yes}, {@code no}, or empty without a
 * pass mark. One row per sheet, written as it is graded.
 *
 * <p>A student's name that begins with {@code = + - @}, a tab or a carriage return is written with an apostrophe
 * before it, as OWASP recommends against CSV injection: a spreadsheet would otherwise run {@code =HYPERLINK(…)}
 * as a formula. The other cells are numbers Lectern wrote. {@code --csv-raw} turns this off for pipelines.
 */
final class CsvReport implements Report {
    private final CsvWriter csv;
    private final String[] row;
    private final boolean raw;
    private final Numbers.Cache numbers = new Numbers.Cache();

    CsvReport(Writer out, Context context) {
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        List<String> header = new ArrayList<>(List.of("student", "score", "max", "percent", "passed"));
        for (Question q : context.set().questions()) {
            header.add(q.id());
        }
        csv.writeRecord(header);
        this.row = new String[header.size()];
        this.raw = context.rawCsv();
    }

    /** {@code text} as a spreadsheet cannot take it for a formula: see the class comment. */
    static String safeCell(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    @Override
    public void sheet(GradedSheet g) {
        row[0] = raw ? g.sheet().student() : safeCell(g.sheet().student());
        row[1] = numbers.format(g.score());
        row[2] = numbers.format(g.max());
        row[3] = numbers.format(g.percent());
        row[4] = g.passed().map(p -> p ? "yes" : "no").orElse("");
        int i = 5;
        for (Grade grade : g.grades()) {
            row[i++] = numbers.format(grade.earned());
        }
        csv.writeRecord(row);
    }

    @Override
    public void finish(Totals totals) throws IOException {
        csv.flush();
    }
}
