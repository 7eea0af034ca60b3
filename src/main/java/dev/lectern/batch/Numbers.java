package dev.lectern.batch;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Points and percentages as reports print them: at most two decimals, no trailing zeros ({@code 2}, {@code 0.67}). */
final class Numbers {
    private Numbers() {}

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    /**
     * {@link #format} remembering the last texts it made, for a gradebook that formats the same few points and
     * percentages a million times. One per thread (it is not synchronised).
     */
    static final class Cache {
        private static final int BITS = 12;
        private final long[] keys = new long[1 << BITS];
        private final String[] texts = new String[1 << BITS];

        String format(double value) {
            long bits = Double.doubleToRawLongBits(value);
            // Fibonacci hashing: the top bits of the product depend on every bit of the value. (The points and
            // percentages of a class are a few hundred values, whose low mantissa bits look much alike.)
            int slot = (int) ((bits * 0x9E3779B97F4A7C15L) >>> (64 - BITS));
            if (texts[slot] == null || keys[slot] != bits) {
                keys[slot] = bits;
                texts[slot] = Numbers.format(value);
            }
            return texts[slot];
        }
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static double round3(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
