package dev.lectern.interchange;

import dev.lectern.load.Pos;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Quoted;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the Aiken format as Moodle does ({@code question/format/aiken/format.php}): a question line, choice lines
 * {@code A) text} or {@code A. text}, then {@code ANSWER: X}. A question that is broken is reported with its line
 * and left out; the others are still imported.
 */
public final class AikenImporter implements Importer {
    private static final Pattern CHOICE = Pattern.compile("([A-Z])[).][ \\t]?(.*)");
    private static final Pattern ANSWER = Pattern.compile("ANSWER:\\s*(.*)");

    @Override
    public ImportResult read(String fileName, byte[] bytes) {
        GiftImporter.Report report = new GiftImporter.Report(fileName);
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        List<ImportedQuestion> questions = new ArrayList<>();
        QuestionIds ids = new QuestionIds();
        Open open = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.length() < 2) {
                continue;
            }
            Pos pos = new Pos(i + 1, lines[i].indexOf(line.charAt(0)) + 1);
            Matcher choice = CHOICE.matcher(line);
            Matcher answer = ANSWER.matcher(line);
            if (choice.matches()) {
                if (open == null) {
                    report.error(pos, "a choice line before any question; write the question on the line above");
                } else if (choice.group(1).charAt(0) != 'A' + open.choices.size()) {
                    report.error(
                            pos,
                            "choice " + choice.group(1) + " follows choice " + (char) ('A' + open.choices.size() - 1)
                                    + "; label the choices A, B, C… in order");
                    open.broken = true;
                } else {
                    open.choices.add(choice.group(2).strip());
                }
            } else if (answer.matches()) {
                if (open == null) {
                    report.error(pos, "an ANSWER: line before any question");
                } else {
                    finish(open, answer.group(1).strip(), pos, ids, report).ifPresent(questions::add);
                }
                open = null;
            } else {
                if (open != null) {
                    report.error(
                            open.pos,
                            "the question \"" + abbreviate(open.prompt) + "\" has no ANSWER: line"
                                    + " (a line such as ANSWER: B after its choices); left out");
                }
                open = new Open(line, pos);
            }
        }
        if (open != null) {
            report.error(
                    open.pos,
                    "the question \"" + abbreviate(open.prompt) + "\" has no ANSWER: line (a line such"
                            + " as ANSWER: B after its choices); left out");
        }
        return new ImportResult(Optional.empty(), questions, report.problems());
    }

    private static final class Open {
        final String prompt;
        final Pos pos;
        final List<String> choices = new ArrayList<>();
        boolean broken;

        Open(String prompt, Pos pos) {
            this.prompt = prompt;
            this.pos = pos;
        }
    }

    private static Optional<ImportedQuestion> finish(
            Open q, String letter, Pos pos, QuestionIds ids, GiftImporter.Report report) {
        if (q.broken) {
            return Optional.empty();
        }
        if (q.choices.size() < 2) {
            report.error(
                    q.pos,
                    "the question \"" + abbreviate(q.prompt) + "\" needs at least two choices; found "
                            + q.choices.size());
            return Optional.empty();
        }
        int index = letter.isEmpty() ? -1 : letter.charAt(0) - 'A';
        if (letter.length() != 1 || index < 0 || index >= q.choices.size()) {
            report.error(
                    pos,
                    "ANSWER: must be the letter of one of the " + q.choices.size() + " choices (A to "
                            + (char) ('A' + q.choices.size() - 1) + "); found " + Quoted.of(letter));
            return Optional.empty();
        }
        if (q.choices.stream().distinct().count() != q.choices.size()) {
            report.error(q.pos, "the question \"" + abbreviate(q.prompt) + "\" lists the same choice twice");
            return Optional.empty();
        }
        QuestionHeader header = new QuestionHeader(
                ids.next(Optional.empty(), q.prompt), q.prompt, List.of(), Optional.empty(), Optional.empty(), 1.0);
        return Optional.of(new ImportedQuestion(new ChoiceQuestion(header, q.choices, index, Map.of(), 0), q.pos));
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 39) + "…" : text;
    }
}
