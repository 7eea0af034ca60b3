package dev.lectern.batch;

import dev.lectern.model.QuestionSet;
import java.io.IOException;
import java.io.Writer;
import java.util.OptionalDouble;

/** Writes results as sheets are graded: each sheet once, then the totals. */
public interface Report {
    /**
     * What every report needs to know of the run: the set, its name as typed, the pass mark, detail wanted, and
     * whether CSV cells are written raw ({@code --csv-raw}) rather than made safe for spreadsheets.
     */
    record Context(QuestionSet set, String setName, OptionalDouble passMark, boolean details, boolean rawCsv) {
        public Context(QuestionSet set, String setName, OptionalDouble passMark, boolean details) {
            this(set, setName, passMark, details, false);
        }
    }

    void sheet(GradedSheet graded) throws IOException;

    /** Ends the report; flushes but does not close {@code out}. */
    void finish(Totals totals) throws IOException;

    static Report of(ReportFormat format, Writer out, Context context) throws IOException {
        return switch (format) {
            case text -> new TextReport(out, context);
            case json -> new JsonReport(out, context, false);
            case jsonl -> new JsonReport(out, context, true);
            case csv -> new CsvReport(out, context);
        };
    }
}
