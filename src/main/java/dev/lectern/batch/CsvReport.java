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
 */
final class CsvReport implements Report {
    private final CsvWriter csv;
    private final String[] row;
    private final Numbers.Cache numbers = new Numbers.Cache();

    CsvReport(Writer out, Context context) {
        this.csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        List<String> header = new ArrayList<>(List.of("student", "score", "max", "percent", "passed"));
        for (Question q : context.set().questions()) {
            header.add(q.id());
        }
        csv.writeRecord(header);
        this.row = new String[header.size()];
    }

    @Override
    public void sheet(GradedSheet g) {
        row[0] = g.sheet().student();
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
