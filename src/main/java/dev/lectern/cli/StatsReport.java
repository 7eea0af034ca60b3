package dev.lectern.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import dev.lectern.model.Printable;
import dev.lectern.store.QuestionStats;
import dev.lectern.store.SetStats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What {@code lectern stats} prints: as text with a chart of the scores, as JSON, or as CSV. */
final class StatsReport {
    // Standard output stays open after the report: closing it hid every later write error from Main's check.
    private static final JsonFactory JSON = JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private StatsReport() {}

    /** One set's line in the report: its stats, its questions (weakest first) and which changed since. */
    record Row(SetStats set, List<QuestionStats> questions, Map<String, Boolean> changed) {}

    private static final String BARS = "▁▂▃▄▅▆▇█";
    private static final int CHART_WIDTH = 40;

    /** One bar a session (the last {@value #CHART_WIDTH}), its height the score on a fixed 0 to 100 % scale. */
    static String chart(List<Double> scores) {
        StringBuilder b = new StringBuilder();
        for (double score : scores.subList(Math.max(0, scores.size() - CHART_WIDTH), scores.size())) {
            int level = (int) Math.round(Math.max(0, Math.min(100, score)) / 100 * (BARS.length() - 1));
            b.append(BARS.charAt(level));
        }
        return b.toString();
    }

    /** A share in percent as a learner reads it: whole, unless that would call a share short of all of it 100. */
    static double round(double p) {
        double whole = Math.rint(p);
        return whole >= 100 && p < 100 ? 99 : whole;
    }

    static String percent(double p) {
        return Math.abs(p - Math.rint(p)) < 1e-9
                ? String.format(Locale.ROOT, "%.0f%%", p)
                : String.format(Locale.ROOT, "%.1f%%", p);
    }

    /** {@code everyQuestion}: one set asked for, so its questions are all listed, not just the weakest. */
    static void text(PrintWriter out, Path file, List<Row> rows, boolean everyQuestion) {
        out.println("History in " + file);
        for (Row r : rows) {
            SetStats s = r.set();
            out.println();
            out.println("  " + Printable.oneLine(s.set().label() + " · " + s.title()));
            if (s.attempts() > 0) {
                out.println("    " + Words.count(s.attempts(), "attempt") + " · best " + percent(s.best())
                        + " · last " + percent(s.last()) + " · average " + percent(s.average())
                        + " · last practised " + WHEN.format(s.lastAnswered()));
            } else {
                out.println("    no finished session yet · last practised " + WHEN.format(s.lastAnswered()));
            }
            for (SetStats.Unfinished u : s.unfinished()) {
                out.println("    " + (u.abandoned() ? "abandoned" : "unfinished") + " session: " + u.answered() + " of "
                        + u.questions() + " answered, last " + WHEN.format(u.lastActive())
                        + (u.abandoned()
                                ? " (its answers count for the questions, not in the scores)"
                                : " (open the set to resume it)"));
            }
            if (s.scores().size() > 1) {
                out.println("    scores over time: " + chart(s.scores()) + "  (0 to 100%, oldest first)");
            }
            if (!r.questions().isEmpty()) {
                out.println("    " + (everyQuestion ? "questions, weakest first:" : "weakest questions:"));
                for (QuestionStats q : r.questions()) {
                    out.println("      " + q.questionId() + "  "
                            + (q.answered() == 0
                                    ? "never answered"
                                    : percent(round(100 * q.shareEarned())) + " of the points · " + q.right() + " of "
                                            + Words.count(q.answered(), "answer") + " right")
                            + (r.changed().getOrDefault(q.questionId(), false) ? "  · changed since" : ""));
                }
            }
        }
    }

    static void json(PrintWriter out, Path file, List<Row> rows) throws IOException {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("history", file.toString());
            json.writeArrayFieldStart("sets");
            for (Row r : rows) {
                SetStats s = r.set();
                json.writeStartObject();
                json.writeStringField("set", s.set().label());
                json.writeStringField("file", s.setPath());
                json.writeStringField("title", s.title());
                json.writeNumberField("attempts", s.attempts());
                json.writeNumberField("answers", s.answers());
                json.writeNumberField("best", s.best());
                json.writeNumberField("last", s.last());
                json.writeNumberField("average", s.average());
                json.writeNumberField(
                        "unfinished",
                        s.unfinished().stream().filter(u -> !u.abandoned()).count());
                json.writeNumberField(
                        "abandoned",
                        s.unfinished().stream()
                                .filter(SetStats.Unfinished::abandoned)
                                .count());
                json.writeStringField("lastPractised", s.lastAnswered().toString());
                json.writeArrayFieldStart("scores");
                for (double score : s.scores()) {
                    json.writeNumber(score);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("questions");
                for (QuestionStats q : r.questions()) {
                    json.writeStartObject();
                    json.writeStringField("id", q.questionId());
                    json.writeNumberField("answered", q.answered());
                    json.writeNumberField("right", q.right());
                    json.writeNumberField("shareRight", q.shareRight());
                    json.writeNumberField("points", q.earned());
                    json.writeNumberField("possible", q.possible());
                    json.writeNumberField("shareEarned", q.shareEarned());
                    if (r.changed().containsKey(q.questionId())) {
                        json.writeBooleanField("changedSince", r.changed().get(q.questionId()));
                    }
                    json.writeEndObject();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        out.println();
    }

    /** One row per question listed, with its set's figures repeated, so a spreadsheet can filter either way. */
    static void csv(PrintWriter out, List<Row> rows) throws IOException {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(
                "set",
                "title",
                "attempts",
                "answers",
                "best",
                "last",
                "average",
                "last_practised",
                "question",
                "answered",
                "right",
                "share_earned",
                "changed_since",
                "file");
        for (Row r : rows) {
            SetStats s = r.set();
            List<String> head = List.of(
                    s.set().label(),
                    s.title(),
                    String.valueOf(s.attempts()),
                    String.valueOf(s.answers()),
                    number(s.best()),
                    number(s.last()),
                    number(s.average()),
                    s.lastAnswered().toString());
            if (r.questions().isEmpty()) {
                csv.writeRecord(concat(head, List.of("", "", "", "", "", s.setPath())));
            }
            for (QuestionStats q : r.questions()) {
                Boolean changed = r.changed().get(q.questionId());
                csv.writeRecord(concat(
                        head,
                        List.of(
                                q.questionId(),
                                String.valueOf(q.answered()),
                                String.valueOf(q.right()),
                                q.answered() == 0 ? "" : number(q.shareEarned()),
                                changed == null ? "" : changed.toString(),
                                s.setPath())));
            }
        }
        csv.flush();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String number(double d) {
        return Math.abs(d - Math.rint(d)) < 1e-9
                ? String.valueOf((long) Math.rint(d))
                : String.format(Locale.ROOT, "%.4f", d).replaceAll("0+$", "");
    }
}
