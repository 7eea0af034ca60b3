package dev.lectern.engine;

import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.Quoted;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TextCredit;
import dev.lectern.model.WrongAnswer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The keys of the kinds where the learner types: short, number, cloze. */
@SuppressWarnings("JavaLangClash") // Short and Number are always named TextKeys.Short and TextKeys.Number
final class TextKeys {
    private TextKeys() {}

    static final class Short implements AnswerKey {
        private final ShortQuestion q;
        private final String expected;
        private final TextKey key;

        Short(ShortQuestion q) {
            this.q = q;
            this.expected = q.answers().get(0);
            this.key = new TextKey(q.answers(), q.pattern(), q.matching(), q.credit(), q.wrong(), List.of());
        }

        @Override
        public Grade grade(Presentation shown, List<String> parts) {
            if (AnswerParts.isBlank(parts)) {
                return Scores.unanswered(q, expected);
            }
            String given = AnswerParts.joined(parts).strip();
            TextMatch m = key.match(given);
            return Scores.grade(
                    q,
                    m.credit(),
                    m.rule(),
                    given,
                    expected,
                    m.note(),
                    m.anticipated().map(WrongAnswer::feedback).stream().toList());
        }
    }

    static final class Number implements AnswerKey {
        private final NumberQuestion q;
        private final String unit;
        private final String expected;
        /** Each expected wrong answer's number, or null where its text is none. */
        private final List<BigDecimal> wrong = new ArrayList<>();

        Number(NumberQuestion q) {
            this.q = q;
            this.unit = q.unit().orElse(null);
            this.expected = q.answers().get(0).stripTrailingZeros().toPlainString()
                    + q.unit().map(Units::after).orElse("")
                    + (q.tolerance().amount().signum() > 0 ? " (± " + q.tolerance() + ")" : "");
            q.wrong().forEach(w -> wrong.add(NumberParser.parse(w.text()).orElse(null)));
        }

        @Override
        public Grade grade(Presentation shown, List<String> parts) {
            if (AnswerParts.isBlank(parts)) {
                return Scores.unanswered(q, expected);
            }
            String given = AnswerParts.joined(parts).strip();
            Optional<BigDecimal> parsed = NumberParser.parse(given, unit);
            if (parsed.isEmpty()) {
                return Scores.unreadable(q, given, expected, Quoted.of(given) + " is not a number");
            }
            BigDecimal value = parsed.get();
            for (BigDecimal a : q.answers()) {
                if (NumberParser.withinTolerance(
                        value, a, q.tolerance().amount(), q.tolerance().percent())) {
                    return Scores.grade(q, 1, Rule.NUMBER, given, expected, Optional.empty(), List.of());
                }
            }
            for (int i = 0; i < wrong.size(); i++) {
                if (wrong.get(i) != null && wrong.get(i).compareTo(value) == 0) {
                    return Scores.grade(
                            q,
                            0,
                            Rule.ANTICIPATED,
                            given,
                            expected,
                            Optional.empty(),
                            List.of(q.wrong().get(i).feedback()));
                }
            }
            return Scores.grade(q, 0, Rule.NUMBER, given, expected, Optional.empty(), List.of());
        }
    }

    static final class Cloze implements AnswerKey {
        private final ClozeQuestion q;
        private final String expected;
        private final List<TextKey> blanks = new ArrayList<>();

        Cloze(ClozeQuestion q) {
            this.q = q;
            this.expected = AnswerParts.joined(
                    q.blanks().stream().map(b -> b.answers().get(0)).toList());
            for (int i = 0; i < q.blanks().size(); i++) {
                List<String> rivals = new ArrayList<>();
                for (int j = 0; j < q.blanks().size(); j++) {
                    if (j != i) {
                        rivals.addAll(q.blanks().get(j).answers());
                    }
                }
                blanks.add(new TextKey(
                        q.blanks().get(i).answers(),
                        Optional.empty(),
                        q.matching(),
                        TextCredit.ALL_OR_NOTHING,
                        List.of(),
                        rivals));
            }
        }

        @Override
        public Grade grade(Presentation shown, List<String> parts) {
            if (AnswerParts.isBlank(parts)) {
                return Scores.unanswered(q, expected);
            }
            List<String> typed = parts.size() == 1 && blanks.size() > 1 ? splitAll(parts.get(0)) : parts;
            if (AnswerParts.isBlank(typed)) {
                return Scores.unanswered(q, expected); // "; ;" leaves every blank empty: nothing was answered
            }
            double total = 0;
            StringBuilder notes = new StringBuilder();
            List<String> given = new ArrayList<>(typed.size());
            for (String t : typed) {
                given.add(t.strip());
            }
            for (int i = 0; i < blanks.size(); i++) {
                boolean empty = i >= typed.size() || FastText.isBlank(typed.get(i));
                String blank = empty ? "" : given.get(i);
                TextMatch m =
                        blank.isEmpty() ? TextMatch.refused() : blanks.get(i).match(blank);
                total += m.credit();
                if (i > 0) {
                    notes.append("; ");
                }
                notes.append("blank ")
                        .append(i + 1)
                        .append(": ")
                        .append(m.isAccepted() ? "right" : blank.isEmpty() ? "empty" : "wrong");
                m.note().ifPresent(n -> notes.append(" (").append(n).append(')'));
            }
            double fraction = total / blanks.size();
            return Scores.grade(
                    q,
                    fraction,
                    Rule.PER_BLANK,
                    AnswerParts.joined(given),
                    expected,
                    Optional.of(notes.toString()),
                    List.of());
        }

        /** {@code text.split(";", -1)}: every piece, empty ones at either end included. */
        private static List<String> splitAll(String text) {
            List<String> pieces = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == ';') {
                    pieces.add(text.substring(start, i));
                    start = i + 1;
                }
            }
            pieces.add(text.substring(start));
            return pieces;
        }
    }
}
