package dev.lectern.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumbersTest {
    @Test
    void atMostTwoDecimals_noTrailingZeros_noNegativeZero() {
        assertThat(Numbers.format(2.0)).isEqualTo("2");
        assertThat(Numbers.format(2.0 / 3)).isEqualTo("0.67");
        assertThat(Numbers.format(0.5)).isEqualTo("0.5");
        assertThat(Numbers.format(-0.0)).isEqualTo("0");
        assertThat(Numbers.format(-0.25)).isEqualTo("-0.25");
        assertThat(Numbers.format(100.0 * 2 / 18)).isEqualTo("11.11");
    }

    @Test
    void theCache_formatsAsFormatDoes_forEveryValue() {
        Numbers.Cache cache = new Numbers.Cache();
        java.util.Random r = new java.util.Random(3);
        for (int i = 0; i < 200_000; i++) {
            double v = r.nextBoolean() ? r.nextInt(40) / (1.0 + r.nextInt(12)) : (r.nextDouble() - 0.3) * 200;
            if (i % 7 == 0) {
                v = -0.0;
            }
            assertThat(cache.format(v)).as("%s", v).isEqualTo(Numbers.format(v));
        }
    }
}
