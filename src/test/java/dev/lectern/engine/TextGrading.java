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

/** Grading of the kinds where the learner types: short, number, cloze. */
final class TextGrading {
    private TextGrading() {}

    static Grade shortAnswer(ShortQuestion q, List<String> parts) {
        String expected = q.answers().get(0);
        if (AnswerText.isBlank(parts)) {
            return Scores.unanswered(q, expected);
        }
        String given = AnswerText.joined(parts).strip();
        TextMatch m =
                new TextMatcher(q.answers(), q.pattern(), q.matching(), q.credit(), q.wrong(), List.of()).match(given);
        return Scores.grade(
                q,
                m.credit(),
                m.rule(),
                given,
                expected,
                m.note(),
                m.anticipated().map(WrongAnswer::feedback).stream().toList());
    }

    static Grade number(NumberQuestion q, List<String> parts) {
        String unit = q.unit().orElse(null);
        String expected = q.answers().get(0).stripTrailingZeros().toPlainString()
                + q.unit().map(Units::after).orElse("")
                + (q.tolerance().amount().signum() > 0 ? " (± " + q.tolerance() + ")" : "");
        if (AnswerText.isBlank(parts)) {
            return Scores.unanswered(q, expected);
        }
        String given = AnswerText.joined(parts).strip();
        Optional<BigDecimal> value = NumberParser.parse(given, unit);
        if (value.isEmpty()) {
            return Scores.unreadable(q, given, expected, Quoted.of(given) + " is not a number");
        }
        boolean right = q.answers().stream()
                .anyMatch(a -> NumberParser.withinTolerance(
                        value.get(), a, q.tolerance().amount(), q.tolerance().percent()));
        if (right) {
            return Scores.grade(q, 1, Rule.NUMBER, given, expected, Optional.empty(), List.of());
        }
        Optional<WrongAnswer> anticipated = q.wrong().stream()
                .filter(w -> NumberParser.parse(w.text())
                        .map(n -> n.compareTo(value.get()) == 0)
                        .orElse(false))
                .findFirst();
        return Scores.grade(
                q,
                0,
                anticipated.isPresent() ? Rule.ANTICIPATED : Rule.NUMBER,
                given,
                expected,
                Optional.empty(),
                anticipated.map(WrongAnswer::feedback).stream().toList());
    }

    static Grade cloze(ClozeQuestion q, List<String> parts) {
        List<String> firsts = q.blanks().stream().map(b -> b.answers().get(0)).toList();
        String expected = AnswerText.joined(firsts);
        if (AnswerText.isBlank(parts)) {
            return Scores.unanswered(q, expected);
        }
        List<String> typed = parts.size() == 1 && q.blanks().size() > 1
                ? List.of(parts.get(0).split(";", -1))
                : parts;
        if (AnswerText.isBlank(typed)) {
            return Scores.unanswered(q, expected); // "; ;" leaves every blank empty: nothing was answered
        }
        double total = 0;
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < q.blanks().size(); i++) {
            boolean empty = i >= typed.size() || AnswerText.isBlank(List.of(typed.get(i)));
            String blank = empty ? "" : typed.get(i).strip();
            List<String> rivals = new ArrayList<>();
            for (int j = 0; j < q.blanks().size(); j++) {
                if (j != i) {
                    rivals.addAll(q.blanks().get(j).answers());
                }
            }
            TextMatch m = blank.isEmpty()
                    ? TextMatch.refused()
                    : new TextMatcher(
                                    q.blanks().get(i).answers(),
                                    Optional.empty(),
                                    q.matching(),
                                    TextCredit.ALL_OR_NOTHING,
                                    List.of(),
                                    rivals)
                            .match(blank);
            total += m.credit();
            notes.add("blank " + (i + 1) + ": " + (m.isAccepted() ? "right" : blank.isEmpty() ? "empty" : "wrong")
                    + m.note().map(n -> " (" + n + ")").orElse(""));
        }
        double fraction = total / q.blanks().size();
        String given = AnswerText.joined(typed.stream().map(String::strip).toList());
        return Scores.grade(
                q, fraction, Rule.PER_BLANK, given, expected, Optional.of(String.join("; ", notes)), List.of());
    }
}
