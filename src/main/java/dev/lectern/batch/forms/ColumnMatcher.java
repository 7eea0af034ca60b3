package dev.lectern.batch.forms;

import dev.lectern.load.DidYouMean;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.model.Quoted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides which column of an export answers which question. A header maps to a question by, in this order: the
 * {@code --columns} map; the question's id; Moodle's {@code Response N} (the N-th question in file order); the
 * prompt, folded ({@link Fold#text}; Canvas's {@code <item id>: } prefix dropped); the prompt and a grid row
 * ({@code Prompt [Row]}, {@code Prompt.Row}) for order and match questions. Known metadata is ignored quietly;
 * then a header clearly closest to one prompt ({@link #FUZZY_THRESHOLD}) maps to it as a guess. The name columns
 * are {@code --student-column}'s, else {@code Name}, else first name and surname, else the email.
 */
public final class ColumnMatcher {
    /** A fuzzy match needs this likeness ({@link Fold#likeness}) to one prompt ... */
    public static final double FUZZY_THRESHOLD = 0.6;
    /** ... and this much less to every other. */
    public static final double FUZZY_MARGIN = 0.15;

    private final List<Question> questions;
    private final List<String> prompts;

    private ColumnMatcher(QuestionSet set) {
        this.questions = set.questions();
        this.prompts = questions.stream().map(q -> Fold.text(q.prompt())).toList();
    }

    private List<String> ids() {
        return questions.stream().map(Question::id).toList();
    }

    public static ColumnPlan match(List<String> headers, QuestionSet set, ColumnOptions options) {
        return new ColumnMatcher(set).plan(headers, options);
    }

    private ColumnPlan plan(List<String> headers, ColumnOptions options) {
        List<HeaderError> errors = new ArrayList<>();
        Map<String, String> map = new HashMap<>();
        options.map().forEach((header, target) -> map.put(Fold.text(header), target));
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            columns.add(read(i + 1, headers.get(i), map, errors));
        }
        List<Integer> names = NameColumns.find(columns, options.student(), headers, errors);
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (names.contains(c.field())) {
                columns.set(i, c.as(ColumnRole.NAME, options.student().isEmpty() ? MatchedBy.KNOWN : MatchedBy.OPTION));
            } else if (c.role() == ColumnRole.IGNORED && KnownHeaders.isNameLike(Fold.text(c.header()))) {
                columns.set(i, c.as(ColumnRole.METADATA, MatchedBy.KNOWN));
            }
        }
        duplicates(columns, errors);
        return new ColumnPlan(
                columns, names, questions.stream().map(Question::id).toList(), errors);
    }

    private Column read(int field, String header, Map<String, String> map, List<HeaderError> errors) {
        String folded = Fold.text(header);
        if (folded.isEmpty()) {
            return Column.of(field, header, ColumnRole.METADATA, MatchedBy.KNOWN);
        }
        String target = map.get(folded);
        if (target != null) {
            return mapped(field, header, target, errors);
        }
        for (Question q : questions) {
            if (q.id().equals(header.strip()) || q.id().equals(folded)) {
                return Column.question(field, header, MatchedBy.ID, q.id(), Optional.empty());
            }
        }
        Optional<Integer> position = KnownHeaders.moodleResponse(folded);
        if (position.isPresent()) {
            int n = position.get();
            return n >= 1 && n <= questions.size()
                    ? Column.question(
                            field,
                            header,
                            MatchedBy.POSITION,
                            questions.get(n - 1).id(),
                            Optional.empty())
                    : Column.of(field, header, ColumnRole.IGNORED, MatchedBy.NONE);
        }
        String text = KnownHeaders.canvasText(folded).orElse(folded);
        int prompt = prompts.indexOf(text);
        if (prompt >= 0) {
            return Column.question(
                    field, header, MatchedBy.PROMPT, questions.get(prompt).id(), Optional.empty());
        }
        Optional<Column> grid = grid(field, header);
        if (grid.isPresent()) {
            return grid.get();
        }
        if (KnownHeaders.isMetadata(folded)) {
            return Column.of(field, header, ColumnRole.METADATA, MatchedBy.KNOWN);
        }
        if (KnownHeaders.isNameLike(folded)) {
            return Column.of(field, header, ColumnRole.IGNORED, MatchedBy.NONE);
        }
        return fuzzy(field, header, text);
    }

    private Column mapped(int field, String header, String target, List<HeaderError> errors) {
        String t = target.strip();
        if (t.equalsIgnoreCase(ColumnOptions.IGNORE)) {
            return Column.of(field, header, ColumnRole.METADATA, MatchedBy.MAP_FILE);
        }
        var grid = GridRows.splits(t);
        String id = grid.isEmpty() || !t.endsWith("]") ? t : grid.get(0)[0].strip();
        for (Question q : questions) {
            if (q.id().equals(id)) {
                if (id.equals(t)) {
                    return Column.question(field, header, MatchedBy.MAP_FILE, id, Optional.empty());
                }
                Optional<Integer> row = GridRows.find(grid.get(0)[1], GridRows.of(q));
                if (row.isPresent()) {
                    return Column.question(field, header, MatchedBy.MAP_FILE, id, row);
                }
                errors.add(new HeaderError(
                        field,
                        "--columns sends column " + Quoted.of(header) + " to " + t + ", but "
                                + Quoted.of(grid.get(0)[1]) + " is not a row of question " + Quoted.of(id)));
                return Column.of(field, header, ColumnRole.IGNORED, MatchedBy.MAP_FILE);
            }
        }
        errors.add(new HeaderError(
                field,
                "--columns sends column " + Quoted.of(header) + " to " + Quoted.of(t) + ", which is not a"
                        + " question id of the set" + DidYouMean.hint(id, ids())));
        return Column.of(field, header, ColumnRole.IGNORED, MatchedBy.MAP_FILE);
    }

    private Optional<Column> grid(int field, String header) {
        for (String[] split : GridRows.splits(header)) {
            String prompt = Fold.text(split[0]);
            prompt = KnownHeaders.canvasText(prompt).orElse(prompt);
            for (int q = 0; q < questions.size(); q++) {
                List<String> rows = GridRows.of(questions.get(q));
                if (!rows.isEmpty() && prompts.get(q).equals(prompt)) {
                    Optional<Integer> row = GridRows.find(split[1], rows);
                    if (row.isPresent()) {
                        return Optional.of(Column.question(
                                field,
                                header,
                                MatchedBy.GRID_ROW,
                                questions.get(q).id(),
                                row));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The question whose prompt the header is clearly closest to, as a guess; else ignored, with the nearest. */
    private Column fuzzy(int field, String header, String text) {
        int best = -1;
        double bestScore = 0;
        double second = 0;
        for (int q = 0; q < questions.size(); q++) {
            double score = Math.max(
                    Fold.likeness(text, prompts.get(q)),
                    Fold.likeness(text, questions.get(q).id()));
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = q;
            } else if (score > second) {
                second = score;
            }
        }
        if (best >= 0 && bestScore >= FUZZY_THRESHOLD && bestScore - second >= FUZZY_MARGIN) {
            return Column.question(
                    field, header, MatchedBy.FUZZY, questions.get(best).id(), Optional.empty());
        }
        Optional<String> nearest =
                best >= 0 && bestScore >= 0.2 ? Optional.of(questions.get(best).id()) : DidYouMean.closest(text, ids());
        return new Column(
                field, header, ColumnRole.IGNORED, MatchedBy.NONE, Optional.empty(), Optional.empty(), nearest);
    }

    /** Two columns answering the same question (or grid row) cannot both be right: the header is refused. */
    private static void duplicates(List<Column> columns, List<HeaderError> errors) {
        Map<String, Column> seen = new HashMap<>();
        for (Column c : columns) {
            if (c.role() != ColumnRole.QUESTION) {
                continue;
            }
            String key = c.question().orElseThrow() + c.row().map(r -> "#" + r).orElse("");
            Column first = seen.putIfAbsent(key, c);
            if (first != null) {
                errors.add(new HeaderError(
                        c.field(),
                        first.header().strip().equals(c.header().strip())
                                ? "column " + Quoted.of(c.header().strip())
                                        + " appears twice in the header (first as field " + first.field() + ")"
                                : "columns " + Quoted.of(first.header().strip()) + " (field " + first.field()
                                        + ") and " + Quoted.of(c.header().strip()) + " both answer question "
                                        + Quoted.of(c.question().get()) + "; send one elsewhere with --columns"));
            }
        }
    }
}
