package dev.lectern.interchange;

import dev.lectern.load.Pos;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.Letters;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.MultiScoring;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Quoted;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TextCredit;
import dev.lectern.model.TextMatching;
import dev.lectern.model.TrueFalseQuestion;
import dev.lectern.model.WrongAnswer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** The answers inside a GIFT question's braces, read per kind as Moodle reads them. */
final class GiftAnswers {
    /** What each kind needs: how to name the question, where it is, its text format, and its header. */
    record Context(
            String shown,
            Pos pos,
            GiftFormat format,
            GiftImporter.Report report,
            Function<String, QuestionHeader> header) {
        void warn(String message) {
            report.warning(pos, shown + ": " + message);
        }

        Optional<Question> fail(String message) {
            report.error(pos, shown + ": " + message);
            return Optional.empty();
        }
    }

    private GiftAnswers() {}

    static Optional<Question> choices(String answers, String prompt, Context ctx) {
        boolean single = answers.indexOf('=') >= 0;
        List<GiftAnswer> list = GiftAnswer.split(answers.replace("=", "~="), '~', ctx.format());
        if (list.size() < 2) {
            return ctx.fail("a multiple-choice question needs at least two answers, each after '~' or '='");
        }
        List<String> choices = new ArrayList<>();
        Map<String, String> feedback = new LinkedHashMap<>();
        for (GiftAnswer a : list) {
            if (choices.contains(a.text())) {
                ctx.warn("the answer " + Quoted.of(a.text()) + " is listed twice; only the first is kept");
                continue;
            }
            choices.add(a.text());
            a.feedback().ifPresent(f -> feedback.put(a.text(), f));
        }
        if (choices.size() < 2) {
            return ctx.fail("a multiple-choice question needs at least two different answers");
        }
        if (choices.size() > Letters.MAX) {
            return ctx.fail(Letters.tooMany(single ? "choice" : "multi", choices.size(), "choices"));
        }
        List<GiftAnswer> kept =
                list.stream().filter(a -> choices.indexOf(a.text()) >= 0).toList();
        return single ? single(kept, choices, feedback, prompt, ctx) : multiple(kept, choices, feedback, prompt, ctx);
    }

    private static Optional<Question> single(
            List<GiftAnswer> list, List<String> choices, Map<String, String> feedback, String prompt, Context ctx) {
        int right = -1;
        Set<Double> penalties = new LinkedHashSet<>();
        for (GiftAnswer a : list) {
            int index = choices.indexOf(a.text());
            if (a.weight() >= 0.999 && right < 0 && index >= 0) {
                right = index;
            } else if (a.weight() >= 0.999) {
                ctx.warn("more than one right answer; Lectern keeps " + Quoted.of(choices.get(right)) + " and counts "
                        + Quoted.of(a.text())
                        + " as wrong (write ~%50% weights for a question with several right answers)");
            } else if (a.weight() > 0) {
                ctx.warn(Quoted.of(a.text()) + " earns " + percent(a.weight()) + " in the original; Lectern has no"
                        + " partial credit for one choice and counts it as wrong");
            } else {
                penalties.add(Math.min(1, Math.max(0, -a.weight())) + 0.0); // + 0.0: never -0.0
            }
        }
        if (right < 0) {
            return ctx.fail("no answer is marked right with '='");
        }
        double penalty =
                penalties.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        if (penalties.size() > 1) {
            ctx.warn("the wrong answers deduct different shares; Lectern deducts " + percent(penalty) + " for each");
        }
        return Optional.of(new ChoiceQuestion(ctx.header().apply(prompt), choices, right, feedback, penalty));
    }

    private static Optional<Question> multiple(
            List<GiftAnswer> list, List<String> choices, Map<String, String> feedback, String prompt, Context ctx) {
        Set<Integer> right = new LinkedHashSet<>();
        for (GiftAnswer a : list) {
            if (a.weight() > 0) {
                right.add(choices.indexOf(a.text()));
            }
        }
        if (right.isEmpty()) {
            return ctx.fail("no answer earns credit; mark the right ones with weights such as ~%50%");
        }
        double share = 1.0 / right.size();
        boolean equalRight =
                list.stream().filter(a -> a.weight() > 0).allMatch(a -> Math.abs(a.weight() - share) < 1e-3);
        boolean deducting =
                list.stream().filter(a -> a.weight() <= 0).allMatch(a -> Math.abs(a.weight() + share) < 1e-3);
        if (!equalRight || !deducting) {
            ctx.warn("Lectern scores it right-minus-wrong (each right option +" + percent(share) + ", each wrong one"
                    + " -" + percent(share) + "), which differs from the original weights");
        }
        return Optional.of(new MultiQuestion(
                ctx.header().apply(prompt), choices, right, feedback, MultiScoring.RIGHT_MINUS_WRONG, 0));
    }

