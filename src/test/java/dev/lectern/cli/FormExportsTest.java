package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One class on set 01 (all nine question types), exported as each tool documents its layout, grades to exactly the
 * gradebook Lectern's own layout (JSON Lines, docs/batch.md) gives for the same answers. Layouts:
 * <ul>
 * <li>Google Forms, "Download responses (.csv)": Timestamp, Email Address, Score, then one column per question
 * headed by its title; checkboxes joined with ", "; a multiple-choice grid is one column per row, "Title [Row]";</li>
 * <li>Microsoft Forms, "Open in Excel" saved as CSV: ID, Start time, Completion time, Email, Name, Total points, Quiz
 * feedback, then per question its title, "Points - title", "Feedback - title"; choices joined with ";" and a
 * trailing ";"; a ranking the items in order the same way; a Likert grid one column a row, "Title.Row";</li>
 * <li>Moodle, quiz results, Responses report, download as CSV: Surname, First name, Email address, State, Started
 * on, Completed, Time taken, Grade/18.00, Response 1 … Response 13 (the quiz's order); the question type's response
 * summary ("a; b", "a -> b; c -> d", "part 1: x; part 2: y", "True"), "-" for no answer;</li>
 * <li>Canvas, quiz statistics, Student Analysis: name, id, sis_id, section, section_id, section_sis_id, submitted,
 * attempt, then per question "item id: text" and its points, then n correct, n incorrect, score; multiple answers
 * and blanks joined with ",", matching "left=>right,…";</li>
 * <li>Excel in a European locale, saved as "CSV (semicolon)": Lectern's own header, ";" between fields, a
 * byte-order mark, CRLF, decimal commas; and as "Unicode text": UTF-16 with a byte-order mark, tabs.</li>
 * </ul>
 */
class FormExportsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    private QuestionSet set;
    private final List<Learner> learners = List.of(
            new Learner(
                    "Ann",
                    "Lee",
                    Map.ofEntries(
                            Map.entry("delegation-lead", "Vladimir Medinsky"),
                            Map.entry(
                                    "delegation-members",
                                    List.of("Alexander Fomin", "Mikhail Galuzin", "Igor Kostyukov")),
                            Map.entry(
                                    "delegation-roles",
                                    pairs(
                                            "Vladimir Medinsky",
                                            "former culture minister",
                                            "Alexander Fomin",
                                            "deputy defence minister",
                                            "Mikhail Galuzin",
                                            "deputy foreign minister",
                                            "Igor Kostyukov",
                                            "head of military intelligence")),
                            Map.entry("medinsky-former-post", "culture minister"),
                            Map.entry("senior-diplomats-absent", false),
                            Map.entry("revive-2022-terms", List.of("Medinsky", "2022", "army", "Western")),
                            Map.entry("kyiv-rejected-terms", true),
                            Map.entry("road-to-istanbul", List.of(0, 1, 2, 3, 4)),
                            Map.entry(
                                    "not-there-on-thursday", List.of("Vladimir Putin", "Sergey Lavrov", "Marco Rubio")),
                            Map.entry("zelenskiy-ankara", "Ankara"),
                            Map.entry("ceasefire-length", "30"),
                            Map.entry("ceasefire-objection", "rearm and regroup"),
                            Map.entry("maximalist-demands", "28.1"))),
            new Learner(
                    "Bob",
                    "Smith",
                    Map.ofEntries(
                            Map.entry("delegation-lead", "Sergey Lavrov"),
                            Map.entry("delegation-members", List.of("Alexander Fomin", "Yuri Ushakov")),
                            Map.entry(
                                    "delegation-roles",
                                    pairs(
                                            "Vladimir Medinsky",
                                            "deputy defence minister",
                                            "Alexander Fomin",
                                            "former culture minister")),
                            Map.entry("senior-diplomats-absent", true),
                            Map.entry("revive-2022-terms", List.of("Medinsky", "2021", "navy", "Western")),
                            Map.entry("road-to-istanbul", List.of(1, 0, 2, 4, 3)),
                            Map.entry("zelenskiy-ankara", "Istanbul"),
                            Map.entry("ceasefire-length", "60"),
                            Map.entry("maximalist-demands", "10.1"))),
            new Learner(
                    "Cy",
                    "Young",
                    Map.ofEntries(
                            Map.entry("delegation-lead", "Vladimir Medinsky"),
                            Map.entry("delegation-members", List.of("Mikhail Galuzin", "Igor Kostyukov")),
                            Map.entry(
                                    "delegation-roles",
                                    pairs(
                                            "Vladimir Medinsky",
                                            "former culture minister",
                                            "Alexander Fomin",
                                            "deputy defence minister",
                                            "Mikhail Galuzin",
                                            "head of military intelligence",
                                            "Igor Kostyukov",
                                            "deputy foreign minister")),
                            Map.entry("medinsky-former-post", "minister of culture"),
                            Map.entry("kyiv-rejected-terms", false),
                            Map.entry("road-to-istanbul", List.of(4, 3, 2, 1, 0)),
                            Map.entry("not-there-on-thursday", List.of("Vladimir Putin", "Vladimir Medinsky")),
                            Map.entry("ceasefire-length", "30.5"),
                            Map.entry("ceasefire-objection", "hold new elections"),
                            Map.entry("maximalist-demands", "28.2"))),
            new Learner("Dee", "Ng", Map.of("zelenskiy-ankara", "Ankara")));

    /** A learner's answers by question id: texts, picks (lists of texts), pairs, truth values, item orders. */
    private record Learner(String first, String last, Map<String, Object> answers) {
        String name() {
            return first + " " + last;
        }

        String email() {
            return first.toLowerCase(Locale.ROOT) + "@example.org";
        }
    }

    private static Map<String, String> pairs(String... leftRight) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (int i = 0; i < leftRight.length; i += 2) {
            pairs.put(leftRight[i], leftRight[i + 1]);
        }
        return pairs;
    }

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(ROOT.resolve("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/000_d9e472c27e1e5fdd.txt"));
        Files.copy(ROOT.resolve("questions/01-istanbul-talks.yaml"), dir.resolve("set.yaml"));
        set = new QuestionSetLoader(ArticleLibrary.forProject(dir))
                .load(dir.resolve("set.yaml"), "set.yaml")
                .set()
                .orElseThrow();
    }

    /** The gradebook from Lectern's own documented layout: one JSON line a learner, answers as typed. */
    private String reference() throws IOException {
        StringBuilder jsonl = new StringBuilder();
        for (Learner l : learners) {
            List<String> answers = new ArrayList<>();
            for (Question q : set.questions()) {
                Object a = l.answers().get(q.id());
                if (a != null) {
                    answers.add(json(q.id()) + ": " + json(lectern(q, a)));
                }
            }
            jsonl.append("{\"student\": ")
                    .append(json(l.name()))
                    .append(", \"answers\": {")
                    .append(String.join(", ", answers))
                    .append("}}\n");
        }
        Files.writeString(dir.resolve("class.jsonl"), jsonl);
        CliRun run = CliRun.withInput(dir, "", "--batch", "set.yaml", "--answers", "class.jsonl", "--format", "csv");
        assertThat(run.err()).isEmpty();
        assertThat(run.out().lines()).hasSize(learners.size() + 1);
        return run.out();
    }

    /** docs/batch.md's "Writing answers": lists with "; ", pairs as "left = right". */
    private String lectern(Question q, Object a) {
        if (q instanceof OrderQuestion o) {
            return ((List<?>) a).stream().map(i -> o.items().get((Integer) i)).collect(Collectors.joining("; "));
        }
        if (a instanceof Map<?, ?> m) {
            return m.entrySet().stream()
                    .map(e -> e.getKey() + " = " + e.getValue())
                    .collect(Collectors.joining("; "));
        }
        if (a instanceof List<?> list) {
            return list.stream().map(Object::toString).collect(Collectors.joining("; "));
        }
        return a.toString();
    }

    private CliRun grade(String file, String... more) {
        List<String> args = new ArrayList<>(List.of("--batch", "set.yaml", "--answers", file, "--format", "csv"));
        args.addAll(List.of(more));
        return CliRun.withInput(dir, "", args.toArray(String[]::new));
    }

    @Test
    void googleFormsExport_mapsColumnsByPrompt_andGradesAsLecternsOwnLayout() throws IOException {
        String expected = reference();
        List<String> header = new ArrayList<>(List.of("Timestamp", "Email Address", "Score", "Name"));
        for (Question q : set.questions()) {
            header.addAll(gridHeaders(q, (prompt, row) -> prompt + " [" + row + "]"));
        }
        List<List<String>> rows = new ArrayList<>();
        for (Learner l : learners) {
            List<String> row = new ArrayList<>(
                    List.of("2026/03/01 10:1" + rows.size() + ":00 AM GMT+1", l.email(), "7 / 18", l.name()));
            for (Question q : set.questions()) {
                row.addAll(cells(q, l.answers().get(q.id()), ", ", true));
            }
            rows.add(row);
        }
        write("google.csv", ',', LineDelimiter.LF, StandardCharsets.UTF_8, false, header, rows);
        CliRun run = grade("google.csv");
        assertThat(run.out()).isEqualTo(expected);
        assertThat(run.err())
                .startsWith("lectern: note: google.csv: columns matched by their prompt, not their id;")
                .contains("  1      Timestamp                                    metadata, ignored [known header]")
                .contains("  4      Name                                         name [known header]")
                .contains("question road-to-istanbul, row 3 [prompt and grid row]");
        assertThat(run.code()).isEqualTo(1);
    }

    @Test
    void microsoftFormsExport_semicolonJoins_likertRows_pointsAndFeedbackIgnored() throws IOException {
        String expected = reference();
        List<String> header = new ArrayList<>(
                List.of("ID", "Start time", "Completion time", "Email", "Name", "Total points", "Quiz feedback"));
        for (Question q : set.questions()) {
            List<String> grid = gridHeaders(q, (prompt, row) -> prompt + "." + row);
            header.addAll(grid);
            header.add("Points - " + q.prompt());
            header.add("Feedback - " + q.prompt());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Learner l : learners) {
            List<String> row = new ArrayList<>(List.of(
                    String.valueOf(rows.size() + 1),
                    "3/1/26 10:00:00",
                    "3/1/26 10:20:00",
                    l.email(),
                    l.name(),
                    "7",
                    ""));
            for (Question q : set.questions()) {
                Object a = l.answers().get(q.id());
                // Ranking questions are one cell: the items in order, each followed by ';'.
                List<String> cells = q instanceof OrderQuestion o
                        ? List.of(
                                a == null
                                        ? ""
                                        : ((List<?>) a)
                                                .stream()
                                                        .map(i -> o.items().get((Integer) i) + ";")
                                                        .collect(Collectors.joining()))
                        : cells(q, a, ";", true);
                if (a instanceof List<?> picks
                        && !(q instanceof OrderQuestion)
                        && q.typeName().equals("multi")) {
                    cells = List.of(picks.stream().map(p -> p + ";").collect(Collectors.joining()));
                }
                row.addAll(cells);
                row.add("1");
                row.add("");
            }
            rows.add(row);
        }
        // The ranking question is one column, not a grid.
        List<String> fixed = new ArrayList<>();
        for (String h : header) {
            String ranking = set.questions().get(7).prompt();
            if (h.startsWith(ranking + ".")) {
                if (!fixed.contains(ranking)) {
                    fixed.add(ranking);
                }
            } else {
                fixed.add(h);
            }
        }
        write("microsoft.csv", ',', LineDelimiter.CRLF, StandardCharsets.UTF_8, true, fixed, rows);
        CliRun run = grade("microsoft.csv");
        assertThat(run.out()).isEqualTo(expected);
        assertThat(run.err()).startsWith("lectern: note: microsoft.csv:").doesNotContain("warning");
    }

    @Test
    void moodleResponsesReport_mapsResponseNByPosition_andReadsItsResponseSummaries() throws IOException {
        String expected = reference();
        List<String> header = new ArrayList<>(List.of(
                "Surname",
                "First name",
                "Email address",
                "State",
                "Started on",
                "Completed",
                "Time taken",
                "Grade/18.00"));
        for (int i = 1; i <= set.questions().size(); i++) {
            header.add("Response " + i);
        }
        List<List<String>> rows = new ArrayList<>();
        for (Learner l : learners) {
            List<String> row = new ArrayList<>(List.of(
                    l.last(),
                    l.first(),
                    l.email(),
                    "Finished",
                    "1 March 2026  10:00 AM",
                    "1 March 2026  10:20 AM",
                    "20 mins",
                    "7.00"));
            for (Question q : set.questions()) {
                row.add(moodle(q, l.answers().get(q.id())));
            }
            rows.add(row);
        }
        write("moodle.csv", ',', LineDelimiter.LF, StandardCharsets.UTF_8, true, header, rows);
        CliRun run = grade("moodle.csv");
        assertThat(run.out()).isEqualTo(expected);
        assertThat(run.err()).isEmpty();
    }

    private String moodle(Question q, Object a) {
        if (a == null) {
            return "-";
        }
        if (q instanceof OrderQuestion o) {
            return ((List<?>) a).stream().map(i -> o.items().get((Integer) i)).collect(Collectors.joining("; "));
        }
        if (a instanceof Map<?, ?> m) {
            return m.entrySet().stream()
                    .map(e -> e.getKey() + " -> " + e.getValue())
                    .collect(Collectors.joining("; "));
        }
        if (q.typeName().equals("cloze")) {
            List<?> parts = (List<?>) a;
            List<String> out = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                out.add("part " + (i + 1) + ": " + parts.get(i));
            }
            return String.join("; ", out);
        }
        if (a instanceof List<?> list) {
            return list.stream().map(Object::toString).collect(Collectors.joining("; "));
        }
        if (a instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return a.toString();
    }

    @Test
    void canvasStudentAnalysis_itemIdColumns_scoreColumnsIgnored_commaJoins() throws IOException {
        String expected = reference();
        List<String> header = new ArrayList<>(
                List.of("name", "id", "sis_id", "section", "section_id", "section_sis_id", "submitted", "attempt"));
        int item = 4100;
        for (Question q : set.questions()) {
            header.add(item++ + ": " + q.prompt());
            header.add(String.valueOf(q.points()));
        }
        header.addAll(List.of("n correct", "n incorrect", "score"));
        List<List<String>> rows = new ArrayList<>();
        for (Learner l : learners) {
            List<String> row = new ArrayList<>(List.of(
                    l.name(),
                    String.valueOf(200 + rows.size()),
                    "",
                    "Class 7b",
                    "31",
                    "",
                    "2026-03-01 10:20:00 UTC",
                    "1"));
            for (Question q : set.questions()) {
                row.add(canvas(q, l.answers().get(q.id())));
                row.add("0.0");
            }
            row.addAll(List.of("3", "10", "7.0"));
            rows.add(row);
        }
        write("canvas.csv", ',', LineDelimiter.LF, StandardCharsets.UTF_8, false, header, rows);
        CliRun run = grade("canvas.csv");
        assertThat(run.out()).isEqualTo(expected);
        assertThat(run.err()).startsWith("lectern: note: canvas.csv:").doesNotContain("warning");
    }

    private String canvas(Question q, Object a) {
        if (a == null) {
            return "";
        }
        if (q instanceof OrderQuestion o) {
            return ((List<?>) a)
                    .stream()
                            .map(i -> o.items().get((Integer) i).replace(",", "\\,"))
                            .collect(Collectors.joining(","));
        }
        if (a instanceof Map<?, ?> m) {
            return m.entrySet().stream()
                    .map(e -> e.getKey() + "=>" + e.getValue())
                    .collect(Collectors.joining(","));
        }
        if (a instanceof List<?> list) {
            return list.stream().map(p -> p.toString().replace(",", "\\,")).collect(Collectors.joining(","));
        }
        if (a instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return a.toString();
    }

    @Test
    void europeanExcelCsv_semicolonsBomCrlfAndDecimalCommas_andUnicodeText() throws IOException {
        String expected = reference();
        List<String> header = new ArrayList<>(List.of("student", "Email"));
        set.questions().forEach(q -> header.add(q.id()));
        List<List<String>> rows = new ArrayList<>();
        for (Learner l : learners) {
            List<String> row = new ArrayList<>(List.of(l.name(), l.email()));
            for (Question q : set.questions()) {
                Object a = l.answers().get(q.id());
                String cell = a == null ? "" : lectern(q, a);
                // Excel shows numbers, and a sentence number like 28.1, with a decimal comma.
                if (q.typeName().equals("number") || q.typeName().equals("evidence")) {
                    cell = cell.replace('.', ',');
                }
                row.add(cell);
            }
            rows.add(row);
        }
        write("excel.csv", ';', LineDelimiter.CRLF, StandardCharsets.UTF_8, true, header, rows);
        CliRun run = grade("excel.csv");
        assertThat(run.out()).isEqualTo(expected);
        assertThat(run.err()).isEmpty();
        write("unicode.csv", '\t', LineDelimiter.CRLF, StandardCharsets.UTF_16LE, true, header, rows);
        assertThat(grade("unicode.csv").out()).isEqualTo(expected);
        assertThat(grade("unicode.csv", "--delimiter", "tab").out()).isEqualTo(expected);
    }

    /** The question's column headers: one, or for an order or match question asked as a grid, one a row. */
    private static List<String> gridHeaders(Question q, BiFunction<String, String, String> header) {
        List<String> rows = q instanceof OrderQuestion o
                ? o.items()
                : q instanceof MatchQuestion m
                        ? m.pairs().stream().map(MatchQuestion.Pair::left).toList()
                        : List.of();
        return rows.isEmpty()
                ? List.of(q.prompt())
                : rows.stream().map(r -> header.apply(q.prompt(), r)).toList();
    }

    /** A form tool's cells for an answer: grids one cell a row (rank, or the right side), picks joined. */
    private static List<String> cells(Question q, Object a, String join, boolean trueFalseWords) {
        if (q instanceof OrderQuestion o) {
            List<String> ranks = new ArrayList<>();
            for (int item = 0; item < o.items().size(); item++) {
                ranks.add(a == null ? "" : String.valueOf(((List<?>) a).indexOf(item) + 1));
            }
            return ranks;
        }
        if (q instanceof MatchQuestion m) {
            return m.pairs().stream()
                    .map(p -> a == null
                            ? ""
                            : String.valueOf(((Map<?, ?>) a).get(p.left())).replace("null", ""))
                    .toList();
        }
        if (a == null) {
            return List.of("");
        }
        if (a instanceof List<?> list) {
            return List.of(list.stream().map(Object::toString).collect(Collectors.joining(join)));
        }
        if (a instanceof Boolean b && trueFalseWords) {
            return List.of(b ? "True" : "False");
        }
        return List.of(a.toString());
    }

    private void write(
            String name,
            char delimiter,
            LineDelimiter lines,
            Charset charset,
            boolean bom,
            List<String> header,
            List<List<String>> rows)
            throws IOException {
        StringWriter text = new StringWriter();
        if (bom) {
            text.write('\uFEFF');
        }
        try (CsvWriter csv = CsvWriter.builder()
                .fieldSeparator(delimiter)
                .lineDelimiter(lines)
                .build(text)) {
            csv.writeRecord(header);
            for (List<String> row : rows) {
                csv.writeRecord(row);
            }
        }
        Files.write(dir.resolve(name), text.toString().getBytes(charset));
    }

    private static String json(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
