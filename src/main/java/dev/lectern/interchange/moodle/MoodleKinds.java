package dev.lectern.interchange.moodle;

import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.Letters;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.MultiScoring;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.OrderScoring;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Quoted;
import dev.lectern.model.TrueFalseQuestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;

/** The choice-like Moodle kinds: multichoice, truefalse, matching and ordering, each to its Lectern kind. */
final class MoodleKinds {
    private MoodleKinds() {}

    /** One {@code <answer>}: its plain text, fraction (-1 to 1) and feedback. */
    record Answer(Element element, String text, double fraction, String feedback) {
        boolean right() {
            return Math.abs(fraction - 1) < 1e-6;
        }
    }

    static List<Answer> answers(MoodleFields f) {
        List<Answer> list = new ArrayList<>();
        for (Element a : f.children("answer")) {
            String text = MoodleFields.plain(a, f.questionFormat());
            String feedback = XmlFeedback.of(a, f.questionFormat());
            double fraction = 0;
            try {
                fraction = Double.parseDouble(a.getAttribute("fraction").strip()) / 100;
            } catch (NumberFormatException e) {
                f.warn(a, "the answer " + Quoted.of(text) + " has no fraction that is a number; read as 0%");
            }
            list.add(new Answer(a, text, fraction, feedback));
        }
        return list;
    }

    /** Answer texts must differ, as Lectern's choices do: a repeated one is dropped with a warning. */
    private static List<Answer> distinct(MoodleFields f, List<Answer> answers) {
        Set<String> seen = new LinkedHashSet<>();
        List<Answer> kept = new ArrayList<>();
        for (Answer a : answers) {
            if (a.text().isBlank()) {
                f.warn(a.element(), "an answer with no text is left out");
            } else if (!seen.add(a.text())) {
                f.warn(a.element(), "the answer " + Quoted.of(a.text()) + " is there twice; the second is left out");
            } else {
                kept.add(a);
            }
        }
        return kept;
    }

    private static Map<String, String> feedback(List<Answer> answers) {
        Map<String, String> map = new LinkedHashMap<>();
        answers.stream().filter(a -> !a.feedback().isBlank()).forEach(a -> map.put(a.text(), a.feedback()));
        return map;
    }

    static Optional<Question> multichoice(MoodleFields f, QuestionHeader h) {
        List<Answer> answers = distinct(f, answers(f));
        if (answers.size() < 2) {
            f.error("a multiple-choice question needs at least two answers; it has " + answers.size() + "; left out");
            return Optional.empty();
        }
        List<String> texts = answers.stream().map(Answer::text).toList();
        boolean single =
                !f.value("single").map(s -> s.equals("false") || s.equals("0")).orElse(false);
        if (texts.size() > Letters.MAX) {
            f.error(Letters.tooMany(single ? "choice" : "multi", texts.size(), "choices") + "; left out");
            return Optional.empty();
        }
        return single ? single(f, h, answers, texts) : multiple(f, h, answers, texts);
    }