    static Optional<Question> trueFalse(String answers, String prompt, Context ctx) {
        String[] bits = answers.split("#", 3);
        boolean answer = bits[0].strip().startsWith("T");
        Optional<String> wrong = bits.length > 1 ? GiftAnswer.text(bits[1], ctx.format()) : Optional.empty();
        Optional<String> right = bits.length > 2 ? GiftAnswer.text(bits[2], ctx.format()) : Optional.empty();
        return Optional.of(new TrueFalseQuestion(
                ctx.header().apply(prompt), answer, answer ? right : wrong, answer ? wrong : right, 0));
    }

    static Optional<Question> shortAnswer(String answers, String prompt, Context ctx) {
        Optional<Typed> typed = typed(answers, ctx);
        return typed.map(t -> new ShortQuestion(
                ctx.header().apply(prompt),
                t.accepted(),
                Optional.empty(),
                TextMatching.DEFAULT,
                TextCredit.ALL_OR_NOTHING,
                t.wrong()));
    }

    /** {@code Two plus two equals {=four =4}.}: a text with one gap, which Lectern holds as a cloze question. */
    static Optional<Question> missingWord(String answers, String before, String after, Context ctx) {
        Optional<Typed> typed = typed(answers, ctx);
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        if (!typed.get().wrong().isEmpty()) {
            ctx.warn("a gap in a text has no feedback for expected wrong answers; it is left out");
        }
        return Optional.of(new ClozeQuestion(
                ctx.header().apply(ClozeQuestion.DEFAULT_PROMPT),
                List.of(before, after),
                List.of(new ClozeQuestion.Blank(typed.get().accepted())),
                TextMatching.DEFAULT));
    }

    private record Typed(List<String> accepted, List<WrongAnswer> wrong) {}

    private static Optional<Typed> typed(String answers, Context ctx) {
        List<String> accepted = new ArrayList<>();
        List<WrongAnswer> wrong = new ArrayList<>();
        boolean rightFeedback = false;
        for (GiftAnswer a : GiftAnswer.split(answers, '=', ctx.format())) {
            if (a.text().equals("*")) {
                ctx.warn("the catch-all answer '*' has no place in Lectern; its feedback is left out");
            } else if (a.weight() >= 0.999) {
                accepted.add(a.text());
                rightFeedback |= a.feedback().isPresent();
            } else if (a.weight() > 0) {
                ctx.warn(Quoted.of(a.text()) + " earns " + percent(a.weight()) + " in the original; Lectern has no"
                        + " partial credit for one answer and counts it as wrong");
                wrong.add(new WrongAnswer(
                        a.text(),
                        a.feedback().orElse("Partly right: " + percent(a.weight()) + " in the original question.")));
            } else if (a.feedback().isPresent()
                    && wrong.stream().noneMatch(w -> w.text().equals(a.text()))) {
                wrong.add(new WrongAnswer(a.text(), a.feedback().get()));
            }
        }
        if (rightFeedback) {
            ctx.warn("feedback on a right answer has no place in Lectern (the explanation is shown instead); left out");
        }
        if (accepted.isEmpty()) {
            ctx.fail("no answer earns full credit; write the right answer after '='");
            return Optional.empty();
        }
        return Optional.of(new Typed(List.copyOf(new LinkedHashSet<>(accepted)), wrong));
    }

    static Optional<Question> number(String answers, String prompt, Context ctx) {
        return GiftNumbers.read(answers, prompt, ctx);
    }

    static Optional<Question> match(String answers, String prompt, Context ctx) {
        List<MatchQuestion.Pair> pairs = new ArrayList<>();
        for (String part : GiftAnswer.parts(answers, '=')) {
            int arrow = part.indexOf("->");
            if (arrow < 0) {
                return ctx.fail(Quoted.of(GiftSource.restore(part).strip()) + " is not a pair; write each as"
                        + " '=item -> its match'");
            }
            GiftFormat.Tagged left = GiftFormat.tagged(part.substring(0, arrow), ctx.format());
            String leftText = left.format().plain(left.text(), d -> {});
            String rightText = GiftSource.restore(part.substring(arrow + 2)).strip();
            if (leftText.isEmpty()) {
                ctx.warn("the extra match " + Quoted.of(rightText)
                        + " (with no item) has no place in Lectern; left out");
            } else if (pairs.stream().anyMatch(p -> p.left().equals(leftText))) {
                ctx.warn("the item " + Quoted.of(leftText) + " is listed twice; only the first pair is kept");
            } else {
                pairs.add(new MatchQuestion.Pair(leftText, rightText));
            }
        }
        if (pairs.size() < 2) {
            return ctx.fail("a matching question needs at least two pairs '=item -> its match'");
        }
        if (pairs.size() > Letters.MAX) {
            return ctx.fail(Letters.tooMany("match", pairs.size(), "pairs"));
        }
        return Optional.of(new MatchQuestion(ctx.header().apply(prompt), pairs));
    }

    static String percent(double share) {
        return java.math.BigDecimal.valueOf(share * 100)
                        .setScale(2, java.math.RoundingMode.HALF_UP)
                        .stripTrailingZeros()
                        .toPlainString()
                + "%";
    }
}
