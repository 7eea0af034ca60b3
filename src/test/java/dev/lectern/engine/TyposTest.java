package dev.lectern.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.testing.ForAll;
import dev.lectern.testing.RandomText;
import org.junit.jupiter.api.Test;

class TyposTest {

    /** Optimal string alignment with the whole table, the textbook way, to check the two-row version by. */
    private static int reference(String a, String b) {
        int[] s = a.codePoints().toArray();
        int[] t = b.codePoints().toArray();
        int[][] d = new int[s.length + 1][t.length + 1];
        for (int i = 0; i <= s.length; i++) {
            for (int j = 0; j <= t.length; j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = s[i - 1] == t[j - 1] ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1]) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[s.length][t.length];
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }

    @Test
    void distance_countsSlipsInTheSeedNames() {
        assertThat(Typos.distance("Erdogan", "Erdoğan")).isEqualTo(1);
        assertThat(Typos.distance("Zelensky", "Zelenskiy")).isEqualTo(1);
        assertThat(Typos.distance("Medinksy", "Medinsky")).isEqualTo(1);
        assertThat(Typos.distance("Witkof", "Witkoff")).isEqualTo(1);
        assertThat(Typos.distance("Kostyukov", "Kostyukov")).isZero();
        assertThat(Typos.distance("Hryhorov", "Grigorov")).isEqualTo(3);
    }

    @Test
    void distance_countsInsertionsDeletionsAndSubstitutions() {
        assertThat(Typos.distance("", "abc")).isEqualTo(3);
        assertThat(Typos.distance("abc", "")).isEqualTo(3);
        assertThat(Typos.distance("kitten", "sitting")).isEqualTo(3);
    }

    @Test
    void distance_countsASwapOfNeighboursAsOne() {
        assertThat(Typos.distance("ab", "ba")).isEqualTo(1);
        assertThat(Typos.distance("Putni", "Putin")).isEqualTo(1);
    }

    @Test
    void distance_isTheOptimalStringAlignmentVariant() {
        // The unrestricted Damerau–Levenshtein distance would be 2 (swap, then insert between).
        assertThat(Typos.distance("ca", "abc")).isEqualTo(3);
    }

    @Test
    void distance_countsCodePointsNotChars() {
        assertThat(Typos.distance("😀", "😁")).isEqualTo(1);
        assertThat(Typos.distance("a😀", "😀a")).isEqualTo(1);
        assertThat(Typos.distance("𝐀", "A")).isEqualTo(1);
        assertThat(Typos.distance("\ud800", "\udfff")).isEqualTo(1);
    }

    @Test
    void distance_survivesLongInput() {
        assertThat(Typos.distance("a".repeat(10_000), "b".repeat(10_000))).isEqualTo(10_000);
        assertThat(Typos.distance("ab".repeat(5_000), "ba".repeat(5_000))).isEqualTo(2);
    }

    @Test
    void distance_agreesWithTheFullTable() {
        ForAll.check(
                41L,
                3000,
                r -> new String[] {RandomText.from(r, "abcab", 9), RandomText.from(r, "abcba", 9)},
                p -> assertThat(Typos.distance(p[0], p[1])).isEqualTo(reference(p[0], p[1])));
    }

    @Test
    void distance_isMetricLike() {
        ForAll.check(42L, 3000, r -> new String[] {RandomText.arbitrary(r, 12), RandomText.arbitrary(r, 12)}, p -> {
            String a = p[0];
            String b = p[1];
            int d = Typos.distance(a, b);
            assertThat(Typos.distance(a, a)).isZero();
            assertThat(Typos.distance(b, a)).isEqualTo(d);
            assertThat(d).isLessThanOrEqualTo(Math.max(length(a), length(b)));
            assertThat(d).isGreaterThanOrEqualTo(Math.abs(length(a) - length(b)));
            assertThat(d == 0).isEqualTo(a.equals(b));
        });
    }

    @Test
    void allowed_forgivesByTheNumberOfLetters() {
        assertThat(Typos.allowed("")).isZero();
        assertThat(Typos.allowed("cat")).isZero();
        assertThat(Typos.allowed("U.S.")).isZero();
        assertThat(Typos.allowed("2022")).isZero();
        assertThat(Typos.allowed("Sumy")).isEqualTo(1);
        assertThat(Typos.allowed("Erdoğan")).isEqualTo(1);
        assertThat(Typos.allowed("Medinsky")).isEqualTo(1);
        assertThat(Typos.allowed("Zelenskiy")).isEqualTo(2);
        assertThat(Typos.allowed("Lula da Silva")).isEqualTo(2);
        assertThat(Typos.allowed("35 people")).isEqualTo(1);
    }

    @Test
    void describe_spellsOutTheCountForMessages() {
        assertThat(Typos.describe(0)).isEqualTo("no typos");
        assertThat(Typos.describe(1)).isEqualTo("one typo");
        assertThat(Typos.describe(2)).isEqualTo("two typos");
        assertThat(Typos.describe(10)).isEqualTo("ten typos");
        assertThat(Typos.describe(11)).isEqualTo("11 typos");
        assertThatThrownBy(() -> Typos.describe(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
