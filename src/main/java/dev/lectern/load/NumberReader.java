package dev.lectern.load;

import dev.lectern.model.NumberQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Tolerance;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** {@code type: number}: a number, with an optional tolerance and unit. */
final class NumberReader implements TypeReader {
    private static final String NUMBER = "-?\\d{1,15}([.,]\\d{1,15})?";

    @Override
    public List<String> keys() {
        return List.of("answer", "tolerance", "unit");
    }

    @Override
    public Optional<Question> read(YamlMap map, QuestionHeader header, LoadContext ctx) {
        Problems problems = ctx.problems();
        Optional<Scalar> answer = map.requiredText("answer", "question '" + header.id() + "'", "the number");
        Optional<BigDecimal> value = answer.flatMap(a -> number(a, problems));
        Optional<Tolerance> tolerance = map.text("tolerance").map(t -> tolerance(t, problems))
                .orElse(Optional.of(Tolerance.NONE));
        Optional<String> unit = map.text("unit").map(Scalar::text);
        if (value.isEmpty() || tolerance.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new NumberQuestion(header, value.get(), tolerance.get(), unit));
    }

    private static Optional<BigDecimal> number(Scalar s, Problems problems) {
        String text = s.text().strip();
        if (!text.matches(NUMBER)) {
            problems.error(s.pos(), "the answer of a number question must be a number, like 35 or 3.5; found '"
                    + s.text() + "'");
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(text.replace(',', '.')));
    }

    private static Optional<Tolerance> tolerance(Scalar s, Problems problems) {
        String text = s.text().strip();
        boolean percent = text.endsWith("%");
        String amount = percent ? text.substring(0, text.length() - 1).strip() : text;
        if (!amount.matches(NUMBER) || amount.startsWith("-")) {
            problems.error(s.pos(), "invalid tolerance '" + s.text() + "': write a number that is not negative,"
                    + " like 0.5, or a percentage, like 5%");
            return Optional.empty();
        }
        return Optional.of(new Tolerance(new BigDecimal(amount.replace(',', '.')), percent));
    }
}
