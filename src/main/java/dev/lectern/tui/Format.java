package dev.lectern.tui;

/** Numbers as people read them: 1, 2.5, 33%, 3 questions. */
final class Format {
    private Format() {}

    static String points(double p) {
        return p == Math.rint(p)
                ? String.valueOf((long) p)
                : String.format("%.2f", p).replaceAll("0+$", "");
    }

    static String percent(double p) {
        return Math.round(p) + "%";
    }

    /** {@code n} and the noun, in the plural unless {@code n} is one. */
    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
