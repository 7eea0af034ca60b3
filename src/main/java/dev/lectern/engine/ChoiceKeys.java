package dev.lectern.engine;

import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.MultiScoring;
import dev.lectern.model.Quoted;
import dev.lectern.model.TrueFalseQuestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The keys of the kinds where the learner picks: choice, multi, true-false. */
final class ChoiceKeys {
    private ChoiceKeys() {}

    /** Each choice's feedback, by written index: a list of one or of none. */
    private static List<List<String>> feedbackByChoice(List<String> choices, java.util.Map<String, String> feedback) {
        List<List<String>> all = new ArrayList<>(choices.size());
        for (String choice : choices) {
            all.add(Optional.ofNullable(feedback.get(choice)).stream().toList());
        }
        return all;
    }

    static final class Choice implements AnswerKey {
        private final ChoiceQuestion q;
        private final Picker choices;
        private final String expected;
        private final List<List<String>> feedback;

        Choice(ChoiceQuestion q) {
            this.q = q;
            this.choices = new Picker(q.choices());
            this.expected = q.answerText();
            this.feedback = feedbackByChoice(q.choices(), q.feedback());
        }

        @Override
        public Grade grade(Presentation shown, List<String> parts) {
            if (AnswerParts.isBlank(parts)) {
                return Scores.unanswered(q, expected);
            }
            String given = AnswerParts.joined(parts).strip();
            int picked = choices.pick(given, shown);
            if (picked < 0) {
                return Scores.unreadable(q, given, expected, Quoted.of(given) + " is not one of the choices");
            }
            String text = choices.get(picked);
            if (picked == q.answer()) {
                return Scores.grade(q, 1, Rule.CHOICE, text, expected, Optional.empty(), feedback.get(picked));
            }
            return Scores.penalised(
                    q, q.penalty(), Rule.CHOICE, text, expected, Optional.empty(), feedback.get(picked));
        }
    }

    static final class Multi implements AnswerKey {
        private final MultiQuestion q;
        private final Picker choices;
        private final String expected;
        private final boolean[] right;
        private final Rule rule;
        private final List<List<String>> feedback;

        Multi(MultiQuestion q) {
            this.q = q;
            this.choices = new Picker(q.choices());
            this.expected = AnswerParts.joined(
                    q.answers().stream().sorted().map(q.choices()::get).toList());
            this.right = new boolean[q.choices().size()];
            q.answers().forEach(a -> right[a] = true);
            this.rule = Rule.valueOf(q.scoring().name());
            this.feedback = feedbackByChoice(q.choices(), q.feedback());
        }

        @Override
        public Grade grade(Presentation shown, List<String> parts) {
            if (AnswerParts.isBlank(parts)) {
                return Scores.unanswered(q, expected);
            }
            List<String> items = AnswerParts.lettersOrItems(parts);
            int[] picks = new int[items.size()];
            int count = 0;
            boolean[] seen = new boolean[choices.size()];
            for (String item : items) {
                int picked = choices.pick(item, shown);
                if (picked < 0) {
                    return Scores.unreadable(
                            q, AnswerParts.joined(items), expected, Quoted.of(item) + " is not one of the choices");
                }
                if (!seen[picked]) {
                    seen[picked] = true;
                    picks[count++] = picked;
                }
            }
            List<String> texts = new ArrayList<>(count);
            List<String> notes = new ArrayList<>();
            long rightPicks = 0;
            for (int i = 0; i < count; i++) {
                texts.add(choices.get(picks[i]));
                notes.addAll(feedback.get(picks[i]));
                rightPicks += right[picks[i]] ? 1 : 0;
            }
            long wrongPicks = count - rightPicks;
            String given = AnswerParts.joined(texts);
            double fraction = fraction(rightPicks, wrongPicks);
            String note = rightPicks + " of " + q.answers().size() + " right choices picked"
                    + (wrongPicks > 0 ? ", " + wrongPicks + " wrong" : "");
            if (fraction <= 0) {
                return Scores.penalised(q, q.penalty(), rule, given, expected, Optional.of(note), notes);
            }
            return Scores.grade(q, fraction, rule, given, expected, Optional.of(note), notes);
        }

        private double fraction(long rightPicks, long wrongPicks) {
            int k = q.answers().size();
            if (q.scoring() == MultiScoring.ALL_OR_NOTHING) {
                return rightPicks == k && wrongPicks == 0 ? 1 : 0;
            }
            if (q.scoring() == MultiScoring.RIGHT_MINUS_WRONG) {
                return Math.max(0, (double) (rightPicks - wrongPicks) / k);
            }
            int n = q.choices().size();
            long judgedWell = rightPicks + (n - k - wrongPicks);
            return (double) judgedWell / n;
        }
    }

    static final class TrueFalse implements AnswerKey {
        private final TrueFalseQuestion q;
        private final String expected;
        private final List<String> ifTrue;
        private final List<String> ifFalse;

        TrueFalse(TrueFalseQuestion q) {
            this.q = q;
            this.expected = String.valueOf(q.answer());
            this.ifTrue = q.feedbackIfTrue().stream().toList();
            this.ifFalse = q.feedbackIfFalse().stream().toList();
        }

        @Override
        public Grade grade(Presentation shown, List<String> parts) {
            if (AnswerParts.isBlank(parts)) {
                return Scores.unanswered(q, expected);
            }
            String given = AnswerParts.joined(parts).strip();
            int value = truth(given);
            if (value < 0) {
                return Scores.unreadable(q, given, expected, Quoted.of(given) + " is neither true nor false");
            }
            boolean picked = value == 1;
            List<String> feedback = picked ? ifTrue : ifFalse;
            if (picked == q.answer()) {
                return Scores.grade(q, 1, Rule.CHOICE, String.valueOf(picked), expected, Optional.empty(), feedback);
            }
            return Scores.penalised(
                    q, q.penalty(), Rule.CHOICE, String.valueOf(picked), expected, Optional.empty(), feedback);
        }

        /** 1 true, 0 false, −1 neither. */
        private static int truth(String text) {
            if (text.length() > 5) {
                return -1;
            }
            return switch (text.toLowerCase(java.util.Locale.ROOT)) {
                case "true", "t", "yes", "y" -> 1;
                case "false", "f", "no", "n" -> 0;
                default -> -1;
            };
        }
    }
}
