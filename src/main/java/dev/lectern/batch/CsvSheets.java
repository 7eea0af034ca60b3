package dev.lectern.batch;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import dev.lectern.load.Pos;
import dev.lectern.load.Problem;
import dev.lectern.load.Severity;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CSV sheets as course platforms export them, read with FastCSV: a header row naming a student column and one
 * column per question id, then one row per student. Positions are {@code line:field}, fields counted from 1.
 * A row with the wrong number of fields is one malformed sheet; broken quoting ends the input.
 */
final class CsvSheets implements SheetReader {
    private final Iterator<CsvRecord> records;
    private final String file;
    private final Optional<String> studentColumn;
    private List<String> header;
    private int student;
    private Map<String, Pos> headerPos;
    private long lastLine;
    private boolean done;

    CsvSheets(Reader in, String file, Optional<String> studentColumn) {
        CsvReader<CsvRecord> csv = CsvReader.builder().allowExtraFields(true).allowMissingFields(true)
                .skipEmptyLines(true).ofCsvRecord(in);
        this.records = csv.iterator();
        this.file = file;
        this.studentColumn = studentColumn;
    }

    @Override
    public SheetRead next() throws IOException {
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
                if (header == null) {
                    return end(new Pos(1, 1), "the CSV file is empty; it needs a header row: the student column,"
                            + " then one column per question id");
                }
                return null;
            }
            record = records.next();
        } catch (CsvParseException e) {
            String why = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : e.getMessage();
            return end(new Pos((int) lastLine + 1, 1), "not valid CSV: " + why + "; the rows after this point"
                    + " cannot be read");
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        lastLine = record.getStartingLineNumber();
        int line = (int) lastLine;
        if (header == null) {
            return header(record, line);
        }
        if (record.getFieldCount() != header.size()) {
            return SheetRead.malformed(new Problem(file, new Pos(line, 1), Severity.ERROR, "this row has "
                    + fields(record.getFieldCount()) + "; the header has " + fields(header.size())
                    + unclosedQuoteHint(record)));
        }
        String name = record.getField(student).strip();
        if (name.isEmpty()) {
            return SheetRead.malformed(new Problem(file, new Pos(line, student + 1), Severity.ERROR,
                    "no student name in column '" + header.get(student) + "'"));
        }
        Map<String, String> answers = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            if (i != student && !header.get(i).isEmpty()) {
                answers.put(header.get(i), record.getField(i));
            }
        }
        return SheetRead.of(new Sheet(name, answers, new Pos(line, 1), headerPos));
    }

    private SheetRead header(CsvRecord record, int line) {
        List<String> names = new ArrayList<>();
        for (String f : record.getFields()) {
            names.add(names.isEmpty() && f.startsWith("\uFEFF") ? f.substring(1).strip() : f.strip());
        }
        student = studentColumn.map(names::indexOf).orElse(0);
        if (student < 0) {
            return end(new Pos(line, 1), "no column '" + studentColumn.get() + "' in the header (columns: "
                    + String.join(", ", names) + "); name the student column with --student-column");
        }
        Map<String, Pos> positions = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (i == student || names.get(i).isEmpty()) {
                continue;
            }
            Pos old = positions.putIfAbsent(names.get(i), new Pos(line, i + 1));
            if (old != null) {
                return end(new Pos(line, i + 1), "column '" + names.get(i) + "' appears twice in the header"
                        + " (first as field " + old.column() + ")");
            }
        }
        header = names;
        headerPos = Map.copyOf(positions);
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
