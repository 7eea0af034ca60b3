package dev.lectern.model;

/** Checks for shares of points: penalties, near credit, typo credit. */
final class Fraction {
    private Fraction() {}

    static double check(double value, String what) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(what + " must be between 0 and 1: " + value);
        }
        return value;
    }
}
