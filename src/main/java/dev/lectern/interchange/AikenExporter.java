package dev.lectern.interchange;

import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the set's single-answer choice questions in the Aiken format (question line, {@code A) …} choice lines,
 * {@code ANSWER: X}), the only kind Aiken holds; it has no names, feedback, explanations or points.
 */
public final class AikenExporter implements Exporter {
    private static final int MAX_CHOICES = 26;

    @Override
    public Export export(QuestionSet set) {
        List<ExportNote> notes = new ArrayList<>();
        StringBuilder out = new StringBuilder();
        int written = 0;
        for (Question q : set.questions()) {
            if (!(q instanceof ChoiceQuestion c)) {
                notes.add(new ExportNote(
                        q.id(),
                        ExportNote.Effect.LEFT_OUT,
                        "Aiken holds only multiple-choice" + " questions with one right answer, and this is a "
                                + q.typeName() + " question"));
                continue;
            }
            if (c.choices().size() > MAX_CHOICES) {
                notes.add(new ExportNote(
                        q.id(),
                        ExportNote.Effect.LEFT_OUT,
                        "Aiken labels choices A to Z and this" + " question has "
                                + c.choices().size()));
                continue;
            }
            lost(c).ifPresent(notes::add);
            out.append(oneLine(c.prompt())).append('\n');
            for (int i = 0; i < c.choices().size(); i++) {
                out.append((char) ('A' + i))
                        .append(") ")
                        .append(oneLine(c.choices().get(i)))
                        .append('\n');
            }
            out.append("ANSWER: ").append((char) ('A' + c.answer())).append("\n\n");
            written++;
        }
        return new Export(out.toString().getBytes(StandardCharsets.UTF_8), written, notes);
    }

    private static java.util.Optional<ExportNote> lost(ChoiceQuestion c) {
        List<String> lost = new ArrayList<>();
        if (!c.feedback().isEmpty()) {
            lost.add("feedback");
        }
        if (c.header().explain().isPresent() || !c.evidence().isEmpty()) {
            lost.add("explanation and evidence");
        }
        if (c.header().hint().isPresent()) {
            lost.add("hint");
        }
        if (c.points() != 1.0) {
            lost.add("points");
        }
        if (c.penalty() > 0) {
            lost.add("penalty");
        }
        return lost.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(new ExportNote(
                        c.id(),
                        ExportNote.Effect.CHANGED,
                        "Aiken has no " + String.join(", ", lost).replaceFirst(", ([^,]*)$", " or $1")
                                + "; written without"));
    }

    /** Aiken is line-based: a text's line breaks become spaces. */
    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }
}
