package dev.lectern.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a number the way a learner types it: {@code "35"}, {@code "-2"}, {@code "3,5"}, {@code "1,000"},
 * {@code "10 000"}, {@code "1.000,5"}, {@code "thirty-five"}, {@code "one hundred and five"}, {@code "minus
 * two"}, {@code "1.5 million"}. Anything else is no number: the parser never throws.
 *
 * <p>Separators, in the order tried (digits are ASCII only; a group is three digits, after a first group of
 * one to three digits not starting with 0):
 * <ol>
 * <li>commas between groups, then maybe a decimal point: English style. So the ambiguous {@code "1,500"}
 * is 1500, as English readers take it; {@code "1,5"} and {@code "0,500"} are not groups, so see 4;</li>
 * <li>points between groups, then a decimal comma, or two or more points: European style,
 * {@code "1.000,5"} and {@code "1.000.000"}. A single point is a decimal point ({@code "1.500"} is 1.5);</li>
 * <li>spaces (plain, no-break, thin: any white space) between groups, then maybe a decimal point
 * or comma: {@code "10 000"};</li>
 * <li>digits with at most one decimal point or comma: {@code "3.5"}, {@code "3,5"}, {@code ".5"},
 * {@code "010"}.</li>
 * </ol>
 * The value comes back without trailing fractional zeros and at scale zero or more, so {@code "3.10"} gives
 * a value {@code equals} to {@code new BigDecimal("3.1")} and {@code "1,000"} one equal to
 * {@code new BigDecimal("1000")}.
 */
public final class NumberParser {
    // The four numeral forms (English, European and spaced groups, plain) are read by Numerals' scan.

    /** Words and hyphens between letters: "thirty-five" is two words, "-5" keeps its sign. */
    private static final Pattern WORD_BREAK = Pattern.compile(" +|(?<=\\p{L})-(?=\\p{L})");

    private static final List<String> UNITS = List.of(
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen");
    private static final List<String> TENS =
            List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final Map<String, BigDecimal> SCALES = Map.of(
            "thousand",
            BigDecimal.valueOf(1_000L),
            "million",
            BigDecimal.valueOf(1_000_000L),
            "billion",
            BigDecimal.valueOf(1_000_000_000L),
            "trillion",
            BigDecimal.valueOf(1_000_000_000_000L));
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final List<String> PERCENT = List.of("%", "percent", "per cent");
    /** The words that are a number on their own: what {@link #parse} reads in a word of letters alone. */
    private static final Set<String> LONE_NUMBER_WORDS = loneNumberWords();
    /** Every word {@link #words} can take: a text of letter words with any other word in it is no number. */
    private static final Set<String> NUMBER_WORD_TOKENS = numberWordTokens();

    private NumberParser() {}

    /** The number {@code text} says, ignoring case, surrounding white space and one trailing period. */
    public static Optional<BigDecimal> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        return signed(trimmed(text).toLowerCase(Locale.ROOT)).map(NumberParser::tidy);
    }

    /**
     * Whether {@link #parse} reads {@code letters}, a word of letters alone (no digits, spaces or hyphens), as a
     * number: only "zero" to "nineteen" and the tens do ("hundred" or "million" alone are no number). A set
     * lookup instead of the full parse, whose patterns cost most of checking a large set's answers against
     * every word of their evidence ({@code NumberParserTest} checks both agree).
     */
    public static boolean isLoneNumberWord(String letters) {
        return LONE_NUMBER_WORDS.contains(letters.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word}, a word of letters, can be part of a number in words ("three", "hundred", "and", "a",
     * "million"): when it is not, no text of words that holds it, after a sign word ("minus", "negative") if it
     * starts with one, is a number ({@code NumberParserTest} checks it on
     * the texts {@link #parse} reads).
     */
    public static boolean isNumberWordToken(String word) {
        return NUMBER_WORD_TOKENS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code s} has a digit 0 to 9: every numeral and every figure does ({@code \\d} is ASCII only). */
    static boolean hasAsciiDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    private static Set<String> loneNumberWords() {
        Set<String> words = new java.util.HashSet<>(UNITS);
        words.addAll(TENS.subList(2, TENS.size()));
        return Set.copyOf(words);
    }

    private static Set<String> numberWordTokens() {
        Set<String> words = new java.util.HashSet<>(UNITS);
        words.addAll(TENS.subList(2, TENS.size()));
        words.addAll(SCALES.keySet());
        words.addAll(List.of("hundred", "and", "a"));
        return Set.copyOf(words);
    }

    /** White space collapsed and trimmed, and a final period gone: "It killed 35." ends a sentence. */
    private static String trimmed(String text) {
        String s = FastText.collapseWhitespace(text);
        return s.endsWith(".") ? s.substring(0, s.length() - 1).stripTrailing() : s;
    }

    /**
     * Like {@link #parse(String)}, but the unit the question names may come after the number, with or
     * without a space or hyphen and with or without a plural s ({@code "35 people"}, {@code "30-day"} for
     * unit "days"), or before it ({@code "$5"}); or be left out. For unit "%", "percent" and "per cent" do
     * too (and the other way round). A null or blank unit means none.
     */
    public static Optional<BigDecimal> parse(String text, String unit) {
        Optional<BigDecimal> bare = parse(text);
        if (bare.isPresent() || unit == null || unit.isBlank()) {
            return bare;
        }
        String s = trimmed(text);
        for (String form : unitForms(unit.strip())) {
            int end = s.length() - form.length();
            if (end > 0 && s.regionMatches(true, end, form, 0, form.length())) {
                String number = s.substring(0, end).stripTrailing();
                // "a 30-day ceasefire": the hyphen of a number used as an adjective
                boolean hyphen = number.endsWith("-");
                Optional<BigDecimal> value = parse(hyphen ? number.substring(0, number.length() - 1) : number);
                if (value.isPresent()) {
                    return value;
                }
            }
            if (end > 0 && s.regionMatches(true, 0, form, 0, form.length())) {
                Optional<BigDecimal> value = parse(s.substring(form.length()));
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    /** The unit as named and its plural or singular; for a percentage, the sign and the words. */
    private static List<String> unitForms(String unit) {
        if (PERCENT.contains(unit.toLowerCase(Locale.ROOT))) {
            return PERCENT;
        }
        boolean plural = unit.length() > 1 && unit.endsWith("s");
        return List.of(unit, plural ? unit.substring(0, unit.length() - 1) : unit + "s");
    }

    /**
     * Whether {@code given} is near enough {@code expected}: within {@code amount}, or within {@code amount}
     * per cent of {@code expected} (compared multiplied out, so exactly; with expected 0 only 0 is near).
     */
    public static boolean withinTolerance(BigDecimal given, BigDecimal expected, BigDecimal amount, boolean percent) {
        BigDecimal difference = given.subtract(expected).abs();
        if (percent) {
            return difference.multiply(HUNDRED).compareTo(expected.abs().multiply(amount)) <= 0;
        }
        return difference.compareTo(amount) <= 0;
    }

    /** No trailing fractional zeros, but no negative scale either, so that 1000 is not 1E+3. */
    private static BigDecimal tidy(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A sign word or char, then the number; the en dash is there because autocorrect types it for '-'. */
    private static Optional<BigDecimal> signed(String s) {
        for (String minus : List.of("minus ", "negative ", "-", "\u2212", "\u2013")) {
            if (s.startsWith(minus)) {
                return unsigned(s.substring(minus.length())).map(BigDecimal::negate);
            }
        }
        return unsigned(s.startsWith("+") ? s.substring(1) : s);
    }

    /** Digits, digits and one scale word ("1.5 million"), or number words. */
    private static Optional<BigDecimal> unsigned(String s) {
        Optional<BigDecimal> numeral = numeral(s);
        if (numeral.isPresent()) {
            return numeral;
        }
        int space = s.lastIndexOf(' ');
        if (space > 0) {
            String scale = s.substring(space + 1);
            BigDecimal factor = scale.equals("hundred") ? HUNDRED : SCALES.get(scale);
            if (factor != null) {
                Optional<BigDecimal> count = numeral(s.substring(0, space));
                if (count.isPresent()) {
                    return Optional.of(count.get().multiply(factor));
                }
            }
        }
        // Number words start with "a" or a number word alone ("Denver Broncos" does not): no split for the rest.
        return startsLikeNumberWords(s) ? words(WORD_BREAK.split(s, -1)) : Optional.empty();
    }

    /** Whether {@code s} starts with "a" or a word in {@link #LONE_NUMBER_WORDS}: {@link #words} reads no other. */
    private static boolean startsLikeNumberWords(String s) {
        if (s.startsWith("a")) {
            return true;
        }
        for (String word : LONE_NUMBER_WORDS) {
            if (s.startsWith(word)) {
                return true;
            }
        }
        return false;
    }

    private static Optional<BigDecimal> numeral(String s) {
        // Each pattern needs an ASCII digit: a word ("Broncos", "thirty") is no numeral without running them.
        if (!hasAsciiDigit(s)) {
            return Optional.empty();
        }
        return switch (Numerals.form(s)) {
            case ENGLISH -> Optional.of(new BigDecimal(s.replace(",", "")));
            case EUROPEAN -> Optional.of(new BigDecimal(s.replace(".", "").replace(',', '.')));
            case SPACED -> Optional.of(new BigDecimal(s.replace(" ", "").replace(',', '.')));
            case PLAIN -> Optional.of(new BigDecimal(s.replace(',', '.')));
            case NONE -> Optional.empty();
        };
    }

    /**
     * Number words: "zero", or groups each followed by a smaller scale word than the last, and below a
     * thousand when followed by one ("two million three hundred thousand and five"; "eleven hundred"). A group
     * is "[a | one…ninety-nine] hundred [and] [one…ninety-nine]"; "a" stands for one only before "hundred" or
     * a scale word; "and" follows "hundred", or a scale word when only a last group below a hundred comes
     * after it ("two thousand and twenty-two").
     */
    private static Optional<BigDecimal> words(String[] tokens) {
        if (tokens.length == 1 && tokens[0].equals("zero")) {
            return Optional.of(BigDecimal.ZERO);
        }
        Words words = new Words(tokens);
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal lastScale = null;
        do {
            boolean and = lastScale != null && words.take("and");
            long group = and ? words.belowHundred() : words.group();
            if (group == 0) {
                return Optional.empty();
            }
            if (words.atEnd()) {
                return Optional.of(total.add(BigDecimal.valueOf(group)));
            }
            BigDecimal scale = SCALES.get(words.next());
            boolean descending = scale != null && (lastScale == null || scale.compareTo(lastScale) < 0);
            if (and || !descending || group >= 1000) {
                return Optional.empty();
            }
            total = total.add(BigDecimal.valueOf(group).multiply(scale));
            lastScale = scale;
        } while (!words.atEnd());
        return Optional.of(total);
    }

    /** A cursor over number words. Its readers answer 0 (taking nothing they can use) when there is no number. */
    private static final class Words {
        private final String[] tokens;
        private int at;

        Words(String[] tokens) {
            this.tokens = tokens;
        }

        boolean atEnd() {
            return at == tokens.length;
        }

        String next() {
            return tokens[at++];
        }

        boolean take(String word) {
            if (!atEnd() && tokens[at].equals(word)) {
                at++;
                return true;
            }
            return false;
        }

        /** "[a | 1-99] hundred [and] [1-99]", "1-99", or "a" before a scale word; or 0. */
        long group() {
            boolean a = take("a");
            long count = a ? 1 : belowHundred();
            if (count == 0) {
                return 0;
            }
            if (take("hundred")) {
                boolean and = take("and");
                long rest = belowHundred();
                return and && rest == 0 ? 0 : count * 100 + rest;
            }
            boolean scaleNext = !atEnd() && SCALES.containsKey(tokens[at]);
            return a && !scaleNext ? 0 : count;
        }

        /** "one" to "ninety-nine" (as one or two words), or 0 taking nothing. */
        long belowHundred() {
            if (atEnd()) {
                return 0;
            }
            int unit = UNITS.indexOf(tokens[at]);
            if (unit > 0) {
                at++;
                return unit;
            }
            int tens = TENS.indexOf(tokens[at]);
            if (tens < 2) {
                return 0;
            }
            at++;
            int ones = atEnd() ? -1 : UNITS.indexOf(tokens[at]);
            if (ones >= 1 && ones <= 9) {
                at++;
                return tens * 10L + ones;
            }
            return tens * 10L;
        }
    }
}
