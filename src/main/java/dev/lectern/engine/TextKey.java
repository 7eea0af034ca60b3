package dev.lectern.engine;

import dev.lectern.model.MatchPolicy;
import dev.lectern.model.TextCredit;
import dev.lectern.model.TextMatching;
import dev.lectern.model.WrongAnswer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The accepted answers of one typed answer (a short question, a cloze blank) compiled for matching: each in
 * every form a layer compares (stripped, normalised, without accents, its digits, its SQuAD form and tokens, its
 * number), with the expected wrong answers and the rivals likewise, so that matching a typed text normalises only
 * the text. Layers, in order, the first that accepts naming the rule: exact, normalized, alternate, pattern,
 * number, then (lenient policy only) accents and small slips. Expected wrong answers are recognised before any
 * slip is forgiven, and a slip is never forgiven when the text is as close to a rival (another blank's answer,
 * an expected wrong answer) as to the right answer.
 */
final class TextKey {
    private final MatchPolicy policy;
    private final boolean caseSensitive;
    private final double typoCredit;
    private final TextCredit credit;
    private final Optional<Pattern> pattern;
    private final String[] stripped;
    private final String[] normalized;
    private final List<BigDecimal> numbers = new ArrayList<>();
    private final List<WrongAnswer> wrong;
    private final String[] wrongNormalized;
    private final int[][] plain;
    private final int[] allowed;
    private final String[] digits;
    /** The rivals' and then the expected wrong answers' plain forms, as code points. */
    private final int[][] rivals;

    private final String[] squad;
    private final String[][] tokens;

    TextKey(
            List<String> accepted,
            Optional<Pattern> pattern,
            TextMatching matching,
            TextCredit credit,
            List<WrongAnswer> wrong,
            List<String> rivals) {
        this.policy = matching.policy();
        this.caseSensitive = matching.caseSensitive();
        this.typoCredit = matching.typoCredit();
        this.credit = credit;
        this.pattern = pattern;
        this.wrong = List.copyOf(wrong);
        int n = accepted.size();
        stripped = new String[n];
        normalized = new String[n];
        plain = new int[n][];
        allowed = new int[n];
        digits = new String[n];
        squad = new String[n];
        tokens = new String[n][];
        for (int i = 0; i < n; i++) {
            String answer = accepted.get(i);
            stripped[i] = answer.strip();
            normalized[i] = FastText.normalize(answer, caseSensitive);
            String plainForm = FastText.plain(normalized[i]);
            plain[i] = plainForm.codePoints().toArray();
            allowed[i] = Typos.allowed(plainForm);
            digits[i] = FastText.digits(plainForm);
            squad[i] = FastText.squad(answer);
            tokens[i] = FastText.tokens(squad[i]);
            NumberParser.parse(answer).ifPresent(numbers::add);
        }
        wrongNormalized = new String[this.wrong.size()];
        for (int i = 0; i < wrongNormalized.length; i++) {
            wrongNormalized[i] = FastText.normalize(this.wrong.get(i).text(), caseSensitive);
        }
        this.rivals = new int[rivals.size() + wrongNormalized.length][];
        for (int i = 0; i < rivals.size(); i++) {
            this.rivals[i] = FastText.plain(FastText.normalize(rivals.get(i), caseSensitive))
                    .codePoints()
                    .toArray();
        }
        for (int i = 0; i < wrongNormalized.length; i++) {
            this.rivals[rivals.size() + i] =
                    FastText.plain(wrongNormalized[i]).codePoints().toArray();
        }
    }

    TextMatch match(String given) {
        Typed typed = new Typed(given.strip());
        TextMatch found = policy == MatchPolicy.SQUAD ? squad(typed) : layers(typed);
        if (found != null) {
            return found;
        }
        for (int i = 0; i < wrongNormalized.length; i++) {
            if (wrongNormalized[i].equals(typed.normalized())) {
                return new TextMatch(Rule.ANTICIPATED, 0, Optional.empty(), Optional.of(wrong.get(i)));
            }
        }
        if (policy == MatchPolicy.LENIENT) {
            TextMatch slip = lenient(typed);
            if (slip != null) {
                return slip;
            }
        }
        TextMatch last = credit == TextCredit.F1 ? f1(typed) : TextMatch.refused();
        return typed.patternGaveUp && !last.isAccepted()
                ? new TextMatch(Rule.PATTERN, 0, Optional.of(GuardedPattern.note()), Optional.empty())
                : last;
    }

