package dev.lectern.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.ForAll;
import dev.lectern.testing.RandomText;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Expected doubles are what the official Python script prints, to the last bit. */
class TokenF1Test {

    @Test
    void f1_givesPartialCreditForLulaAgainstHisFullName() {
        assertThat(TokenF1.f1("Lula", "Luiz Inácio Lula da Silva")).isEqualTo(0.33333333333333337);
        assertThat(TokenF1.f1("Lula da Silva", "Luiz Inácio Lula da Silva")).isEqualTo(0.7499999999999999);
        assertThat(TokenF1.exactMatch("Lula", "Luiz Inácio Lula da Silva")).isFalse();
    }

    @Test
    void f1_ofASubsetOfTheEnvoys() {
        assertThat(TokenF1.f1("Steve Witkoff and Keith Kellogg", "Marco Rubio, Steve Witkoff and Keith Kellogg"))
                .isEqualTo(0.8333333333333333);
    }

    @Test
    void f1_countsTokensAsAMultiset() {
        assertThat(TokenF1.f1("Putin Putin", "Putin")).isEqualTo(0.6666666666666666);
    }

    @Test
    void f1_ignoresArticlesCaseAndAsciiPunctuation() {
        assertThat(TokenF1.f1("the Kremlin's", "Kremlins")).isEqualTo(1.0);
        assertThat(TokenF1.exactMatch("the Kremlin's", "KREMLINS")).isTrue();
    }

    @Test
    void f1_keepsTheCurlyApostropheAsTheScriptDoes() {
        assertThat(TokenF1.f1("Kremlin’s", "Kremlin's")).isZero();
        assertThat(TokenF1.exactMatch("Kremlin’s", "Kremlin's")).isFalse();
    }

    @Test
    void f1_doesNotReadNumbers() {
        assertThat(TokenF1.f1("three", "3")).isZero();
        assertThat(TokenF1.exactMatch("3.0", "3")).isFalse();
    }

    @Test
    void f1_isZeroWhenBothSidesNormaliseToNothing_asInTheScript() {
        assertThat(TokenF1.f1("the", "a")).isZero();
        assertThat(TokenF1.f1("", "")).isZero();
        assertThat(TokenF1.f1("?!", "...")).isZero();
        assertThat(TokenF1.exactMatch("the", "a")).isTrue();
        assertThat(TokenF1.exactMatch("", "")).isTrue();
    }

    @Test
    void f1_isZeroWithNoTokenInCommon() {
        assertThat(TokenF1.f1("Moscow", "Istanbul")).isZero();
        assertThat(TokenF1.f1("Moscow", "")).isZero();
    }

    @Test
    void f1_survivesHostileInput() {
        String lots = "Putin ".repeat(2_000);
        assertThat(TokenF1.f1(lots, "Putin")).isEqualTo(2 * (1.0 / 2_000) / (1.0 / 2_000 + 1));
        assertThat(TokenF1.f1("\ud800 x", "x \udfff")).isEqualTo(0.5);
        assertThat(TokenF1.f1(RandomText.arbitrary(new Random(5), 10_000), "x")).isBetween(0.0, 1.0);
    }

    private static String[] pair(Random random) {
        List<String> words = List.of(
                "Putin",
                "putin",
                "the",
                "Kremlin’s",
                "Kremlin's",
                "talks",
                "in",
                "Istanbul",
                "Turkey,",
                "a",
                "35",
                "3.5",
                "U.S.",
                "Erdoğan",
                "ΟΔΟΣ",
                "_",
                "!");
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        for (int i = random.nextInt(7); i > 0; i--) {
            a.append(words.get(random.nextInt(words.size()))).append(' ');
        }
        for (int i = random.nextInt(7); i > 0; i--) {
            b.append(words.get(random.nextInt(words.size()))).append(random.nextBoolean() ? " " : "\u00a0");
        }
        return random.nextInt(4) == 0
                ? new String[] {RandomText.arbitrary(random, 20), a.toString()}
                : new String[] {a.toString(), b.toString()};
    }

    @Test
    void f1_isSymmetricAndBetweenZeroAndOne() {
        ForAll.check(51L, 5000, TokenF1Test::pair, p -> {
            double f1 = TokenF1.f1(p[0], p[1]);
            assertThat(f1).isBetween(0.0, 1.0);
            assertThat(TokenF1.f1(p[1], p[0])).isEqualTo(f1);
        });
    }

    @Test
    void f1_ofATextWithItselfIsOne_unlessItNormalisesToNothing() {
        ForAll.check(52L, 5000, r -> pair(r)[0], s -> {
            assertThat(TokenF1.f1(s, s)).isEqualTo(TextNormalizer.squad(s).isEmpty() ? 0.0 : 1.0);
            assertThat(TokenF1.exactMatch(s, s)).isTrue();
        });
    }

    @Test
    void exactMatch_impliesFullF1_unlessBothAreEmpty() {
        ForAll.check(53L, 5000, TokenF1Test::pair, p -> {
            if (TokenF1.exactMatch(p[0], p[1])) {
                assertThat(TokenF1.f1(p[0], p[1]))
                        .isEqualTo(TextNormalizer.squad(p[0]).isEmpty() ? 0.0 : 1.0);
            }
        });
    }
}
