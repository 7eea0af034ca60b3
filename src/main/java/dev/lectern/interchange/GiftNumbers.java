package dev.lectern.interchange;

import dev.lectern.model.NumberQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.Quoted;
import dev.lectern.model.Tolerance;
import dev.lectern.model.WrongAnswer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * GIFT's numerical answers after {@code #}: {@code 1822}, {@code 1822:5} (with a tolerance), {@code 3.141..3.142}
 * (a range), several after {@code =} with weights and feedback, and a catch-all feedback after {@code ~}.
 */
final class GiftNumbers {
    private GiftNumbers() {}

    private record Value(BigDecimal answer, BigDecimal tolerance) {}

    static Optional<Question> read(String answers, String prompt, GiftAnswers.Context ctx) {
        String body = answers;
        int tilde = body.indexOf('~');
        if (tilde >= 0) {
            ctx.warn("the feedback for every other answer (after '~') has no place in Lectern; left out");
            body = body.substring(0, tilde);
        }
        List<BigDecimal> accepted = new ArrayList<>();
        List<BigDecimal> tolerances = new ArrayList<>();
        List<WrongAnswer> wrong = new ArrayList<>();
        boolean rightFeedback = false;
        for (GiftAnswer a : GiftAnswer.split(body, '=', GiftFormat.PLAIN)) {
            Optional<Value> value = value(a.text());
            if (value.isEmpty()) {
                return ctx.fail(Quoted.of(a.text()) + " is not a number, a number:tolerance or a range min..max");
            }
            if (a.weight() >= 0.999) {
                accepted.add(value.get().answer());
                tolerances.add(value.get().tolerance());
                rightFeedback |= a.feedback().isPresent();
            } else {
                if (a.weight() > 0) {
                    ctx.warn(Quoted.of(a.text()) + " earns " + GiftAnswers.percent(a.weight()) + " in the original;"
                            + " Lectern has no partial credit for one answer and counts it as wrong");
                }
                a.feedback()
                        .or(() -> a.weight() > 0
                                ? Optional.of("Partly right: " + GiftAnswers.percent(a.weight())
                                        + " in the original question.")
                                : Optional.empty())
                        .ifPresent(f ->
                                wrong.add(new WrongAnswer(value.get().answer().toPlainString(), f)));
            }
        }
        if (rightFeedback) {
            ctx.warn("feedback on a right answer has no place in Lectern (the explanation is shown instead); left out");
        }
        if (accepted.isEmpty()) {
            return ctx.fail("no number earns full credit; write it after '#', like {#1822} or {#1822:2}");
        }
        BigDecimal tolerance = tolerances.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        if (tolerances.stream().anyMatch(t -> t.compareTo(tolerance) != 0)) {
            ctx.warn("the right numbers have different tolerances; Lectern uses the largest, "
                    + tolerance.toPlainString() + ", for all of them");
        }
        return Optional.of(new NumberQuestion(
                ctx.header().apply(prompt),
                accepted,
                tolerance.signum() == 0 ? Tolerance.NONE : new Tolerance(tolerance, false),
                Optional.empty(),
                wrong));
    }

    private static Optional<Value> value(String text) {
        try {
            int range = text.indexOf("..");
            if (range > 0) {
                BigDecimal min = new BigDecimal(text.substring(0, range).strip());
                BigDecimal max = new BigDecimal(text.substring(range + 2).strip());
                BigDecimal middle = min.add(max).divide(BigDecimal.valueOf(2), MathContext.DECIMAL64);
                return Optional.of(new Value(
                        middle.stripTrailingZeros(), max.subtract(middle).abs().stripTrailingZeros()));
            }
            int colon = text.indexOf(':');
            if (colon > 0) {
                return Optional.of(new Value(
                        new BigDecimal(text.substring(0, colon).strip()),
                        new BigDecimal(text.substring(colon + 1).strip()).abs()));
            }
            return Optional.of(new Value(new BigDecimal(text.strip()), BigDecimal.ZERO));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
