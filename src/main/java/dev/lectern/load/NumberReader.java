package dev.lectern.load;

import dev.lectern.model.NumberQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Quoted;
import dev.lectern.model.Tolerance;
import dev.lectern.model.WrongAnswer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code type: number}: a number (or several accepted), with an optional tolerance, unit and expected wrong answers. */
final class NumberReader implements TypeReader {
    private static final String NUMBER = "-?\\d{1,15}([.,]\\d{1,15})?";
    /** {@code 1,000} and {@code 1,000,000.5}: commas between groups of three are thousands separators, as learners type them. */
    private static final String GROUPED = "-?\\d{1,3}(,\\d{3})+(\\.\\d{1,15})?";

    @Override
    public List<String> keys() {
        return List.of("answer", "answers", "tolerance", "unit", "wrong");
    }

    @Override
    public Optional<Question> read(YamlMap map, QuestionHeader header, LoadContext ctx) {
        Problems problems = ctx.problems();
        Optional<List<Scalar>> texts =
                ShortReader.acceptedTexts(map, "question '" + header.id() + "'", "the number", problems);
        List<BigDecimal> values = new ArrayList<>();
        boolean ok = texts.isPresent();
        for (Scalar s : texts.orElse(List.of())) {
            Optional<BigDecimal> value = number(s, "the answer of a number question", problems);
            ok &= value.isPresent();
            value.ifPresent(values::add);
        }
        Optional<Tolerance> tolerance =
                map.text("tolerance").map(t -> tolerance(t, problems)).orElse(Optional.of(Tolerance.NONE));
        Optional<String> unit = map.text("unit").map(Scalar::text);
        Optional<List<Map.Entry<Scalar, Scalar>>> wrong = SetOptions.wrongEntries(map, problems);
        for (Map.Entry<Scalar, Scalar> w : wrong.orElse(List.of())) {
            ok &= number(w.getKey(), "an expected wrong answer of a number question", problems)
                    .isPresent();
        }
        if (!ok || tolerance.isEmpty() || wrong.isEmpty()) {
            return Optional.empty();
        }
        AnswerInEvidence.check(
                ctx,
                header,
                AnswerInEvidence.number(values, tolerance.get()),
                texts.get().get(0).pos());
        List<WrongAnswer> expectedWrong = wrong.get().stream()
                .map(e -> new WrongAnswer(e.getKey().text(), e.getValue().text()))
                .toList();
        return Optional.of(new NumberQuestion(header, values, tolerance.get(), unit, expectedWrong));
    }

    private static Optional<BigDecimal> number(Scalar s, String what, Problems problems) {
        String text = s.text().strip();
        if (text.matches(GROUPED)) {
            return Optional.of(new BigDecimal(text.replace(",", "")));
        }
        if (!text.matches(NUMBER)) {
            problems.error(
                    s.pos(), what + " must be a number in figures, like 35 or 3.5; found " + Quoted.of(s.text()));
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.replace(',', '.')));
    }

    private static Optional<Tolerance> tolerance(Scalar s, Problems problems) {
        String text = s.text().strip();
        boolean percent = text.endsWith("%");
        String amount = percent ? text.substring(0, text.length() - 1).strip() : text;
        if (!amount.matches(NUMBER) || amount.startsWith("-")) {
            problems.error(
                    s.pos(),
                    "invalid tolerance " + Quoted.of(s.text()) + ": write a number that is not negative,"
                            + " like 0.5, or a percentage, like 5%");
            return Optional.empty();
        }
        return Optional.of(new Tolerance(new BigDecimal(amount.replace(',', '.')), percent));
    }
}
