package dev.lectern.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.lectern.batch.AtomicFile;
import dev.lectern.batch.OutFile;
import dev.lectern.engine.Verdict;
import dev.lectern.model.OrderQuestion;
import dev.lectern.tui.AnswerLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code lectern SET --exam --hand-in DIR}: the session's answers as one JSON Lines sheet, {@code DIR/<student>.jsonl},
 * in the form {@code --batch} reads (docs/batch.md): each answer as the engine read it, a choice by its text (letters
 * on screen are shuffled), an order's items first to last, pairs as {@code left = right}. The sheet is written
 * anew, atomically, after every answer, so it is whole even when the quiz is killed. Only the first session counts:
 * a retry of the missed questions changes nothing handed in. Answers also go on to the history ({@link #forwardingTo}).
 */
final class HandIn implements AnswerLog {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private final Path dir;
    private AnswerLog history = AnswerLog.NONE;
    private final Map<String, String> answers = new LinkedHashMap<>();
    private String student;
    private String session;
    private Optional<String> failure = Optional.empty();
    private Path written;

    HandIn(Path dir, Optional<String> student) {
        this.dir = dir;
        this.student = student.map(String::strip).orElse(null);
    }

    /** Every answer also goes on to {@code log} (the history), first; returns this hand-in. */
    HandIn forwardingTo(AnswerLog log) {
        this.history = log;
        return this;
    }

    /** The learner's name, asked on the first screen when {@code --student} did not give it. */
    void named(String name) {
        this.student = name.strip();
    }

    @Override
    public void answered(Answered a) {
        history.answered(a);
        if (session == null) {
            session = a.sessionId();
        }
        if (!session.equals(a.sessionId()) || student == null) {
            return;
        }
        String given =
                a.grade().verdict() == Verdict.UNANSWERED ? "" : a.grade().given();
        answers.put(a.question().id(), a.question() instanceof OrderQuestion ? given.replace(" → ", "; ") : given);
        write();
    }

    /** The sheet's file: the student's name with what cannot be in a file name replaced. */
    static String fileName(String student) {
        String safe = student.replaceAll("[^\\p{L}\\p{N} ._-]", "_")
                .replaceAll("^[.]+", "_")
                .strip();
        return (safe.isEmpty() ? "student" : safe) + ".jsonl";
    }

    private void write() {
        Path target = dir.resolve(fileName(student));
        OutFile.Checked checked = OutFile.check(target, target.toString(), List.of());
        if (checked.refusal().isPresent()) {
            failure = Optional.of("lectern: the answers could not be handed in: "
                    + checked.refusal().get());
            return;
        }
        try (AtomicFile file = checked.file().orElseThrow().open()) {
            Writer out = file.writer();
            try (JsonGenerator g = JSON.createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                g.writeStringField("student", student);
                g.writeObjectFieldStart("answers");
                for (Map.Entry<String, String> e : answers.entrySet()) {
                    g.writeStringField(e.getKey(), e.getValue());
                }
                g.writeEndObject();
                g.writeEndObject();
            }
            out.write('\n');
            file.commit();
            written = target;
            failure = Optional.empty();
        } catch (IOException | RuntimeException e) {
            failure = Optional.of("lectern: the answers could not be handed in to " + target + ": " + e.getMessage());
        }
    }

    /** Says where the answers were handed in, or why they could not be; after the quiz. */
    void report(PrintWriter err) {
        if (failure.isPresent()) {
            err.println(failure.get());
        } else if (written != null) {
            err.println("lectern: handed in " + Words.count(answers.size(), "answer") + " as " + written);
        } else {
            err.println("lectern: nothing was handed in: no question was answered");
        }
    }
}
