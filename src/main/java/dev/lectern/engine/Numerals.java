package dev.lectern.engine;

/**
 * {@link NumberParser}'s four numeral forms read by one scan instead of four regex matches (a typed number is
 * parsed for every answer to a number question, and for every typed answer where an accepted answer is a
 * number). Each form is the pattern in its comment, over ASCII digits, matched whole and tried in that order;
 * {@code NumeralsTest} checks the scan against the patterns on random strings.
 */
final class Numerals {
    /** Which form a numeral has, in the order they are tried; {@link #NONE} when it has none. */
    enum Form {
        /** {@code [1-9]\d{0,2}(?:,\d{3})+(?:\.\d+)?}: "1,000.5". */
        ENGLISH,
        /** {@code [1-9]\d{0,2}(?:\.\d{3})(?:(?:\.\d{3})+(?:,\d+)?|,\d+)}: "1.000,5", "1.000.000". */
        EUROPEAN,
        /** {@code [1-9]\d{0,2}(?: \d{3})+(?:[.,]\d+)?}: "10 000". */
        SPACED,
        /** {@code \d+|\d*[.,]\d+}: "35", "3,5", ".5". */
        PLAIN,
        NONE
    }

    private Numerals() {}

    static Form form(String s) {
        int n = s.length();
        if (n == 0) {
            return Form.NONE;
        }
        // The runs of digits between single separators: the first run, then (separator, run) pairs.
        int first = digits(s, 0);
        if (first == n) {
            return Form.PLAIN;
        }
        boolean grouped = first >= 1 && first <= 3 && s.charAt(0) != '0';
        int seps = 0;
        int commas = 0;
        int points = 0;
        int spaces = 0;
        boolean allGroupsOfThree = true; // every run but the last is three digits
        int lastRun = -1;
        char lastSep = 0;
        int at = first;
        while (at < n) {
            char sep = s.charAt(at);
            if (sep != ',' && sep != '.' && sep != ' ') {
                return Form.NONE;
            }
            int end = digits(s, at + 1);
            int run = end - at - 1;
            if (run == 0) {
                return Form.NONE; // two separators together, or one at the end
            }
            if (seps > 0 && lastRun != 3) {
                allGroupsOfThree = false;
            }
            seps++;
            if (sep == ',') {
                commas++;
            } else if (sep == '.') {
                points++;
            } else {
                spaces++;
            }
            lastRun = run;
            lastSep = sep;
            at = end;
        }
        boolean lastIsGroup = lastRun == 3;
        if (grouped && allGroupsOfThree) {
            // ENGLISH: commas between groups, maybe a decimal point last.
            if (points == 0 && spaces == 0 && lastIsGroup) {
                return Form.ENGLISH;
            }
            if (lastSep == '.' && points == 1 && spaces == 0 && commas >= 1) {
                return Form.ENGLISH;
            }
            // EUROPEAN: two or more points between groups, maybe a decimal comma last; or one point group and
            // a decimal comma.
            if (spaces == 0 && commas == 0 && points >= 2 && lastIsGroup) {
                return Form.EUROPEAN;
            }
            if (spaces == 0 && commas == 1 && lastSep == ',' && points >= 1) {
                return Form.EUROPEAN;
            }
            // SPACED: spaces between groups, maybe a decimal point or comma last.
            if (commas == 0 && points == 0 && lastIsGroup) {
                return Form.SPACED;
            }
            if (spaces >= 1 && commas + points == 1 && lastSep != ' ') {
                return Form.SPACED;
            }
        }
        return seps == 1 && lastSep != ' ' ? Form.PLAIN : Form.NONE;
    }

    /** The end of the run of ASCII digits from {@code from}. */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
