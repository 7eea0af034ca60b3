package dev.lectern.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points and percentages as reports print them: at most two decimals, no trailing zeros ({@code 2}, {@code 0.67}). */
final class Numbers {
    private Numbers() {
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
