package dev.lectern.interchange.moodle;

import dev.lectern.interchange.moodle.EmbeddedAnswers.Alternative;
import dev.lectern.interchange.moodle.EmbeddedAnswers.Blank;
import dev.lectern.interchange.moodle.EmbeddedAnswers.Kind;
import dev.lectern.interchange.xml.HtmlText;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.Letters;
import dev.lectern.model.MatchPolicy;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Quoted;
import dev.lectern.model.TextMatching;
import dev.lectern.model.Tolerance;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moodle's embedded-answers question ({@code type="cloze"}): a text whose sub-questions become Lectern's blanks.
 * A text with a single drop-down becomes a choice question and one with a single number a number question, the
 * gap shown in the prompt; otherwise every sub-question is a typed blank.
 */
final class MoodleCloze {
    static final String GAP = "_____";
    private static final char MARK = '\uE000';

    private MoodleCloze() {}

    static Optional<Question> read(MoodleFields f, String id) {
        String raw = f.child("questiontext").map(MoodleFields::textChild).orElse("");
        List<String> bad = new ArrayList<>();
        List<Blank> blanks = EmbeddedAnswers.find(raw, bad);
        bad.forEach(f::warn);
        if (blanks.isEmpty()) {
            f.error("an embedded-answers question needs at least one sub-question such as {1:SHORTANSWER:=answer};"
                    + " this one has none that Moodle could read; left out");
            return Optional.empty();
        }
        StringBuilder marked = new StringBuilder();
        int from = 0;
        for (Blank b : blanks) {
            marked.append(raw, from, b.start()).append(MARK);
            from = b.end();
        }
        marked.append(raw.substring(from));
        String format = f.questionFormat();
        String plain = MoodleFields.isHtml(format)
                ? HtmlText.toPlain(marked.toString())
                : HtmlText.collapse(marked.toString());
        // Paragraphs before the first blank are the instruction; the rest is the text with blanks.
        String[] paragraphs = plain.split("\n\n");
        int firstWithBlank = 0;
        while (firstWithBlank < paragraphs.length && paragraphs[firstWithBlank].indexOf(MARK) < 0) {
            firstWithBlank++;
        }
        String prompt = String.join("\n\n", java.util.Arrays.copyOfRange(paragraphs, 0, firstWithBlank))
                .strip();
        String text = String.join("\n\n", java.util.Arrays.copyOfRange(paragraphs, firstWithBlank, paragraphs.length));
        double weights = blanks.stream().mapToInt(Blank::weight).sum();
        double points = f.value("defaultgrade").isPresent() ? f.points() : Math.max(1, weights);
        if (blanks.size() == 1 && blanks.get(0).kind() == Kind.CHOICE) {
            return single(
                    f, f.header(id, join(prompt, text.replace(String.valueOf(MARK), GAP)), points), blanks.get(0));
        }
        if (blanks.size() == 1 && blanks.get(0).kind() == Kind.NUMERICAL) {
            return number(
                    f, f.header(id, join(prompt, text.replace(String.valueOf(MARK), GAP)), points), blanks.get(0));
        }
        if (blanks.stream().map(Blank::weight).distinct().count() > 1) {
            f.warn("the blanks have different weights in Moodle; Lectern splits the points equally over them");
        }
        List<String> segments = new ArrayList<>(List.of(text.split(String.valueOf(MARK), -1)));
        List<ClozeQuestion.Blank> typed = new ArrayList<>();
        boolean caseSensitive = false;
        for (int i = 0; i < blanks.size(); i++) {
            Blank b = blanks.get(i);
            caseSensitive |= b.kind() == Kind.SHORT_CASE;
            List<String> accepted = accepted(f, b, i + 1);
            if (accepted.isEmpty()) {
                f.error("blank " + (i + 1) + " (" + b.typeName() + ") has no answer that earns 100%; the question"
                        + " is left out");
                return Optional.empty();
            }
            typed.add(new ClozeQuestion.Blank(accepted));
        }
        if (caseSensitive && blanks.stream().anyMatch(b -> b.kind() != Kind.SHORT_CASE)) {
            f.warn("some blanks are case-sensitive in Moodle and some are not; Lectern makes them all case-sensitive");
        }
        QuestionHeader h = f.header(id, prompt.isBlank() ? "Fill in the blanks." : prompt, points);
        return Optional.of(
                new ClozeQuestion(h, segments, typed, new TextMatching(MatchPolicy.NORMALIZED, caseSensitive, 1.0)));
    }