    private static Optional<Question> single(
            MoodleFields f, QuestionHeader h, List<Answer> answers, List<String> texts) {
        int best = 0;
        for (int i = 1; i < answers.size(); i++) {
            if (answers.get(i).fraction() > answers.get(best).fraction()) {
                best = i;
            }
        }
        if (answers.get(best).fraction() <= 0) {
            f.error("no answer earns any credit, so there is no right choice; left out");
            return Optional.empty();
        }
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            if (i != best && a.fraction() > 0) {
                f.warn(
                        a.element(),
                        Quoted.of(a.text()) + " earns " + MoodleGrades.plain(a.fraction() * 100)
                                + "% in Moodle; a Lectern choice has one right answer, so it earns nothing");
            }
        }
        if (!answers.get(best).right()) {
            f.warn(
                    answers.get(best).element(),
                    "the best answer earns "
                            + MoodleGrades.plain(answers.get(best).fraction() * 100)
                            + "% in Moodle; in Lectern it is the right answer");
        }
        double penalty = 0;
        for (Answer a : answers) {
            penalty = Math.max(penalty, -a.fraction());
        }
        final double worst = penalty;
        if (answers.stream().anyMatch(a -> a.fraction() < 0 && Math.abs(-a.fraction() - worst) > 1e-6)) {
            f.warn("the wrong answers lose different shares in Moodle; Lectern's penalty is one share, "
                    + MoodleGrades.plain(worst * 100) + "%, for every wrong answer");
        }
        return Optional.of(new ChoiceQuestion(h, texts, best, feedback(answers), Math.min(1, worst)));
    }

    private static Optional<Question> multiple(
            MoodleFields f, QuestionHeader h, List<Answer> answers, List<String> texts) {
        Set<Integer> right = new LinkedHashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).fraction() > 0) {
                right.add(i);
            }
        }
        if (right.isEmpty()) {
            f.error("no answer earns any credit, so there is nothing to pick; left out");
            return Optional.empty();
        }
        double k = right.size();
        boolean exact = true;
        for (int i = 0; i < answers.size(); i++) {
            double expected = right.contains(i) ? 1 / k : -1 / k;
            exact &= Math.abs(answers.get(i).fraction() - expected) < 0.0001;
        }
        if (!exact) {
            f.warn("Lectern scores right minus wrong picks (each right pick +1/" + right.size() + ", each wrong"
                    + " pick -1/" + right.size() + "); the answers' own fractions in Moodle differ, so scores"
                    + " will too");
        }
        return Optional.of(new MultiQuestion(h, texts, right, feedback(answers), MultiScoring.RIGHT_MINUS_WRONG, 0));
    }

    static Optional<Question> trueFalse(MoodleFields f, QuestionHeader h) {
        Optional<Boolean> answer = Optional.empty();
        Optional<String> ifTrue = Optional.empty();
        Optional<String> ifFalse = Optional.empty();
        List<Answer> answers = answers(f);
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            String t = a.text().strip().toLowerCase(Locale.ROOT);
            // Old files have localised texts; Moodle then takes the first answer as "true", as here.
            boolean isTrue = t.equals("true") || (!t.equals("false") && i == 0);
            Optional<String> fb = a.feedback().isBlank() ? Optional.empty() : Optional.of(a.feedback());
            if (isTrue) {
                ifTrue = fb;
            } else {
                ifFalse = fb;
            }
            if (a.right()) {
                answer = Optional.of(isTrue);
            }
        }
        if (answer.isEmpty()) {
            f.error("neither 'true' nor 'false' has a fraction of 100; left out");
            return Optional.empty();
        }
        return Optional.of(new TrueFalseQuestion(h, answer.get(), ifTrue, ifFalse, 0));
    }

    static Optional<Question> matching(MoodleFields f, QuestionHeader h) {
        List<MatchQuestion.Pair> pairs = new ArrayList<>();
        Set<String> lefts = new LinkedHashSet<>();
        for (Element sub : f.children("subquestion")) {
            String left = MoodleFields.plain(sub, f.questionFormat());
            String right = dev.lectern.interchange.xml.XmlDocument.child(sub, "answer")
                    .map(a -> MoodleFields.plain(a, "plain_text"))
                    .orElse("");
            if (left.isBlank()) {
                if (!right.isBlank()) {
                    f.warn(
                            sub,
                            Quoted.of(right) + " is an extra wrong answer in Moodle; Lectern offers only the pairs'"
                                    + " right items, so it is left out");
                }
            } else if (right.isBlank()) {
                f.warn(sub, Quoted.of(left) + " has no answer to match; left out");
            } else if (!lefts.add(left)) {
                f.warn(sub, Quoted.of(left) + " is there twice; the second is left out");
            } else {
                pairs.add(new MatchQuestion.Pair(left, right));
            }
        }
        if (pairs.size() < 2) {
            f.error("a matching question needs at least two pairs; it has " + pairs.size() + "; left out");
            return Optional.empty();
        }
        if (pairs.size() > Letters.MAX) {
            f.error(Letters.tooMany("match", pairs.size(), "pairs") + "; left out");
            return Optional.empty();
        }
        return Optional.of(new MatchQuestion(h, pairs));
    }

    static Optional<Question> ordering(MoodleFields f, QuestionHeader h) {
        List<Answer> answers = distinct(f, answers(f));
        if (answers.size() < 2) {
            f.error("an ordering question needs at least two items; it has " + answers.size() + "; left out");
            return Optional.empty();
        }
        if (answers.size() > Letters.MAX) {
            f.error(Letters.tooMany("order", answers.size(), "items") + "; left out");
            return Optional.empty();
        }
        String grading = f.value("gradingtype")
                .filter(g -> !g.isBlank())
                .orElse("RELATIVE_NEXT_EXCLUDE_LAST")
                .toUpperCase(Locale.ROOT);
        OrderScoring scoring = grading.equals("ALL_OR_NOTHING") ? OrderScoring.ALL_OR_NOTHING : OrderScoring.PAIRS;
        if (!grading.equals("ALL_OR_NOTHING") && !grading.equals("RELATIVE_ALL_PREVIOUS_AND_NEXT")) {
            f.warn("Moodle's grading " + Quoted.of(grading.toLowerCase(Locale.ROOT))
                    + " is read as Lectern's 'pairs' (the"
                    + " share of item pairs in the right order); scores may differ");
        }
        String select = f.value("selecttype").orElse("RANDOM").toUpperCase(Locale.ROOT);
        int count = f.value("selectcount").map(MoodleKinds::integer).orElse(6);
        if (!select.equals("ALL") && !select.equals("EXACT") && count < answers.size()) {
            f.warn("Moodle shows " + count + " of the " + answers.size() + " items; Lectern asks for all of them");
        }
        return Optional.of(
                new OrderQuestion(h, answers.stream().map(Answer::text).toList(), scoring));
    }

    private static int integer(String s) {
        try {
            return Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return 6;
        }
    }
}
