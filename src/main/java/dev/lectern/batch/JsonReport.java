package dev.lectern.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lectern.engine.Grade;
import dev.lectern.model.Question;
import java.io.IOException;
import java.io.Writer;

/**
 * JSON reports with Jackson's streaming generator; points and percentages rounded to two decimals, as in the CSV
 * gradebook. {@code json}: one document, {@code set}, then
 * {@code students} (written one by one as they are graded), then {@code summary}. {@code jsonl}: one line per
 * student, the same object as in {@code students}.
 */
final class JsonReport implements Report {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final JsonGenerator json;
    private final Context context;
    private final boolean lines;

    JsonReport(Writer out, Context context, boolean lines) throws IOException {
        this.json = JSON.createGenerator(out);
        json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        json.setRootValueSeparator(null);
        this.context = context;
        this.lines = lines;
        if (!lines) {
            json.writeStartObject();
            json.writeObjectFieldStart("set");
            json.writeStringField("file", context.setName());
            json.writeStringField("title", context.set().title());
            json.writeNumberField("max", Numbers.round2(context.set().maxPoints()));
            if (context.passMark().isPresent()) {
                json.writeNumberField(
                        "pass", Numbers.round2(100 * context.passMark().getAsDouble()));
            } else {
                json.writeNullField("pass");
            }
            json.writeArrayFieldStart("questions");
            for (Question q : context.set().questions()) {
                json.writeStartObject();
                json.writeStringField("id", q.id());
                json.writeStringField("type", q.typeName());
                json.writeNumberField("points", Numbers.round2(q.points()));
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeArrayFieldStart("students");
        }
    }

    @Override
    public void sheet(GradedSheet g) throws IOException {
        json.writeStartObject();
        json.writeStringField("student", g.sheet().student());
        json.writeNumberField("score", Numbers.round2(g.score()));
        json.writeNumberField("max", Numbers.round2(g.max()));
        json.writeNumberField("percent", Numbers.round2(g.percent()));
        if (g.passed().isPresent()) {
            json.writeBooleanField("passed", g.passed().get());
        } else {
            json.writeNullField("passed");
        }
        json.writeArrayFieldStart("answers");
        for (Grade grade : g.grades()) {
            json.writeStartObject();
            json.writeStringField("id", grade.questionId());
            json.writeStringField("given", grade.given());
            json.writeStringField("verdict", grade.verdict().word());
            json.writeNumberField("points", Numbers.round2(grade.earned()));
            json.writeNumberField("max", Numbers.round2(grade.possible()));
            json.writeStringField("rule", grade.rule().id());
            json.writeStringField("expected", grade.expected());
            if (grade.note().isPresent()) {
                json.writeStringField("note", grade.note().get());
            }
            if (context.details()) {
                json.writeArrayFieldStart("evidence");
                for (String sentence : Evidence.sentences(context.set().article(), grade)) {
                    json.writeString(sentence);
                }
                json.writeEndArray();
            }
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        if (lines) {
            json.writeRaw('\n');
        }
    }

    @Override
    public void finish(Totals totals) throws IOException {
        if (lines && totals.stats().isPresent()) {
            json.writeStartObject();
            writeStats(totals.stats().get());
            json.writeEndObject();
            json.writeRaw('\n');
        }
        if (!lines) {
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("students", totals.graded());
            json.writeNumberField("passed", totals.passed());
            json.writeNumberField("failed", totals.failed());
            json.writeNumberField("malformed", totals.malformed());
            json.writeNumberField("meanPercent", Numbers.round2(totals.meanPercent()));
            json.writeEndObject();
            if (totals.stats().isPresent()) {
                writeStats(totals.stats().get());
            }
            json.writeEndObject();
            json.writeRaw('\n');
        }
        json.flush();
    }

    /** {@code "stats": [{id, type, students, facility, discrimination, unanswered, unreadable, options, flags}]}. */
    private void writeStats(ItemStats stats) throws IOException {
        json.writeArrayFieldStart("stats");
        for (ItemStats.Item item : stats.items()) {
            json.writeStartObject();
            json.writeStringField("id", item.id());
            json.writeStringField("type", item.type());
            json.writeNumberField("students", item.students());
            json.writeNumberField("facility", Numbers.round3(item.facility()));
            if (item.discrimination().isPresent()) {
                json.writeNumberField(
                        "discrimination", Numbers.round3(item.discrimination().getAsDouble()));
            } else {
                json.writeNullField("discrimination");
            }
            json.writeNumberField("unanswered", item.unanswered());
            json.writeNumberField("unreadable", item.unreadable());
            if (!item.options().isEmpty()) {
                json.writeArrayFieldStart("options");
                for (ItemStats.Option o : item.options()) {
                    json.writeStartObject();
                    json.writeStringField("letter", o.letter());
                    json.writeStringField("text", o.text());
                    json.writeNumberField("picks", o.picks());
                    json.writeEndObject();
                }
                json.writeEndArray();
            }
            json.writeArrayFieldStart("flags");
            for (String flag : item.flags()) {
                json.writeString(flag);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        json.writeEndArray();
    }
}
