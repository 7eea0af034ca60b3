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
}
