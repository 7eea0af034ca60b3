package dev.lectern.interchange;

import dev.lectern.load.Pos;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Quoted;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One blank-line-separated block of a GIFT file: a category line, or a question's name, text, answers in
 * {@code {…}} and general feedback after {@code ####}. Decides the question's kind as Moodle does, from what the
 * answers hold, and hands them to {@link GiftAnswers}.
 */
final class GiftQuestionReader {
    private static final Set<String> TRUE_FALSE = Set.of("T", "TRUE", "F", "FALSE");
    private static final String GAP = "_____";

    private final GiftSource source;
    private final QuestionIds ids;
    private final GiftImporter.Report report;
    private final String text;
    private final int offset;

    GiftQuestionReader(GiftSource source, QuestionIds ids, GiftImporter.Report report) {
        this.source = source;
        this.ids = ids;
        this.report = report;
        String all = source.text();
        int lead = 0;
        while (lead < all.length() && Character.isWhitespace(all.charAt(lead))) {
            lead++;
        }
        this.offset = lead;
        this.text = all.strip();
    }

    /** The category a {@code $CATEGORY:} block names. */
    Optional<String> category() {
        return text.startsWith("$CATEGORY:")
                ? Optional.of(GiftSource.restore(text.substring(10)).strip())
                : Optional.empty();
    }

    Optional<ImportedQuestion> question() {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Pos pos = source.pos(offset);
        String rest = text;
        int at = offset;
        Optional<String> name = Optional.empty();
        if (rest.startsWith("::")) {
            int end = rest.indexOf("::", 2);
            if (end >= 0) {
                name = Optional.of(GiftSource.restore(rest.substring(2, end)).strip());
                at += end + 2;
                rest = rest.substring(end + 2);
            } else {
                at += 2;
                rest = rest.substring(2);
            }
        }
        String unnamed = rest0(rest);
        String shown = name.map(n -> "question " + Quoted.of(n)).orElseGet(() -> describe("the question", unnamed));
        int open = rest.indexOf('{');
        int close = rest.indexOf('}');
        if (open < 0 && close < 0) {
            report.warning(
                    pos, shown + " is a description (text with no answers), which Lectern" + " cannot hold; left out");
            return Optional.empty();
        }
        if (close < 0) {
            report.error(
                    source.pos(at + open),
                    shown + ": the answers opened with '{' here are never closed with"
                            + " '}'; close them, or write \\{ for a brace in the text");
            return Optional.empty();
        }
        if (open < 0 || close < open) {
            report.error(
                    source.pos(at + close),
                    shown + ": '}' without a '{' before it; write \\} for a brace in" + " the text");
            return Optional.empty();
        }
        int nested = rest.indexOf('{', open + 1);
        if (nested >= 0 && nested < close) {
            report.error(
                    source.pos(at + nested),
                    shown + ": a second '{' before the answers opened at " + column(at + open)
                            + " are closed; write \\{ for a brace inside an answer");
            return Optional.empty();
        }
        int another = rest.indexOf('{', close + 1);
        if (another >= 0) {
            report.error(
                    source.pos(at + another),
                    shown + ": a second set of answers '{…}' in one question;"
                            + " separate questions with a blank line (GIFT holds one gap per question)");
            return Optional.empty();
        }
        String answers = rest.substring(open + 1, close).strip();
        boolean gap = close + 1 < rest.length() && !rest.substring(close + 1).isBlank();
        String before = rest.substring(0, open);
        String after = rest.substring(close + 1);
        String generalFeedback = "";
        int separator = answers.lastIndexOf("####");
        if (separator >= 0) {
            generalFeedback = answers.substring(separator + 4);
            answers = answers.substring(0, separator).strip();
        }
        GiftFormat.Tagged tagged = GiftFormat.tagged(before + (gap ? GAP + after : ""), GiftFormat.MOODLE);
        GiftFormat format = tagged.format();
        String prompt = format.plain(tagged.text(), dropped -> dropped(pos, shown, dropped));
        GiftFormat.Tagged feedback = GiftFormat.tagged(generalFeedback, format);
        String explain = feedback.format().plain(feedback.text(), dropped -> dropped(pos, shown, dropped));
        Optional<String> questionName = name;
        GiftAnswers.Context ctx = new GiftAnswers.Context(
                shown, pos, format, report, prompted -> header(questionName, prompted, explain));
        Optional<Question> q = kind(answers, ctx, prompt, gap, before, after, format, shown, pos);
        return q.map(question -> new ImportedQuestion(question, pos));
    }

    private Optional<Question> kind(
            String answers,
            GiftAnswers.Context ctx,
            String prompt,
            boolean gap,
            String before,
            String after,
            GiftFormat format,
            String shown,
            Pos pos) {
        // A gap's prompt is the text around it, and can still come out blank when that is HTML whose text is never
        // shown (an unclosed "<a href=" swallows the gap and all after it): then there is nothing to ask either.
        if (prompt.isBlank()) {
            report.error(pos, shown + " has no question text; write the question before '{'");
            return Optional.empty();
        }
        if (answers.isEmpty()) {
            report.warning(
                    pos,
                    shown + " is an essay question, which Lectern cannot hold (it"
                            + " cannot be marked automatically); left out");
            return Optional.empty();
        }
        if (answers.startsWith("#")) {
            return GiftAnswers.number(answers.substring(1), prompt, ctx);
        }
        if (answers.indexOf('~') >= 0) {
            return GiftAnswers.choices(answers, prompt, ctx);
        }
        if (answers.indexOf('=') >= 0 && answers.contains("->")) {
            return GiftAnswers.match(answers, prompt, ctx);
        }
        int hash = answers.indexOf('#');
        String check = hash > 0 ? answers.substring(0, hash).strip() : answers;
        if (TRUE_FALSE.contains(check)) {
            return GiftAnswers.trueFalse(answers, prompt, ctx);
        }
        if (gap) {
            GiftFormat.Tagged tagged = GiftFormat.tagged(before, format);
            String head = tagged.format().plain(tagged.text(), d -> {});
            String tail = format.plain(after, d -> {});
            // The gap keeps the spaces around it: "equals {=four}." reads "equals [[four]]."
            String lead = before.endsWith(" ") || before.endsWith("\n") ? " " : "";
            String trail = after.startsWith(" ") || after.startsWith("\n") ? " " : "";
            return GiftAnswers.missingWord(answers, head + lead, trail + tail, ctx);
        }
        return GiftAnswers.shortAnswer(answers, prompt, ctx);
    }

    private QuestionHeader header(Optional<String> name, String prompt, String explain) {
        return new QuestionHeader(
                ids.next(name, prompt),
                prompt,
                List.of(),
                explain.isBlank() ? Optional.empty() : Optional.of(explain),
                Optional.empty(),
                1.0);
    }

    private void dropped(Pos pos, String shown, List<String> dropped) {
        report.warning(
                pos,
                shown + ": " + String.join(", ", dropped) + " cannot be shown in a terminal; left out"
                        + " of the text");
    }

    private String column(int at) {
        Pos p = source.pos(at);
        return "line " + p.line() + ", column " + p.column();
    }

    /** The text before the answers, for naming a question that has no name. */
    private static String rest0(String rest) {
        int open = rest.indexOf('{');
        String before = open >= 0 ? rest.substring(0, open) : rest;
        return GiftFormat.tagged(before, GiftFormat.PLAIN).text();
    }

    /** {@code question 'Q8'}, or the first words of its text when it has no name. */
    private static String describe(String shown, String text) {
        if (!shown.equals("the question")) {
            return shown;
        }
        String words = GiftSource.restore(text).strip().replaceAll("\\s+", " ");
        return "the question \"" + (words.length() > 40 ? words.substring(0, 39) + "…" : words) + "\"";
    }
}
