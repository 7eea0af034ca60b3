package dev.lectern.engine;

import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.MultiScoring;
import dev.lectern.model.Quoted;
import dev.lectern.model.TrueFalseQuestion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Grading of the kinds where the learner picks: choice, multi, true-false. */
final class ChoiceGrading {

    private ChoiceGrading() {}

    static Grade choice(ChoiceQuestion q, Presentation shown, List<String> parts) {
        String expected = q.answerText();
        if (AnswerText.isBlank(parts)) {
            return Scores.unanswered(q, expected);
        }
        String given = AnswerText.joined(parts).strip();
        Optional<Integer> picked = pick(given, q.choices(), shown);
        if (picked.isEmpty()) {
            return Scores.unreadable(q, given, expected, Quoted.of(given) + " is not one of the choices");
        }
        String text = q.choices().get(picked.get());
        List<String> feedback =
                Optional.ofNullable(q.feedback().get(text)).stream().toList();
        if (picked.get() == q.answer()) {
            return Scores.grade(q, 1, Rule.CHOICE, text, expected, Optional.empty(), feedback);
        }
        return Scores.penalised(q, q.penalty(), Rule.CHOICE, text, expected, Optional.empty(), feedback);
    }

    static Grade multi(MultiQuestion q, Presentation shown, List<String> parts) {
        List<String> rightTexts =
                q.answers().stream().sorted().map(q.choices()::get).toList();
        String expected = AnswerText.joined(rightTexts);
        if (AnswerText.isBlank(parts)) {
            return Scores.unanswered(q, expected);
        }
        List<String> items = AnswerText.lettersOrItems(parts);
        Set<Integer> picks = new LinkedHashSet<>();
        for (String item : items) {
            Optional<Integer> picked = pick(item, q.choices(), shown);
            if (picked.isEmpty()) {
                return Scores.unreadable(
                        q, AnswerText.joined(items), expected, Quoted.of(item) + " is not one of the choices");
            }
            picks.add(picked.get());
        }
        String given = AnswerText.joined(picks.stream().map(q.choices()::get).toList());
        List<String> feedback = new ArrayList<>();
        picks.forEach(
                p -> Optional.ofNullable(q.feedback().get(q.choices().get(p))).ifPresent(feedback::add));
        double fraction = multiFraction(q, picks);
        Rule rule = Rule.valueOf(q.scoring().name());
        String note = countRight(q, picks);
        if (fraction <= 0) {
            return Scores.penalised(q, q.penalty(), rule, given, expected, Optional.of(note), feedback);
        }
        return Scores.grade(q, fraction, rule, given, expected, Optional.of(note), feedback);
    }

    private static double multiFraction(MultiQuestion q, Set<Integer> picks) {
        int k = q.answers().size();
        long right = picks.stream().filter(q.answers()::contains).count();
        long wrong = picks.size() - right;
        if (q.scoring() == MultiScoring.ALL_OR_NOTHING) {
            return right == k && wrong == 0 ? 1 : 0;
        }
        if (q.scoring() == MultiScoring.RIGHT_MINUS_WRONG) {
            return Math.max(0, (double) (right - wrong) / k);
        }
        int n = q.choices().size();
        long judgedWell = right + (n - k - wrong);
        return (double) judgedWell / n;
    }

    private static String countRight(MultiQuestion q, Set<Integer> picks) {
        long right = picks.stream().filter(q.answers()::contains).count();
        long wrong = picks.size() - right;
        return right + " of " + q.answers().size() + " right choices picked"
                + (wrong > 0 ? ", " + wrong + " wrong" : "");
    }

    static Grade trueFalse(TrueFalseQuestion q, List<String> parts) {
        String expected = String.valueOf(q.answer());
        if (AnswerText.isBlank(parts)) {
            return Scores.unanswered(q, expected);
        }
        String given = AnswerText.joined(parts).strip();
        Optional<Boolean> value = truth(given);
        if (value.isEmpty()) {
            return Scores.unreadable(q, given, expected, Quoted.of(given) + " is neither true nor false");
        }
        List<String> feedback = (value.get() ? q.feedbackIfTrue() : q.feedbackIfFalse())
                .stream().toList();
        if (value.get() == q.answer()) {
            return Scores.grade(q, 1, Rule.CHOICE, String.valueOf(value.get()), expected, Optional.empty(), feedback);
        }
        return Scores.penalised(
                q, q.penalty(), Rule.CHOICE, String.valueOf(value.get()), expected, Optional.empty(), feedback);
    }

    private static Optional<Boolean> truth(String text) {
        return switch (text.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "t", "yes", "y" -> Optional.of(true);
            case "false", "f", "no", "n" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    /** A choice named by its letter as shown, or by its text (ignoring case, punctuation and spacing). */
    static Optional<Integer> pick(String given, List<String> choices, Presentation shown) {
        Optional<Integer> letter = AnswerText.letter(given, choices.size());
        if (letter.isPresent() && choices.stream().noneMatch(c -> c.equalsIgnoreCase(given.strip()))) {
            return Optional.of(shown.written(letter.get()));
        }
        String typed = TextNormalizer.normalize(given, false);
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).strip().equals(given.strip())
                    || TextNormalizer.normalize(choices.get(i), false).equals(typed)) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
