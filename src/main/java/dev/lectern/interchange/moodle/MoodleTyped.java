package dev.lectern.interchange.moodle;

import dev.lectern.interchange.moodle.MoodleKinds.Answer;
import dev.lectern.interchange.xml.XmlDocument;
import dev.lectern.model.MatchPolicy;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Quoted;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TextCredit;
import dev.lectern.model.TextMatching;
import dev.lectern.model.Tolerance;
import dev.lectern.model.WrongAnswer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/** The typed-answer Moodle kinds: shortanswer and numerical. */
final class MoodleTyped {
    private MoodleTyped() {}

    static Optional<Question> shortAnswer(MoodleFields f, QuestionHeader h) {
        boolean caseSensitive = f.value("usecase").map(s -> s.equals("1")).orElse(false);
        List<String> accepted = new ArrayList<>();
        List<String> wildcards = new ArrayList<>();
        List<WrongAnswer> wrong = new ArrayList<>();
        for (Answer a : MoodleKinds.answers(f)) {
            String text = a.text().strip();
            boolean wildcard = hasWildcard(text);
            if (a.right()) {
                if (wildcard) {
                    wildcards.add(text);
                } else {
                    accepted.add(literal(text));
                }
            } else if (a.fraction() > 0) {
                f.warn(
                        a.element(),
                        Quoted.of(text) + " earns " + MoodleGrades.plain(a.fraction() * 100) + "% in Moodle;"
                                + " Lectern gives all or nothing for a typed answer, so it is left out");
            } else if (text.equals("*")) {
                if (!a.feedback().isBlank()) {
                    f.warn(
                            a.element(),
                            "the feedback for any other answer (" + Quoted.of(a.feedback()) + ") has no place"
                                    + " in Lectern; left out");
                }
            } else if (!a.feedback().isBlank() && !wildcard) {
                wrong.add(new WrongAnswer(literal(text), a.feedback()));
            }
        }
        Optional<Pattern> pattern = Optional.empty();
        if (!wildcards.isEmpty()) {
            String regex = wildcards.stream().map(MoodleTyped::wildcardRegex).collect(Collectors.joining("|"));
            pattern = Optional.of(Pattern.compile(caseSensitive ? regex : "(?i)" + regex));
            if (accepted.isEmpty()) {
                accepted.add(
                        literal(wildcards.get(0).replaceAll("(?<!\\\\)\\*", "").strip()));
            }
        }
        if (accepted.isEmpty() || accepted.stream().allMatch(String::isBlank)) {
            f.error("no answer earns 100%; left out");
            return Optional.empty();
        }
        TextMatching matching = new TextMatching(MatchPolicy.NORMALIZED, caseSensitive, 1.0);
        return Optional.of(new ShortQuestion(h, accepted, pattern, matching, TextCredit.ALL_OR_NOTHING, wrong));
    }

    private static boolean hasWildcard(String text) {
        return Pattern.compile("(?<!\\\\)\\*").matcher(text).find();
    }

    private static String literal(String text) {
        return text.replace("\\*", "*");
    }

    /** Moodle's {@code *} wildcard as a Java regular expression matching the whole answer. */
    private static String wildcardRegex(String text) {
        StringBuilder sb = new StringBuilder("(?:");
        for (String part : text.split("(?<!\\\\)\\*", -1)) {
            sb.append(part.isEmpty() ? "" : Pattern.quote(literal(part))).append(".*");
        }
        sb.setLength(sb.length() - 2);
        return sb.append(')').toString();
    }

