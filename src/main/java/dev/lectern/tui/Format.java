package dev.lectern.tui;

/** Numbers as people read them: 1, 2.5, 33%. */
final class Format {
    private Format() {
    }

    static String points(double p) {
        return p == Math.rint(p) ? String.valueOf((long) p) : String.format("%.2f", p).replaceAll("0+$", "");
    }

    static String percent(double p) {
        return Math.round(p) + "%";
    }
}
