package dev.lectern.batch;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.lectern.batch.forms.CellDecoder;
import dev.lectern.batch.forms.Column;
import dev.lectern.batch.forms.ColumnMatcher;
import dev.lectern.batch.forms.ColumnPlan;
import dev.lectern.batch.forms.HeaderError;
import dev.lectern.load.Pos;
import dev.lectern.load.Problem;
import dev.lectern.load.Severity;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.model.Quoted;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CSV sheets as course platforms and form tools export them, read with FastCSV: a header row, then one row per
 * student. Which column answers which question, and which name the student, is decided once from the header
 * ({@link ColumnMatcher}); each cell is turned into the answer as a learner types it ({@link CellDecoder}).
 * The delimiter is sniffed from the header line unless given. Positions are {@code line:field}, fields counted
 * from 1. A row with the wrong number of fields is one malformed sheet; broken quoting ends the input.
 */
final class CsvSheets implements SheetReader {
    private final Iterator<CsvRecord> records;
    private final String file;
    private final QuestionSet set;
    private final CsvLayout layout;
    private int fieldCount = -1;
    private ColumnPlan plan;
    private List<Integer> nameFields;
    private List<Read> reads;
    private long lastLine;
    private boolean done;
    private SheetRead pending;

    /** How one question is read from a row: its columns (0-based), and for a grid the row each answers. */
    private record Read(Question question, List<Integer> fields, List<Integer> rows, Pos pos) {}

    /** Reads the header at once, so that {@link #columns} is known before the first sheet is graded. */
    CsvSheets(BufferedReader in, String file, QuestionSet set, CsvLayout layout) throws IOException {
        char delimiter = layout.delimiter().orElse(Delimiter.sniff(in)).character();
        CsvReader<CsvRecord> csv = CsvReader.builder()
                .fieldSeparator(delimiter)
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(in);
        this.records = csv.iterator();
        this.file = file;
        this.set = set;
        this.layout = layout;
        pending = step();
    }

    @Override
    public Optional<ColumnPlan> columns() {
        return Optional.ofNullable(plan);
    }

    @Override
    public SheetRead next() throws IOException {
        if (pending != null) {
            SheetRead first = pending;
            pending = null;
            return first;
        }
        while (!done) {
            SheetRead read = step();
            if (read != null) {
                return read;
            }
        }
        return null;
    }

    /** Reads one record: a sheet, a malformed sheet, or null after the header row (or at the end). */
    private SheetRead step() throws IOException {
        CsvRecord record;
        try {
            if (!records.hasNext()) {
                done = true;
                if (plan == null) {
                    return end(
                            new Pos(1, 1),
                            "the CSV file is empty; it needs a header row: the student column,"
                                    + " then one column per question (its id or its prompt)");
                }
                return null;
            }
            record = records.next();
        } catch (CsvParseException e) {
            String why = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage()
                    : e.getMessage();
            return end(
                    Pos.at(lastLine + 1, 1),
                    "not valid CSV: " + why + "; the rows after this point" + " cannot be read");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        lastLine = record.getStartingLineNumber();
        int line = Pos.at(lastLine, 1).line();
        if (plan == null) {
            return header(record, line);
        }
        if (record.getFieldCount() != fieldCount) {
            return SheetRead.malformed(new Problem(
                    file,
                    new Pos(line, 1),
                    Severity.ERROR,
                    "this row has "
                            + fields(record.getFieldCount()) + "; the header has " + fields(fieldCount)
                            + unclosedQuoteHint(record)));
        }
        String name = nameFields.stream()
                .map(f -> record.getField(f).strip())
                .filter(s -> !s.isEmpty())
                .collect(Collectors.joining(" "));
        if (name.isEmpty()) {
            return SheetRead.malformed(new Problem(
                    file,
                    new Pos(line, nameFields.get(0) + 1),
                    Severity.ERROR,
                    "no student name in column "
                            + nameFields.stream()
                                    .map(f -> Quoted.of(headerOf(f)))
                                    .collect(Collectors.joining(" or "))));
        }
        Map<String, String> answers = new LinkedHashMap<>();
        Map<String, Pos> positions = new HashMap<>();
        for (Read r : reads) {
            String answer;
            if (r.rows().isEmpty()) {
                answer = CellDecoder.cell(
                        r.question(), record.getField(r.fields().get(0)));
            } else {
                Map<Integer, String> grid = new TreeMap<>();
                for (int i = 0; i < r.fields().size(); i++) {
                    grid.put(r.rows().get(i), record.getField(r.fields().get(i)));
                }
                answer = CellDecoder.grid(r.question(), grid);
            }
            answers.put(r.question().id(), answer);
            positions.put(r.question().id(), r.pos());
        }
        return SheetRead.of(new Sheet(name, answers, new Pos(line, 1), positions));
    }

    private String headerOf(int field) {
        return plan.columns().get(field).header().strip();
    }

    private SheetRead header(CsvRecord record, int line) {
        List<String> names = new ArrayList<>();
        for (String f : record.getFields()) {
            names.add(names.isEmpty() && f.startsWith("\uFEFF") ? f.substring(1).strip() : f.strip());
        }
        plan = ColumnMatcher.match(names, set, layout.columns());
        fieldCount = names.size();
        if (!plan.errors().isEmpty()) {
            done = true;
            List<Problem> problems = new ArrayList<>();
            for (HeaderError e : plan.errors()) {
                problems.add(new Problem(file, new Pos(line, e.field()), Severity.ERROR, e.message()));
            }
            return new SheetRead(null, problems);
        }
        nameFields = plan.nameFields().stream().map(f -> f - 1).toList();
        reads = new ArrayList<>();
        for (Question q : set.questions()) {
            List<Column> columns = plan.columnsOf(q.id());
            List<Column> whole = columns.stream().filter(c -> c.row().isEmpty()).toList();
            if (!whole.isEmpty()) {
                columns = whole.subList(0, 1);
            }
            if (!columns.isEmpty()) {
                reads.add(new Read(
                        q,
                        columns.stream().map(c -> c.field() - 1).toList(),
                        columns.stream().flatMap(c -> c.row().stream()).toList(),
                        new Pos(line, columns.get(0).field())));
            }
        }
        return null;
    }

    private SheetRead end(Pos pos, String message) {
        done = true;
        return SheetRead.malformed(new Problem(file, pos, Severity.ERROR, message));
    }

    private static String fields(int n) {
        return n + (n == 1 ? " field" : " fields");
    }

    /**
     * A quote that is never closed makes the CSV reader take every later line into one cell: the rows after it
     * are lost, so the message must say so rather than only count fields.
     */
    private static String unclosedQuoteHint(CsvRecord record) {
        for (String field : record.getFields()) {
            if (field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                return "; a quote (\") in this row is not closed, so the lines after it were read into this row"
                        + " and not graded: close the quote";
            }
        }
        return "";
    }
}