    /** The typed text (stripped) and its forms, each made once and only when a layer asks for it. */
    private final class Typed {
        final String text;
        private String normalized;
        /** The pattern was run and gave up (see {@link GuardedPattern}): the grade says so if nothing accepts. */
        boolean patternGaveUp;

        Typed(String text) {
            this.text = text;
        }

        String normalized() {
            if (normalized == null) {
                normalized = FastText.normalize(text, caseSensitive);
            }
            return normalized;
        }
    }

    private TextMatch layers(Typed typed) {
        String text = typed.text;
        for (int i = 0; i < stripped.length; i++) {
            Rule rule = i == 0 ? null : Rule.ALTERNATE;
            if (text.equals(stripped[i])) {
                return TextMatch.accepted(rule == null ? Rule.EXACT : rule);
            }
            if (policy == MatchPolicy.EXACT && !caseSensitive && text.equalsIgnoreCase(stripped[i])) {
                return new TextMatch(
                        rule == null ? Rule.EXACT : rule, 1, Optional.of("ignoring case"), Optional.empty());
            }
            if (policy != MatchPolicy.EXACT
                    && !typed.normalized().isEmpty()
                    && typed.normalized().equals(normalized[i])) {
                return TextMatch.accepted(rule == null ? Rule.NORMALIZED : rule);
            }
        }
        if (policy == MatchPolicy.EXACT) {
            return null;
        }
        if (pattern.isPresent()) {
            GuardedPattern.Outcome run = GuardedPattern.matches(pattern.get(), FastText.collapseWhitespace(text));
            if (run == GuardedPattern.Outcome.MATCHED) {
                return TextMatch.accepted(Rule.PATTERN);
            }
            typed.patternGaveUp = run == GuardedPattern.Outcome.GAVE_UP;
        }
        // With no accepted answer a number, the typed text need not be read as one.
        if (!numbers.isEmpty()) {
            Optional<BigDecimal> number = NumberParser.parse(text);
            if (number.isPresent()) {
                for (BigDecimal n : numbers) {
                    if (n.compareTo(number.get()) == 0) {
                        return TextMatch.accepted(Rule.NUMBER);
                    }
                }
            }
        }
        return null;
    }

    /** The official SQuAD v1.1 evaluation: exact match after its normalisation, else token F1 if asked for. */
    private TextMatch squad(Typed typed) {
        String form = FastText.squad(typed.text);
        for (String answer : squad) {
            if (answer.equals(form)) {
                return TextMatch.accepted(Rule.SQUAD);
            }
        }
        return null;
    }

    private TextMatch lenient(Typed typed) {
        String plainForm = FastText.plain(typed.normalized());
        if (plainForm.isEmpty()) {
            return null;
        }
        int[] p = plainForm.codePoints().toArray();
        int rivalDistance = -1;
        String typedDigits = null;
        for (int i = 0; i < plain.length; i++) {
            int d = Typos.distance(p, plain[i]);
            if (d == 0) {
                return new TextMatch(Rule.LENIENT, 1, Optional.of("accepted without accents"), Optional.empty());
            }
            // With typo-credit 0 a slip earns nothing, so it is not "accepted" either.
            if (typoCredit > 0 && d <= allowed[i]) {
                if (rivalDistance < 0) {
                    rivalDistance = rivalDistance(p);
                }
                if (typedDigits == null) {
                    typedDigits = FastText.digits(plainForm);
                }
                if (d < rivalDistance && typedDigits.equals(digits[i])) {
                    return new TextMatch(
                            Rule.LENIENT,
                            typoCredit,
                            Optional.of("accepted with " + Typos.describe(d) + ": \"" + typed.text + "\""),
                            Optional.empty());
                }
            }
        }
        return null;
    }

    private int rivalDistance(int[] p) {
        int min = Integer.MAX_VALUE;
        for (int[] rival : rivals) {
            min = Math.min(min, Typos.distance(p, rival));
        }
        return min;
    }

    private TextMatch f1(Typed typed) {
        String[] predicted = FastText.tokens(FastText.squad(typed.text));
        double best = 0;
        for (String[] expected : tokens) {
            best = Math.max(best, TokenF1.f1(predicted, expected));
        }
        return best > 0
                ? new TextMatch(
                        Rule.F1,
                        best,
                        Optional.of(String.format("%.0f%% of the words match", best * 100)),
                        Optional.empty())
                : TextMatch.refused();
    }
}
