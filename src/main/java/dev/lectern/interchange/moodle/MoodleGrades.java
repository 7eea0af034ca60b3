package dev.lectern.interchange.moodle;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The answer grades Moodle accepts. Its importer refuses a whole question whose fractions are not on this list
 * ({@code question_bank::fraction_options_full()}, matched to within 0.00001), so every fraction Lectern writes
 * comes from it.
 */
final class MoodleGrades {
    private static final double[] POSITIVE = {
        1.0, 0.9, 0.8333333, 0.8, 0.75, 0.7, 0.6666667, 0.6, 0.5, 0.4, 0.3333333, 0.3, 0.25, 0.2, 0.1666667, 0.1428571,
        0.125, 0.1111111, 0.1, 0.05
    };

    private MoodleGrades() {}

    /** Whether Moodle accepts {@code fraction} (-1 to 1) as it is. */
    static boolean allowed(double fraction) {
        return Math.abs(nearest(fraction) - fraction) < 0.00001;
    }

    /** The accepted grade nearest to {@code fraction}. */
    static double nearest(double fraction) {
        double best = 0;
        double mismatch = Math.abs(fraction);
        for (double p : POSITIVE) {
            for (double candidate : new double[] {p, -p}) {
                if (Math.abs(fraction - candidate) < mismatch) {
                    best = candidate;
                    mismatch = Math.abs(fraction - candidate);
                }
            }
        }
        return best;
    }

    /** The percentage Moodle writes in {@code fraction="…"}: {@code 100}, {@code 33.33333}, {@code -25}. */
    static String percent(double fraction) {
        return plain(BigDecimal.valueOf(nearest(fraction))
                .multiply(BigDecimal.valueOf(100))
                .setScale(5, RoundingMode.HALF_EVEN));
    }

    /** A number as Moodle writes it: no exponent, no trailing zeros. */
    static String plain(BigDecimal value) {
        BigDecimal v = value.stripTrailingZeros();
        return v.signum() == 0 ? "0" : v.toPlainString();
    }

    static String plain(double value) {
        return plain(BigDecimal.valueOf(value));
    }
}