    static Optional<Question> numerical(MoodleFields f, QuestionHeader h) {
        List<BigDecimal> answers = new ArrayList<>();
        List<BigDecimal> tolerances = new ArrayList<>();
        List<WrongAnswer> wrong = new ArrayList<>();
        for (Answer a : MoodleKinds.answers(f)) {
            Optional<BigDecimal> value = number(a.text());
            if (value.isEmpty()) {
                if (!a.text().strip().equals("*")) {
                    f.warn(a.element(), "the answer " + Quoted.of(a.text()) + " is not a number; left out");
                } else if (!a.feedback().isBlank()) {
                    f.warn(
                            a.element(),
                            "the feedback for any other answer (" + Quoted.of(a.feedback()) + ") has no place"
                                    + " in Lectern; left out");
                }
            } else if (a.right()) {
                answers.add(value.get());
                tolerances.add(XmlDocument.child(a.element(), "tolerance")
                        .flatMap(t -> number(t.getTextContent()))
                        .orElse(BigDecimal.ZERO)
                        .abs());
            } else if (a.fraction() > 0) {
                f.warn(
                        a.element(),
                        Quoted.of(a.text()) + " earns " + MoodleGrades.plain(a.fraction() * 100) + "% in"
                                + " Moodle; Lectern gives all or nothing for a number, so it is left out");
            } else if (!a.feedback().isBlank()) {
                wrong.add(new WrongAnswer(MoodleGrades.plain(value.get()), a.feedback()));
            }
        }
        if (answers.isEmpty()) {
            f.error("no numeric answer earns 100%; left out");
            return Optional.empty();
        }
        return Optional.of(new NumberQuestion(h, answers, tolerance(f, answers, tolerances), unit(f), wrong));
    }

    /** One tolerance for all answers: the same absolute one, the same share of each answer, else the largest. */
    private static Tolerance tolerance(MoodleFields f, List<BigDecimal> answers, List<BigDecimal> tolerances) {
        BigDecimal first = tolerances.get(0);
        if (tolerances.stream().allMatch(t -> t.compareTo(first) == 0)) {
            return new Tolerance(first.stripTrailingZeros(), false);
        }
        List<BigDecimal> shares = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            if (answers.get(i).signum() == 0) {
                shares.clear();
                break;
            }
            shares.add(tolerances
                    .get(i)
                    .multiply(BigDecimal.valueOf(100))
                    .divide(answers.get(i).abs(), MathContext.DECIMAL64)
                    .round(new MathContext(6)));
        }
        if (!shares.isEmpty() && shares.stream().allMatch(s -> s.compareTo(shares.get(0)) == 0)) {
            return new Tolerance(shares.get(0).stripTrailingZeros(), true);
        }
        BigDecimal max = tolerances.stream().max(BigDecimal::compareTo).orElse(BigDecimal.ZERO);
        f.warn("the answers have different tolerances in Moodle; Lectern has one, the largest ("
                + MoodleGrades.plain(max) + "), for all of them");
        return new Tolerance(max.stripTrailingZeros(), false);
    }

    private static Optional<String> unit(MoodleFields f) {
        List<String> units = new ArrayList<>();
        f.child("units").ifPresent(us -> {
            for (Element u : XmlDocument.children(us, "unit")) {
                String multiplier = XmlDocument.child(u, "multiplier")
                        .map(Element::getTextContent)
                        .orElse("1");
                String name = XmlDocument.child(u, "unit_name")
                        .map(Element::getTextContent)
                        .orElse("")
                        .strip();
                if (name.isEmpty()) {
                    continue;
                }
                if (number(multiplier)
                        .map(m -> m.compareTo(BigDecimal.ONE) == 0)
                        .orElse(false)) {
                    units.add(name);
                } else {
                    f.warn(
                            u,
                            "the unit " + Quoted.of(name) + " (×" + multiplier.strip()
                                    + ") has no place in Lectern, which" + " reads one unit as written; left out");
                }
            }
        });
        if (units.size() > 1) {
            f.warn("Lectern shows one unit; " + Quoted.of(units.get(0)) + " is kept and "
                    + units.subList(1, units.size()) + " left out");
        }
        return units.isEmpty() ? Optional.empty() : Optional.of(units.get(0));
    }

    static Optional<BigDecimal> number(String text) {
        try {
            return Optional.of(new BigDecimal(text.strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
