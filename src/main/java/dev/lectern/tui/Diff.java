package dev.lectern.tui;

import java.util.Locale;

/**
 * Which characters of one text are not in another, by longest common subsequence, ignoring case: how a typo
 * shows at a glance beside the expected answer.
 */
final class Diff {
    private static final int MAX = 400;

    private Diff() {}

    /** For each char of {@code a}: true when it differs from (is not aligned with) {@code b}. */
    static boolean[] differing(String a, String b) {
        boolean[] marks = new boolean[a.length()];
        if (a.length() > MAX || b.length() > MAX) {
            return marks;
        }
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[][] lcs = new int[x.length() + 1][y.length() + 1];
        for (int i = x.length() - 1; i >= 0; i--) {
            for (int j = y.length() - 1; j >= 0; j--) {
                lcs[i][j] = x.charAt(i) == y.charAt(j) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < x.length()) {
            if (j < y.length() && x.charAt(i) == y.charAt(j)) {
                i++;
                j++;
            } else if (j < y.length() && lcs[i][j + 1] > lcs[i + 1][j]) {
                j++;
            } else {
                marks[i++] = true;
            }
        }
        return marks;
    }
}
