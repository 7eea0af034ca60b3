package dev.lectern.bench;

import de.siegmar.fastcsv.writer.CsvWriter;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/**
 * One deterministic class on set 01, written twice with the same answers: as a Google Forms "Download responses
 * (.csv)" export (Timestamp, Email Address, Score, Name, a column per question headed by its prompt, checkboxes
 * joined with ", ", the match and order questions as grids, "Prompt [Row]") and in Lectern's own CSV layout
 * (student, a column per question id, answers as typed). bench/forms.sh times grading each.
 * <pre>java -cp … dev.lectern.bench.FormExportGenerator ROWS SEED GOOGLE.csv LECTERN.csv</pre>
 */
public final class FormExportGenerator {
    /** Per question of set 01: a right answer, a partly right one, a wrong one, as values (texts, lists, pairs). */
    private static final Map<String, Object[]> FORMS = Map.ofEntries(
            Map.entry("delegation-lead", new Object[] {"Vladimir Medinsky", "Vladimir Medinsky", "Sergey Lavrov"}),
            Map.entry("delegation-members", new Object[] {
                List.of("Alexander Fomin", "Mikhail Galuzin", "Igor Kostyukov"),
                List.of("Alexander Fomin", "Mikhail Galuzin"),
                List.of("Yuri Ushakov")
            }),
            Map.entry("delegation-roles", new Object[] {List.of(0, 1, 2, 3), List.of(0, 1, 3, 2), List.of(3, 2, 1, 0)}),
            Map.entry(
                    "medinsky-former-post",
                    new Object[] {"culture minister", "minister of culture", "defence minister"}),
            Map.entry("senior-diplomats-absent", new Object[] {"False", "False", "True"}),
            Map.entry("revive-2022-terms", new Object[] {
                List.of("Medinsky", "2022", "military", "Western"),
                List.of("Medinsky", "2021", "army", "Western"),
                List.of("Lavrov", "2014", "navy", "Eastern")
            }),
            Map.entry("kyiv-rejected-terms", new Object[] {"True", "True", "False"}),
            Map.entry(
                    "road-to-istanbul",
                    new Object[] {List.of(0, 1, 2, 3, 4), List.of(1, 0, 2, 3, 4), List.of(4, 3, 2, 1, 0)}),
            Map.entry("not-there-on-thursday", new Object[] {
                List.of("Vladimir Putin", "Sergey Lavrov", "Marco Rubio"),
                List.of("Vladimir Putin", "Sergey Lavrov", "Vladimir Medinsky"),
                List.of("Igor Kostyukov")
            }),
            Map.entry("zelenskiy-ankara", new Object[] {"Ankara", "ankara", "Istanbul"}),
            Map.entry("ceasefire-length", new Object[] {"30", "30 days", "60"}),
            Map.entry(
                    "ceasefire-objection",
                    new Object[] {"rearm and regroup", "rearm and regroup", "hold new elections"}),
            Map.entry("maximalist-demands", new Object[] {"28.1", "10.1", "3.1"}));

    private FormExportGenerator() {}

    public static void main(String[] args) throws IOException {
        long rows = Long.parseLong(args[0]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[1]));
        QuestionSet set = new QuestionSetLoader(ArticleLibrary.forProject(Path.of(".")))
                .load(Path.of("questions/01-istanbul-talks.yaml"), "set")
                .set()
                .orElseThrow();
        try (Writer g = writer(args[2]);
                Writer l = writer(args[3]);
                CsvWriter google = CsvWriter.builder().build(g);
                CsvWriter lectern = CsvWriter.builder().build(l)) {
            List<String> googleHeader = new ArrayList<>(List.of("Timestamp", "Email Address", "Score", "Name"));
            List<String> lecternHeader = new ArrayList<>(List.of("student"));
            for (Question q : set.questions()) {
                List<String> rowsOf = rows(q);
                if (rowsOf.isEmpty()) {
                    googleHeader.add(q.prompt());
                } else {
                    rowsOf.forEach(r -> googleHeader.add(q.prompt() + " [" + r + "]"));
                }
                lecternHeader.add(q.id());
            }
            google.writeRecord(googleHeader);
            lectern.writeRecord(lecternHeader);
            for (long i = 0; i < rows; i++) {
                String name = String.format("Student %06d", i);
                double skill = random.nextDouble();
                List<String> googleRow = new ArrayList<>(
                        List.of("2026/03/01 10:00:00 AM GMT+1", String.format("s%06d@example.org", i), "9 / 18", name));
                List<String> lecternRow = new ArrayList<>(List.of(name));
                for (Question q : set.questions()) {
                    double r = random.nextDouble();
                    Object[] forms = FORMS.get(q.id());
                    Object a = r < 0.08 ? null : r < 0.08 + 0.7 * skill ? forms[0] : r < 0.9 ? forms[1] : forms[2];
                    googleRow.addAll(google(q, a));
                    lecternRow.add(a == null ? "" : lectern(q, a));
                }
                google.writeRecord(googleRow);
                lectern.writeRecord(lecternRow);
            }
        }
    }

    private static Writer writer(String file) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8), 1 << 16);
    }

    private static List<String> rows(Question q) {
        return q instanceof OrderQuestion o
                ? o.items()
                : q instanceof MatchQuestion m
                        ? m.pairs().stream().map(MatchQuestion.Pair::left).toList()
                        : List.of();
    }

    /** Google's cells: ranks per order item, the chosen right side per match row, checkboxes joined with ", ". */
    private static List<String> google(Question q, Object a) {
        if (q instanceof OrderQuestion o) {
            List<String> ranks = new ArrayList<>();
            for (int item = 0; item < o.items().size(); item++) {
                ranks.add(a == null ? "" : String.valueOf(((List<?>) a).indexOf(item) + 1));
            }
            return ranks;
        }
        if (q instanceof MatchQuestion m) {
            List<String> rights = new ArrayList<>();
            for (int left = 0; left < m.pairs().size(); left++) {
                rights.add(
                        a == null
                                ? ""
                                : m.pairs()
                                        .get((Integer) ((List<?>) a).get(left))
                                        .right());
            }
            return rights;
        }
        if (a == null) {
            return List.of("");
        }
        return List.of(
                a instanceof List<?> list
                        ? list.stream().map(Object::toString).collect(Collectors.joining(", "))
                        : a.toString());
    }

    /** docs/batch.md's layout: lists with "; ", pairs "left = right", order items first to last. */
    private static String lectern(Question q, Object a) {
        List<?> list = a instanceof List<?> l ? l : List.of();
        if (q instanceof OrderQuestion o) {
            return list.stream().map(i -> o.items().get((Integer) i)).collect(Collectors.joining("; "));
        }
        if (q instanceof MatchQuestion m) {
            List<String> pairs = new ArrayList<>();
            for (int left = 0; left < m.pairs().size(); left++) {
                pairs.add(m.pairs().get(left).left() + " = "
                        + m.pairs().get((Integer) list.get(left)).right());
            }
            return String.join("; ", pairs);
        }
        return a instanceof List<?>
                ? list.stream().map(Object::toString).collect(Collectors.joining("; "))
                : a.toString();
    }
}
