package dev.lectern.engine;

import java.util.Set;

/** A unit written after a number as people write it: {@code 30 days}, but {@code 20.8%}, as the tolerance is. */
final class Units {
    /** Signs written against the number, without a space. */
    private static final Set<String> CLOSED_UP = Set.of("%", "‰", "°");

    private Units() {}

    /** What follows the number: the unit, after a space unless it is a sign written closed up. */
    static String after(String unit) {
        return CLOSED_UP.contains(unit) ? unit : " " + unit;
    }
}
