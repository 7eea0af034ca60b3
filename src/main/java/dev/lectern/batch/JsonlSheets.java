package dev.lectern.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.lectern.load.Limits;
import dev.lectern.load.Pos;
import dev.lectern.load.Problem;
import dev.lectern.load.Severity;
import dev.lectern.model.Quoted;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON Lines sheets, {@code {"student": "…", "answers": {"id": "answer", …}}} one per line, each line parsed
 * with Jackson's streaming parser. A bad line is one malformed sheet; the lines after it are read as usual.
 * Answers may be texts, numbers, booleans, null (unanswered), lists of texts (joined with {@code ;}) or objects
 * of pairs ({@code left = right}).
 */
final class JsonlSheets implements SplitSheets {
    /**
     * Jackson's own ceilings set to the documented limits (docs/limits.md), so that a hostile line is refused by the
     * parser, at its position, before anything is built from it: nesting as in a YAML sheet; a text, a key or a
     * number no longer than a line of sheets may be (reading from a file, the line limit, which is the length of a
     * whole sheet, stops longer ones first).
     */
    static final JsonFactory JSON = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(Limits.MAX_DEPTH)
                    .maxStringLength(Limits.MAX_SHEET_CHARS)
                    .maxNameLength(Limits.MAX_SHEET_CHARS)
                    .maxNumberLength(Limits.MAX_SHEET_CHARS)
                    .build())
            .build();

    private final BufferedReader in;
    private final String file;
    private final Set<String> known;
    // A long: a stream of sheets is not bounded in lines (blank ones included), and an int would overflow.
    private long lineNumber;

    /** Keeps where every answer's id was written. */
    JsonlSheets(BufferedReader in, String file) {
        this(in, file, Set.of());
    }

    /**
     * Keeps where an answer's id was written only for ids not in {@code known} (the set's): the position is asked
     * for only to warn of an id the set does not have, and most sheets have none.
     */
    JsonlSheets(BufferedReader in, String file, Set<String> known) {
        this.in = in;
        this.file = file;
        this.known = known;
    }

    @Override
    public Text nextText() throws IOException {
        String line;
        do {
            line = in.readLine();
            lineNumber++;
            if (line == null) {
                return null;
            }
        } while (line.isBlank());
        if (lineNumber == 1 && line.startsWith("\uFEFF")) {
            line = line.substring(1);
        }
        return new Text(line, lineNumber);
    }

    @Override
    public SheetRead parse(Text text) {
        long line = text.line();
        try (JsonParser p = JSON.createParser(text.text())) {
            return read(p, line);
        } catch (Malformed m) {
            return SheetRead.malformed(new Problem(file, Pos.at(line, m.column), Severity.ERROR, m.getMessage()));
        } catch (StreamConstraintsException e) {
            int column = e.getLocation() != null ? Math.max(1, e.getLocation().getColumnNr()) : 1;
            return SheetRead.malformed(new Problem(file, Pos.at(line, column), Severity.ERROR, pastLimit(e)));
        } catch (JsonProcessingException e) {
            int column = e.getLocation() != null ? Math.max(1, e.getLocation().getColumnNr()) : 1;
            return SheetRead.malformed(new Problem(
                    file, Pos.at(line, column), Severity.ERROR, "not valid JSON: " + plain(e.getOriginalMessage())));
        } catch (IOException e) {
            // Parsing a String reads nothing that can fail; should Jackson say otherwise, the run stops on it.
            throw new UncheckedIOException(e);
        }
    }

    /** Which of Jackson's ceilings the line is past, in the words of docs/limits.md. */
    private static String pastLimit(StreamConstraintsException e) {
        String message = e.getOriginalMessage();
        String what = message.contains("getMaxNestingDepth")
                ? "lists and objects nested more than " + Limits.shown(Limits.MAX_DEPTH)
                        + " levels deep, the limit for a JSON Lines answer sheet (a sheet needs three)"
                : message.contains("getMaxStringLength")
                        ? "a text longer than " + Limits.shown(Limits.MAX_SHEET_CHARS) + " characters"
                        : message.contains("getMaxNameLength")
                                ? "a key longer than " + Limits.shown(Limits.MAX_SHEET_CHARS) + " characters"
                                : message.contains("getMaxNumberLength")
                                        ? "a number longer than " + Limits.shown(Limits.MAX_SHEET_CHARS) + " characters"
                                        : plain(message);
        return what + "; is this really a sheet? A sheet is {\"student\": \"…\", \"answers\": {…}} on one line";
    }

    private static final java.util.regex.Pattern START_MARKER = java.util.regex.Pattern.compile(
            "\\s*\\(start marker at \\[Source: [^\\]]*; line: \\d+, column: (\\d+)\\]\\)");

    /**
     * Jackson's message without its note on where the source is ("[Source: REDACTED …]", which names nothing a
     * teacher can use): an unclosed object says which column it was opened at instead.
     */
    static String plain(String message) {
        return START_MARKER.matcher(message).replaceAll(" (the object opened at column $1)");
    }

    private SheetRead read(JsonParser p, long line) throws IOException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new Malformed(column(p), "a sheet must be a JSON object like {\"student\": \"…\", \"answers\": {…}}");
        }
        String student = null;
        Map<String, String> answers = null;
        Map<String, Pos> positions = Map.of();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            int keyColumn = column(p);
            JsonToken value = p.nextToken();
            switch (key) {
                case "student" -> {
                    if (!value.isScalarValue()
                            || value == JsonToken.VALUE_NULL
                            || p.getText().isBlank()) {
                        throw new Malformed(column(p), "\"student\" must be a name");
                    }
                    student = p.getText().strip();
                }
                case "answers" -> {
                    if (value != JsonToken.START_OBJECT) {
                        throw new Malformed(column(p), "\"answers\" must be an object of question id to answer");
                    }
                    answers = new LinkedHashMap<>();
                    while (p.nextToken() == JsonToken.FIELD_NAME) {
                        String id = p.currentName();
                        int idColumn = column(p);
                        p.nextToken();
                        String answer = answer(p, id);
                        if (answers.put(id, answer) != null) {
                            throw new Malformed(
                                    idColumn, "question " + Quoted.of(id) + " is answered twice in this sheet");
                        }
                        if (!known.contains(id)) {
                            if (positions.isEmpty()) {
                                positions = new HashMap<>();
                            }
                            positions.put(id, Pos.at(line, idColumn));
                        }
                    }
                }
                default ->
                    throw new Malformed(
                            keyColumn,
                            "unknown key \"" + Quoted.shortened(key)
                                    + "\" in a sheet; a sheet has \"student\" and \"answers\"");
            }
        }
        if (student == null) {
            throw new Malformed(1, "the sheet has no \"student\"");
        }
        if (answers == null) {
            throw new Malformed(1, "the sheet has no \"answers\"");
        }
        if (p.nextToken() != null) {
            throw new Malformed(column(p), "more than one JSON value on this line; write one sheet per line");
        }
        return SheetRead.of(new Sheet(student, answers, Pos.at(line, 1), positions));
    }

    /** The answer at the current token, as a learner would type it. */
    private String answer(JsonParser p, String id) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return "";
        }
        if (t.isScalarValue()) {
            return p.getText();
        }
        List<String> parts = new ArrayList<>();
        if (t == JsonToken.START_ARRAY) {
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (!t.isScalarValue() || t == JsonToken.VALUE_NULL) {
                    throw new Malformed(
                            column(p),
                            "the answer to " + Quoted.of(id) + " must be a text, a list of texts"
                                    + " or an object of pairs");
                }
                parts.add(p.getText());
            }
            return String.join("; ", parts);
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String left = p.currentName();
            t = p.nextToken();
            if (!t.isScalarValue() || t == JsonToken.VALUE_NULL) {
                throw new Malformed(
                        column(p),
                        "the answer to " + Quoted.of(id) + " must be a text, a list of texts"
                                + " or an object of pairs");
            }
            parts.add(left + " = " + p.getText());
        }
        return String.join("; ", parts);
    }

    private static int column(JsonParser p) {
        return Math.max(1, p.currentTokenLocation().getColumnNr());
    }

    /** A well-formed JSON line that is not a sheet. */
    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int column;

        Malformed(int column, String message) {
            super(message, null, false, false);
            this.column = column;
        }
    }
}
