package dev.lectern.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.lectern.testing.ForAll;
import dev.lectern.testing.RandomText;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NumberParserTest {

    private static Optional<BigDecimal> parse(String text) {
        return NumberParser.parse(text);
    }

    private static BigDecimal number(String plain) {
        return new BigDecimal(plain);
    }

    // --- digits ------------------------------------------------------------------------------

    @Test
    void parse_readsIntegersWithAnOptionalSign() {
        assertThat(parse("35")).contains(number("35"));
        assertThat(parse("-2")).contains(number("-2"));
        assertThat(parse("+4")).contains(number("4"));
        assertThat(parse("0")).contains(BigDecimal.ZERO);
        assertThat(parse("−2")).contains(number("-2"));
        assertThat(parse("–2")).contains(number("-2"));
    }

    @Test
    void parse_ignoresLeadingZeros() {
        assertThat(parse("010")).contains(number("10"));
        assertThat(parse("007")).contains(number("7"));
    }

    @Test
    void parse_readsADecimalPointOrComma() {
        assertThat(parse("3.5")).contains(number("3.5"));
        assertThat(parse("3,5")).contains(number("3.5"));
        assertThat(parse(".5")).contains(number("0.5"));
        assertThat(parse("-0.25")).contains(number("-0.25"));
    }

    @Test
    void parse_dropsTrailingFractionalZeros_soValuesCompareWithEquals() {
        assertThat(parse("3.10")).contains(number("3.1"));
        assertThat(parse("3.0")).contains(number("3"));
        assertThat(parse("3.000")).contains(number("3"));
        assertThat(parse("1000")).contains(number("1000"));
        assertThat(parse("-0.0")).contains(BigDecimal.ZERO);
    }

    @Test
    void parse_readsEnglishThousandsSeparators() {
        assertThat(parse("1,000")).contains(number("1000"));
        assertThat(parse("1,000,000")).contains(number("1000000"));
        assertThat(parse("12,345.67")).contains(number("12345.67"));
        // Ambiguous: a comma before exactly three digits is read the English way, as a thousands separator.
        assertThat(parse("1,500")).contains(number("1500"));
    }

    @Test
    void parse_readsCommaBeforeOtherThanAGroupAsADecimalComma() {
        assertThat(parse("1,5")).contains(number("1.5"));
        assertThat(parse("12,34")).contains(number("12.34"));
        assertThat(parse("1,5000")).contains(number("1.5"));
        assertThat(parse("0,500")).contains(number("0.5"));
    }

    @Test
    void parse_readsEuropeanThousandsSeparators() {
        assertThat(parse("1.000,5")).contains(number("1000.5"));
        assertThat(parse("1.000.000")).contains(number("1000000"));
        assertThat(parse("1.234.567,89")).contains(number("1234567.89"));
        // A single point is always a decimal point.
        assertThat(parse("1.500")).contains(number("1.5"));
    }

    @Test
    void parse_readsSpacesBetweenGroups() {
        assertThat(parse("10 000")).contains(number("10000"));
        assertThat(parse("10\u2009000")).contains(number("10000"));
        assertThat(parse("10\u202f000")).contains(number("10000"));
        assertThat(parse("10\u00a0000")).contains(number("10000"));
        assertThat(parse("1 000 000,5")).contains(number("1000000.5"));
    }

    @Test
    void parse_rejectsBrokenGrouping() {
        assertThat(parse("1,00,000")).isEmpty();
        assertThat(parse("1,000,5")).isEmpty();
        assertThat(parse("1.000.5")).isEmpty();
        assertThat(parse("3.5.5")).isEmpty();
        assertThat(parse("1 00")).isEmpty();
        assertThat(parse("3 5")).isEmpty();
        assertThat(parse("1,000.000,5")).isEmpty();
    }

    @Test
    void parse_ignoresSurroundingSpaceAndOneTrailingPeriod() {
        assertThat(parse("  35. ")).contains(number("35"));
        assertThat(parse("\u00a035\u2009")).contains(number("35"));
        assertThat(parse("3.5.")).contains(number("3.5"));
        assertThat(parse("Three.")).contains(number("3"));
        assertThat(parse("35..")).isEmpty();
    }

    // --- words -------------------------------------------------------------------------------

    @Test
    void parse_readsTheSeedArticlesNumbers() {
        // "killed three people", "killed 35 people", "a full 30-day ceasefire", "in 2019", "in 2022"
        assertThat(parse("three")).isEqualTo(parse("3")).isEqualTo(parse("3.0")).contains(number("3"));
        assertThat(parse("thirty-five")).isEqualTo(parse("35")).contains(number("35"));
        assertThat(parse("thirty")).contains(number("30"));
        assertThat(parse("two thousand and nineteen")).contains(number("2019"));
        assertThat(parse("two thousand and twenty-two")).contains(number("2022"));
    }

    @Test
    void parse_readsSmallNumberWords() {
        String[] units = {
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
            "nineteen"
        };
        for (int i = 0; i < units.length; i++) {
            assertThat(parse(units[i])).as(units[i]).contains(BigDecimal.valueOf(i));
        }
        String[] tens = {"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
        for (int i = 0; i < tens.length; i++) {
            assertThat(parse(tens[i])).as(tens[i]).contains(BigDecimal.valueOf(20 + 10 * i));
            assertThat(parse(tens[i] + "-nine")).contains(BigDecimal.valueOf(29 + 10 * i));
        }
    }

    @Test
    void parse_readsCompoundsHyphenatedOrSpacedInAnyCase() {
        assertThat(parse("thirty five")).contains(number("35"));
        assertThat(parse("Thirty-Five")).contains(number("35"));
        assertThat(parse("NINETY-NINE")).contains(number("99"));
    }

    @Test
    void parse_readsHundredsThousandsAndMillions() {
        assertThat(parse("a hundred")).contains(number("100"));
        assertThat(parse("one hundred")).contains(number("100"));
        assertThat(parse("one hundred and five")).contains(number("105"));
        assertThat(parse("one hundred five")).contains(number("105"));
        assertThat(parse("nine hundred and ninety-nine")).contains(number("999"));
        assertThat(parse("eleven hundred")).contains(number("1100"));
        assertThat(parse("a thousand")).contains(number("1000"));
        assertThat(parse("one hundred and five thousand")).contains(number("105000"));
        assertThat(parse("two million three hundred thousand and five")).contains(number("2300005"));
        assertThat(parse("a million")).contains(number("1000000"));
        assertThat(parse("three billion")).contains(number("3000000000"));
    }

    @Test
    void parse_readsNegativeWords() {
        assertThat(parse("minus two")).contains(number("-2"));
        assertThat(parse("negative two")).contains(number("-2"));
        assertThat(parse("Minus Thirty-Five")).contains(number("-35"));
        assertThat(parse("minus 5")).contains(number("-5"));
    }

    @Test
    void parse_readsDigitsWithAScaleWord() {
        assertThat(parse("1.5 million")).contains(number("1500000"));
        assertThat(parse("2 thousand")).contains(number("2000"));
        assertThat(parse("3 hundred")).contains(number("300"));
        assertThat(parse("-1,5 billion")).contains(number("-1500000000"));
    }

    @Test
    void parse_rejectsMixedOrMalformedWords() {
        for (String nonsense : new String[] {
            "three 5",
            "5 three",
            "five thirty",
            "twenty twenty",
            "ten five",
            "twenty-zero",
            "zero zero",
            "one zero",
            "hundred",
            "a",
            "and",
            "and five",
            "a twenty",
            "one hundred and",
            "thousand",
            "one thousand thousand",
            "one thousand million",
            "two thousand and five hundred",
            "twenty-five hundred thousand",
            "thirtyfive",
            "thirty-fives",
            "one two",
            "minus",
            "minus minus two",
            "three point five",
            "1.5 millions",
            "million 5",
            "a a hundred"
        }) {
            assertThat(parse(nonsense)).as(nonsense).isEmpty();
        }
    }

    @Test
    void parse_rejectsWhatIsNoNumber() {
        for (String nonsense : new String[] {
            "",
            " ",
            ".",
            "-",
            "+",
            "--5",
            "+-5",
            "- 5",
            "5-",
            "1e3",
            "0x10",
            "∞",
            "NaN",
            "½",
            "٣٥",
            "５",
            "35 people",
            "$5",
            "5%",
            "3/4",
            "Kremlin",
            "1_000"
        }) {
            assertThat(parse(nonsense)).as(nonsense).isEmpty();
        }
        assertThat(parse(null)).isEmpty();
    }

    @Test
    void parse_survivesHostileInput() {
        String digits = "9".repeat(10_000);
        assertThat(parse(digits)).contains(number(digits));
        String grouped = "1" + ",000".repeat(3_000);
        assertThat(parse(grouped)).contains(number("1" + "000".repeat(3_000)));
        assertThat(parse("\ud800")).isEmpty();
        assertThat(parse("3\udfff")).isEmpty();
        assertThat(parse("three ".repeat(2_000))).isEmpty();
        assertThat(parse("1.".repeat(5_000))).isEmpty();
        assertThat(parse(RandomText.arbitrary(new java.util.Random(3), 10_000))).isEmpty();
    }

    @Test
    void parse_neverThrows_forArbitraryStrings() {
        ForAll.check(
                31L,
                5000,
                r -> RandomText.arbitrary(r, 30),
                s -> assertThatCode(() -> {
                            NumberParser.parse(s);
                            NumberParser.parse(s, "people");
                            NumberParser.parse(s, "%");
                        })
                        .doesNotThrowAnyException());
    }

    @Test
    void parse_neverThrows_forNumberLikeStrings() {
        ForAll.check(
                32L,
                20_000,
                r -> RandomText.from(r, "0123456789.,-+ \u00a0%$", 14),
                s -> assertThatCode(() -> {
                            NumberParser.parse(s);
                            NumberParser.parse(s, "$");
                            NumberParser.parse(s, "%");
                        })
                        .doesNotThrowAnyException());
    }

    @Test
    void parse_neverThrows_forNumberWordSoup() {
        String[] words = {
            "a",
            "and",
            "one",
            "two",
            "twelve",
            "twenty",
            "ninety",
            "hundred",
            "thousand",
            "million",
            "zero",
            "minus",
            "-",
            " ",
            "5",
            ".",
            "people"
        };
        ForAll.check(
                33L,
                20_000,
                r -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i = r.nextInt(8); i > 0; i--) {
                        sb.append(words[r.nextInt(words.length)]).append(r.nextBoolean() ? " " : "-");
                    }
                    return sb.toString();
                },
                s -> assertThatCode(() -> NumberParser.parse(s, "people")).doesNotThrowAnyException());
    }

    @Test
    void parse_roundTripsPlainStringsOfRandomNumbers() {
        ForAll.check(
                34L,
                5000,
                r -> new BigDecimal(new BigInteger(1 + r.nextInt(120), r), r.nextInt(30) - 10)
                        .multiply(r.nextBoolean() ? BigDecimal.ONE : BigDecimal.ONE.negate()),
                value -> {
                    Optional<BigDecimal> parsed = parse(value.toPlainString());
                    assertThat(parsed).isPresent();
                    assertThat(parsed.get()).isEqualByComparingTo(value);
                    assertThat(parsed.get().scale()).isGreaterThanOrEqualTo(0);
                });
    }

    // --- units -------------------------------------------------------------------------------

    @Test
    void parseWithUnit_acceptsTheUnitAfterTheNumber() {
        assertThat(NumberParser.parse("35 people", "people")).contains(number("35"));
        assertThat(NumberParser.parse("35people", "people")).contains(number("35"));
        assertThat(NumberParser.parse("35 People.", "people")).contains(number("35"));
        assertThat(NumberParser.parse("thirty-five people", "people")).contains(number("35"));
        assertThat(NumberParser.parse("three people", "people")).contains(number("3"));
    }

    @Test
    void parseWithUnit_acceptsSingularPluralAndTheHyphenatedAdjective() {
        assertThat(NumberParser.parse("30 days", "days")).contains(number("30"));
        assertThat(NumberParser.parse("30 day", "days")).contains(number("30"));
        assertThat(NumberParser.parse("30-day", "days")).contains(number("30"));
        assertThat(NumberParser.parse("30 days", "day")).contains(number("30"));
        assertThat(NumberParser.parse("1 km", "km")).contains(number("1"));
        assertThat(NumberParser.parse("5 kms", "km")).contains(number("5"));
    }

    @Test
    void parseWithUnit_acceptsSymbolsBeforeOrAfter() {
        assertThat(NumberParser.parse("5%", "%")).contains(number("5"));
        assertThat(NumberParser.parse("5 %", "%")).contains(number("5"));
        assertThat(NumberParser.parse("5 percent", "%")).contains(number("5"));
        assertThat(NumberParser.parse("5 Per Cent", "%")).contains(number("5"));
        assertThat(NumberParser.parse("5%", "percent")).contains(number("5"));
        assertThat(NumberParser.parse("$5", "$")).contains(number("5"));
        assertThat(NumberParser.parse("$ 1,000", "$")).contains(number("1000"));
        assertThat(NumberParser.parse("$-5", "$")).contains(number("-5"));
        assertThat(NumberParser.parse("-5 %", "%")).contains(number("-5"));
    }

    @Test
    void parseWithUnit_leavingTheUnitOutIsFine() {
        assertThat(NumberParser.parse("35", "people")).contains(number("35"));
        assertThat(NumberParser.parse(" 35. ", "%")).contains(number("35"));
    }

    @Test
    void parseWithUnit_rejectsOtherUnitsAndNonsense() {
        assertThat(NumberParser.parse("35 dogs", "people")).isEmpty();
        assertThat(NumberParser.parse("people", "people")).isEmpty();
        assertThat(NumberParser.parse("35 people people", "people")).isEmpty();
        assertThat(NumberParser.parse("5$", "%")).isEmpty();
        assertThat(NumberParser.parse("three 5 people", "people")).isEmpty();
        assertThat(NumberParser.parse("", "people")).isEmpty();
    }

    @Test
    void parseWithUnit_nullOrBlankUnitMeansNone() {
        assertThat(NumberParser.parse("35", null)).contains(number("35"));
        assertThat(NumberParser.parse("35 people", null)).isEmpty();
        assertThat(NumberParser.parse("35 people", "  ")).isEmpty();
    }

    // --- tolerance ---------------------------------------------------------------------------

    @Test
    void withinTolerance_absoluteIncludesTheBoundary() {
        assertThat(NumberParser.withinTolerance(number("3.4"), number("3"), number("0.5"), false))
                .isTrue();
        assertThat(NumberParser.withinTolerance(number("3.5"), number("3"), number("0.5"), false))
                .isTrue();
        assertThat(NumberParser.withinTolerance(number("2.5"), number("3"), number("0.5"), false))
                .isTrue();
        assertThat(NumberParser.withinTolerance(number("3.5000001"), number("3"), number("0.5"), false))
                .isFalse();
        assertThat(NumberParser.withinTolerance(number("3.0"), number("3"), BigDecimal.ZERO, false))
                .isTrue();
        assertThat(NumberParser.withinTolerance(number("3.01"), number("3"), BigDecimal.ZERO, false))
                .isFalse();
    }

    @Test
    void withinTolerance_percentIsOfTheExpectedValue() {
        assertThat(NumberParser.withinTolerance(number("105"), number("100"), number("5"), true))
                .isTrue();
        assertThat(NumberParser.withinTolerance(number("95"), number("100"), number("5"), true))
                .isTrue();
        assertThat(NumberParser.withinTolerance(number("105.01"), number("100"), number("5"), true))
                .isFalse();
        assertThat(NumberParser.withinTolerance(number("-105"), number("-100"), number("5"), true))
                .isTrue();
        assertThat(NumberParser.withinTolerance(number("36"), number("35"), number("2.5"), true))
                .isFalse();
        assertThat(NumberParser.withinTolerance(number("10.5"), number("10"), number("5"), true))
                .isTrue();
    }

    @Test
    void withinTolerance_percentOfZeroAcceptsOnlyZero() {
        assertThat(NumberParser.withinTolerance(BigDecimal.ZERO, BigDecimal.ZERO, number("5"), true))
                .isTrue();
        assertThat(NumberParser.withinTolerance(number("0.001"), BigDecimal.ZERO, number("5"), true))
                .isFalse();
    }

    @Test
    void withinTolerance_isExact() {
        // 1/3 of a per cent of 300 is exactly 1: no rounding lets 301.0000000001 in.
        assertThat(NumberParser.withinTolerance(number("301"), number("300"), number("0.3333333333"), true))
                .isFalse();
        assertThat(NumberParser.withinTolerance(number("300.9999999999"), number("300"), number("0.3333333333"), true))
                .isTrue();
    }

    @Test
    void isLoneNumberWord_agreesWithParseOnEveryWordOfLetters() throws java.io.IOException {
        java.util.List<String> words = new java.util.ArrayList<>(java.util.List.of(
                "zero",
                "One",
                "NINETEEN",
                "twenty",
                "Ninety",
                "ten",
                "hundred",
                "thousand",
                "million",
                "a",
                "and",
                "minus",
                "eleventy",
                "fiftyfive",
                "İ",
                "\u212a",
                "Zero",
                "oneself"));
        try (var files = java.nio.file.Files.list(java.nio.file.Path.of("seeds"))) {
            for (java.nio.file.Path f : files.toList()) {
                java.util.regex.Matcher m =
                        java.util.regex.Pattern.compile("\\p{L}+").matcher(java.nio.file.Files.readString(f));
                while (m.find()) {
                    words.add(m.group());
                }
            }
        }
        for (String w : words) {
            assertThat(NumberParser.isLoneNumberWord(w)).as(w).isEqualTo(parse(w).isPresent());
        }
        ForAll.check(
                33L,
                20_000,
                r -> RandomText.from(r, "onetwhrfuivsxgzNOETWlyd", 9).replace(" ", ""),
                w -> assertThat(NumberParser.isLoneNumberWord(w)).isEqualTo(!w.isEmpty() && parse(w).isPresent()));
    }

    @Test
    void aTextOfWordsWithAWordThatIsNoNumberWordToken_isNoNumber() {
        java.util.List<String> pieces = java.util.List.of(
                "one",
                "Twenty",
                "five",
                "hundred",
                "and",
                "a",
                "million",
                "thousand",
                "nineteen",
                "zero",
                "ninety",
                "of",
                "people",
                "onee",
                "minus",
                "AND",
                "Hundred",
                "k",
                "İ",
                "\u212a");
        ForAll.check(
                34L,
                20_000,
                r -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0, n = 1 + r.nextInt(6); i < n; i++) {
                        text.append(i == 0 ? "" : r.nextInt(4) == 0 ? "-" : " ")
                                .append(pieces.get(r.nextInt(pieces.size())));
                    }
                    return text.toString();
                },
                text -> {
                    boolean allTokens =
                            java.util.Arrays.stream(text.split("[ -]")).allMatch(NumberParser::isNumberWordToken);
                    // a leading sign word is read before the number's own words
                    if (!allTokens && !text.startsWith("minus")) {
                        assertThat(parse(text)).as(text).isEmpty();
                    }
                });
        assertThat(NumberParser.isNumberWordToken("Hundred")).isTrue();
        assertThat(NumberParser.isNumberWordToken("of")).isFalse();
    }
}
