package dev.lectern.engine;

import dev.lectern.model.MatchPolicy;
import dev.lectern.model.TextCredit;
import dev.lectern.model.TextMatching;
import dev.lectern.model.WrongAnswer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Matches typed text against accepted answers in layers, the first that accepts naming the rule: exact,
 * normalized, alternate, pattern, number, then (lenient policy only) accents and small slips. Expected wrong
 * answers are recognised before any slip is forgiven, and a slip is never forgiven when the text is as close to
 * a rival (another blank's answer, an expected wrong answer) as to the right answer.
 */
final class TextMatcher {
    private static final Pattern NON_DIGITS = Pattern.compile("\\D+");

    private final List<String> accepted;
    private final Optional<Pattern> pattern;
    private final TextMatching matching;
    private final TextCredit credit;
    private final List<WrongAnswer> wrong;
    private final List<String> rivals;

    TextMatcher(
            List<String> accepted,
            Optional<Pattern> pattern,
            TextMatching matching,
            TextCredit credit,
            List<WrongAnswer> wrong,
            List<String> rivals) {
        this.accepted = List.copyOf(accepted);
        this.pattern = pattern;
        this.matching = matching;
        this.credit = credit;
        this.wrong = List.copyOf(wrong);
        this.rivals = List.copyOf(rivals);
    }

    TextMatch match(String given) {
        String typed = given.strip();
        Optional<TextMatch> found = matching.policy() == MatchPolicy.SQUAD ? squad(typed) : layers(typed);
        if (found.isPresent()) {
            return found.get();
        }
        Optional<WrongAnswer> expectedWrong = wrong.stream()
                .filter(w -> normalized(w.text()).equals(normalized(typed)))
                .findFirst();
        if (expectedWrong.isPresent()) {
            return new TextMatch(Rule.ANTICIPATED, 0, Optional.empty(), expectedWrong);
        }
        if (matching.policy() == MatchPolicy.LENIENT) {
            Optional<TextMatch> slip = lenient(typed);
            if (slip.isPresent()) {
                return slip.get();
            }
        }
        return credit == TextCredit.F1 ? f1(typed) : TextMatch.refused();
    }

    private Optional<TextMatch> layers(String typed) {
        for (int i = 0; i < accepted.size(); i++) {
            String answer = accepted.get(i).strip();
            Rule rule = i == 0 ? null : Rule.ALTERNATE;
            if (typed.equals(answer)) {
                return Optional.of(TextMatch.accepted(rule == null ? Rule.EXACT : rule));
            }
            if (matching.policy() == MatchPolicy.EXACT && !matching.caseSensitive() && typed.equalsIgnoreCase(answer)) {
                return Optional.of(new TextMatch(
                        rule == null ? Rule.EXACT : rule, 1, Optional.of("ignoring case"), Optional.empty()));
            }
            if (matching.policy() != MatchPolicy.EXACT
                    && !normalized(typed).isEmpty()
                    && normalized(typed).equals(normalized(answer))) {
                return Optional.of(TextMatch.accepted(rule == null ? Rule.NORMALIZED : rule));
            }
        }
        if (matching.policy() == MatchPolicy.EXACT) {
            return Optional.empty();
        }
        if (pattern.isPresent()
                && pattern.get()
                        .matcher(TextNormalizer.collapseWhitespace(typed))
                        .matches()) {
            return Optional.of(TextMatch.accepted(Rule.PATTERN));
        }
        Optional<BigDecimal> number = NumberParser.parse(typed);
        if (number.isPresent()
                && accepted.stream()
                        .map(NumberParser::parse)
                        .flatMap(Optional::stream)
                        .anyMatch(a -> a.compareTo(number.get()) == 0)) {
            return Optional.of(TextMatch.accepted(Rule.NUMBER));
        }
        return Optional.empty();
    }

    /** The official SQuAD v1.1 evaluation: exact match after its normalisation, else token F1 if asked for. */
    private Optional<TextMatch> squad(String typed) {
        if (accepted.stream().anyMatch(a -> TokenF1.exactMatch(typed, a))) {
            return Optional.of(TextMatch.accepted(Rule.SQUAD));
        }
        return Optional.empty();
    }

    private Optional<TextMatch> lenient(String typed) {
        String plain = plain(typed);
        if (plain.isEmpty()) {
            return Optional.empty();
        }
        int rivalDistance = rivals.stream()
                .map(this::plain)
                .mapToInt(r -> Typos.distance(plain, r))
                .min()
                .orElse(Integer.MAX_VALUE);
        rivalDistance = Math.min(
                rivalDistance,
                wrong.stream()
                        .map(w -> plain(w.text()))
                        .mapToInt(w -> Typos.distance(plain, w))
                        .min()
                        .orElse(Integer.MAX_VALUE));
        for (String answer : accepted) {
            String target = plain(answer);
            int d = Typos.distance(plain, target);
            if (d == 0) {
                return Optional.of(
                        new TextMatch(Rule.LENIENT, 1, Optional.of("accepted without accents"), Optional.empty()));
            }
            // With typo-credit 0 a slip earns nothing, so it is not "accepted" either.
            if (matching.typoCredit() > 0
                    && d <= Typos.allowed(target)
                    && d < rivalDistance
                    && digits(plain).equals(digits(target))) {
                return Optional.of(new TextMatch(
                        Rule.LENIENT,
                        matching.typoCredit(),
                        Optional.of("accepted with " + Typos.describe(d) + ": \"" + typed + "\""),
                        Optional.empty()));
            }
        }
        return Optional.empty();
    }

    private TextMatch f1(String typed) {
        double best =
                accepted.stream().mapToDouble(a -> TokenF1.f1(typed, a)).max().orElse(0);
        return best > 0
                ? new TextMatch(
                        Rule.F1,
                        best,
                        Optional.of(String.format("%.0f%% of the words match", best * 100)),
                        Optional.empty())
                : TextMatch.refused();
    }

    private String normalized(String text) {
        return TextNormalizer.normalize(text, matching.caseSensitive());
    }

    /** Normalised and without accents: what the lenient layer compares. */
    private String plain(String text) {
        return TextNormalizer.stripDiacritics(normalized(text));
    }

    /** Slips are forgiven in words, never in numbers: "1945" is not "1946". */
    private static String digits(String text) {
        return NON_DIGITS.matcher(text).replaceAll(" ").strip();
    }
}
