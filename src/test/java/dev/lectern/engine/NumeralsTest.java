package dev.lectern.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.ForAll;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Numerals}' scan finds the form the four regular expressions it replaced find, tried in their order
 * (these patterns are what {@link NumberParser} matched before): on random strings of digits and separators,
 * which reach every form and every near miss, and on the examples of NumberParser's documentation.
 */
class NumeralsTest {
    private static final List<Pattern> PATTERNS = List.of(
            Pattern.compile("[1-9]\\d{0,2}(?:,\\d{3})+(?:\\.\\d+)?"),
            Pattern.compile("[1-9]\\d{0,2}(?:\\.\\d{3})(?:(?:\\.\\d{3})+(?:,\\d+)?|,\\d+)"),
            Pattern.compile("[1-9]\\d{0,2}(?: \\d{3})+(?:[.,]\\d+)?"),
            Pattern.compile("\\d+|\\d*[.,]\\d+"));

    /** The form each of PATTERNS reads, in the same order. */
    private static final List<Numerals.Form> FORMS =
            List.of(Numerals.Form.ENGLISH, Numerals.Form.EUROPEAN, Numerals.Form.SPACED, Numerals.Form.PLAIN);

    private static Numerals.Form byPatterns(String s) {
        for (int i = 0; i < PATTERNS.size(); i++) {
            if (PATTERNS.get(i).matcher(s).matches()) {
                return FORMS.get(i);
            }
        }
        return Numerals.Form.NONE;
    }

    /** Runs of one to five digits (often three, sometimes starting with 0) between separators, or noise. */
    private static String numeralLike(Random r) {
        StringBuilder s = new StringBuilder();
        int runs = 1 + r.nextInt(5);
        String seps = ",,.. ;-x";
        for (int i = 0; i < runs; i++) {
            if (i > 0 || r.nextInt(8) == 0) {
                s.append(seps.charAt(r.nextInt(seps.length())));
            }
            int length = r.nextInt(3) == 0 ? r.nextInt(6) : 3;
            for (int k = 0; k < length; k++) {
                s.append((char) ('0' + (k == 0 && r.nextInt(4) == 0 ? 0 : r.nextInt(10))));
            }
        }
        if (r.nextInt(10) == 0) {
            s.insert(r.nextInt(s.length() + 1), "٣a ".charAt(r.nextInt(3)));
        }
        return s.toString();
    }

    @Test
    void scan_findsTheFormThePatternsFind_onRandomNumeralLikeStrings() {
        ForAll.check(
                31L,
                100_000,
                NumeralsTest::numeralLike,
                s -> assertThat(Numerals.form(s)).isEqualTo(byPatterns(s)));
    }

    @Test
    void scan_findsEachDocumentedForm() {
        for (String s : List.of(
                "35",
                "3,5",
                ".5",
                "010",
                "1,000",
                "1,500",
                "1,000.5",
                "1.000,5",
                "1.000.000",
                "1.500",
                "10 000",
                "10 000,5",
                "1,5",
                "0,500",
                "",
                ",",
                "1,",
                "1 000 ",
                "1.000.000,25",
                "1,000,000.5",
                "1.000,000",
                "12,34,567",
                "0 000",
                "1 00")) {
            assertThat(Numerals.form(s)).as(s).isEqualTo(byPatterns(s));
        }
    }
}
