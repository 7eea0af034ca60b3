package dev.lectern.batch.forms;

import dev.lectern.model.Printable;
import dev.lectern.model.Quoted;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * How every column of an export is read, the name columns (field numbers, joined in this order), the set's
 * question ids in file order and the header's errors. It can say when it should not be trusted
 * ({@link #refusal}) and print itself as the table {@code --show-columns} shows ({@link #table}).
 */
public record ColumnPlan(
        List<Column> columns, List<Integer> nameFields, List<String> questionIds, List<HeaderError> errors) {
    private static final int HEADER_WIDTH = 44;

    public ColumnPlan {
        columns = List.copyOf(columns);
        nameFields = List.copyOf(nameFields);
        questionIds = List.copyOf(questionIds);
        errors = List.copyOf(errors);
    }

    /** The questions that have at least one column. */
    public Set<String> covered() {
        Set<String> ids = new LinkedHashSet<>();
        columns.stream()
                .filter(c -> c.role() == ColumnRole.QUESTION)
                .forEach(c -> ids.add(c.question().get()));
        return ids;
    }

    /** The columns of question {@code id}: one, or one per grid row. */
    public List<Column> columnsOf(String id) {
        return columns.stream()
                .filter(c -> c.question().filter(id::equals).isPresent())
                .toList();
    }

    /** Some column was matched by its prompt or a fuzzy match: the teacher should see the table. */
    public boolean hasGuesses() {
        return columns.stream().anyMatch(c -> c.by().isGuess());
    }

    public List<Column> ignored() {
        return columns.stream().filter(c -> c.role() == ColumnRole.IGNORED).toList();
    }

    /**
     * Why the sheets must not be graded under this header, if they must not: no column answers any question, or
     * fewer than half the questions have a column while some column was read as nothing (a header Lectern could
     * not place, so the likeliest cause is a wrong guess, not a sheet that answers only a few questions).
     * Grading then would give zeros that look like a class that failed.
     */
    public Optional<String> refusal() {
        int covered = covered().size();
        boolean tooFew = covered * 2 < questionIds.size() && !ignored().isEmpty();
        if (covered > 0 && !tooFew) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        out.append(
                covered == 0
                        ? "no column answers any question of the set"
                        : "only " + covered + " of the " + questionIds.size() + " questions have a column");
        List<Column> unmatched = ignored();
        if (unmatched.isEmpty()) {
            out.append("; the header row has ")
                    .append(columns.size())
                    .append(columns.size() == 1 ? " field" : " fields")
                    .append(", and none is a question: is the first row the header, and is the delimiter right?"
                            + " (--delimiter says which)");
        } else {
            out.append("; ")
                    .append(unmatched.size() == 1 ? "this column matches" : "these columns match")
                    .append(" no question:");
            for (Column c : unmatched) {
                out.append("\n    '")
                        .append(c.header().strip())
                        .append("' (field ")
                        .append(c.field())
                        .append(")")
                        .append(c.nearest()
                                .map(id -> ": did you mean " + Quoted.of(id) + "?")
                                .orElse(": no question is close"));
            }
        }
        out.append("\nnothing was graded: see how each column was read with --show-columns, and say which column"
                + " answers which question with --columns MAP.yaml (docs/batch.md)");
        return Optional.of(out.toString());
    }

    /** One line a column: field, header (shortened), and what it was read as, by which rule. */
    public List<String> table() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%-6s %-" + HEADER_WIDTH + "s %s", "field", "header", "read as"));
        for (Column c : columns) {
            lines.add(String.format(
                    "%-6d %-" + HEADER_WIDTH + "s %s",
                    c.field(),
                    shorten(Printable.oneLine(c.header().strip())), // from the export: escaped, then cut
                    describe(c)));
        }
        return lines;
    }

    private String describe(Column c) {
        String what = switch (c.role()) {
            case QUESTION ->
                "question " + c.question().get()
                        + c.row().map(r -> ", row " + (r + 1)).orElse("");
            case NAME -> "name" + (nameFields.size() > 1 ? " (part " + (nameFields.indexOf(c.field()) + 1) + ")" : "");
            case METADATA -> "metadata, ignored";
            case IGNORED ->
                "ignored"
                        + c.nearest()
                                .map(id -> " (nearest question: " + id + ")")
                                .orElse("");
        };
        return what + " [" + c.by().label() + "]";
    }

    private static String shorten(String header) {
        return header.length() <= HEADER_WIDTH ? header : header.substring(0, HEADER_WIDTH - 1) + "…";
    }
}