    private static String join(String prompt, String text) {
        return prompt.isBlank() ? text : prompt + "\n\n" + text;
    }

    private static List<String> accepted(MoodleFields f, Blank b, int n) {
        List<String> accepted = new ArrayList<>();
        List<String> options = new ArrayList<>();
        boolean feedbackLost = false;
        for (Alternative a : b.alternatives()) {
            String text = HtmlText.toPlain(a.text()).replace("\\*", "*");
            options.add(text);
            feedbackLost |= !a.feedback().isBlank() && !text.equals("*");
            if (Math.abs(a.fraction() - 1) < 1e-6 && !text.isBlank()) {
                accepted.add(text);
            } else if (a.fraction() > 0) {
                f.warn("blank " + n + ": " + Quoted.of(text) + " earns " + MoodleGrades.plain(a.fraction() * 100)
                        + "% in" + " Moodle; Lectern gives all or nothing for a blank, so it is left out");
            }
        }
        if (b.kind() == Kind.CHOICE || b.kind() == Kind.MULTI_RESPONSE) {
            f.warn("blank " + n + " is a drop-down in Moodle (" + String.join(", ", options) + "); in Lectern the"
                    + " reader types the answer (" + String.join(" or ", accepted) + ")"
                    + (feedbackLost ? ", and the options' feedback is left out" : ""));
        } else if (feedbackLost) {
            f.warn("blank " + n + ": Lectern's blanks have no feedback per answer; the feedback is left out");
        }
        return accepted;
    }

    private static Optional<Question> single(MoodleFields f, QuestionHeader h, Blank b) {
        List<String> choices = new ArrayList<>();
        Map<String, String> feedback = new LinkedHashMap<>();
        int right = -1;
        for (Alternative a : b.alternatives()) {
            String text = HtmlText.toPlain(a.text());
            if (text.isBlank() || choices.contains(text)) {
                continue;
            }
            if (right < 0 && Math.abs(a.fraction() - 1) < 1e-6) {
                right = choices.size();
            } else if (a.fraction() > 0) {
                f.warn(Quoted.of(text) + " earns " + MoodleGrades.plain(a.fraction() * 100) + "% in Moodle; a Lectern"
                        + " choice has one right answer, so it earns nothing");
            }
            choices.add(text);
            String fb = HtmlText.toPlain(a.feedback());
            if (!fb.isBlank()) {
                feedback.put(text, fb);
            }
        }
        if (right < 0 || choices.size() < 2) {
            f.error("the drop-down needs at least two options, one of them worth 100%; left out");
            return Optional.empty();
        }
        if (choices.size() > Letters.MAX) {
            f.error(Letters.tooMany("choice", choices.size(), "choices") + " (one per drop-down); left out");
            return Optional.empty();
        }
        return Optional.of(new ChoiceQuestion(h, choices, right, feedback, 0));
    }

    private static Optional<Question> number(MoodleFields f, QuestionHeader h, Blank b) {
        List<BigDecimal> answers = new ArrayList<>();
        BigDecimal tolerance = BigDecimal.ZERO;
        for (Alternative a : b.alternatives()) {
            String[] valueAndMargin = a.text().strip().split(":", 2);
            Optional<BigDecimal> value = MoodleTyped.number(valueAndMargin[0]);
            if (value.isEmpty() || Math.abs(a.fraction() - 1) > 1e-6) {
                if (value.isEmpty() && !a.text().strip().equals("*")) {
                    f.warn(Quoted.of(a.text()) + " is not a number; left out");
                }
                continue;
            }
            answers.add(value.get());
            if (valueAndMargin.length > 1) {
                tolerance = tolerance.max(MoodleTyped.number(valueAndMargin[1])
                        .orElse(BigDecimal.ZERO)
                        .abs());
            }
        }
        if (answers.isEmpty()) {
            f.error("the numeric sub-question has no number worth 100%; left out");
            return Optional.empty();
        }
        return Optional.of(
                new NumberQuestion(h, answers, new Tolerance(tolerance, false), Optional.empty(), List.of()));
    }
}
