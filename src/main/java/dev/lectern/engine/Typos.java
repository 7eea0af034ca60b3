package dev.lectern.engine;

import java.util.List;

/** How many slips apart two answers are, and how many a learner is forgiven. */
public final class Typos {
    private static final List<String> NUMBERS =
            List.of("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten");

    private Typos() {}

    /**
     * The Damerau–Levenshtein distance in its optimal string alignment variant: the fewest insertions,
     * deletions, substitutions and swaps of two neighbours turning one into the other, where no part is
     * edited twice (so "ca" to "abc" is 3, not 2 as in the unrestricted variant); the swap is the slip
     * people make most. Counted over code points, so an emoji or a letter outside the BMP is one, and in
     * memory linear in the shorter length, so long hostile input costs time but not space.
     */
    public static int distance(String a, String b) {
        return distance(a.codePoints().toArray(), b.codePoints().toArray());
    }

    /** {@link #distance(String, String)} of two texts' code points, for answers whose code points are kept. */
    static int distance(int[] a, int[] b) {
        int[] s = a;
        int[] t = b;
        if (t.length > s.length) {
            int[] swap = s;
            s = t;
            t = swap;
        }
        int[] beforeLast = new int[t.length + 1];
        int[] last = new int[t.length + 1];
        int[] row = new int[t.length + 1];
        for (int j = 0; j <= t.length; j++) {
            last[j] = j;
        }
        for (int i = 1; i <= s.length; i++) {
            row[0] = i;
            for (int j = 1; j <= t.length; j++) {
                int cost = s[i - 1] == t[j - 1] ? 0 : 1;
                row[j] = Math.min(Math.min(last[j] + 1, row[j - 1] + 1), last[j - 1] + cost);
                if (i > 1 && j > 1 && s[i - 1] == t[j - 2] && s[i - 2] == t[j - 1]) {
                    row[j] = Math.min(row[j], beforeLast[j - 2] + 1);
                }
            }
            int[] recycled = beforeLast;
            beforeLast = last;
            last = row;
            row = recycled;
        }
        return last[t.length];
    }

    /**
     * The slips forgiven in an answer to {@code expected}, by how many letters it has (digits, spaces and
     * punctuation do not count, since a slip there changes a number or nothing): none up to 3 letters, where
     * one slip makes another word ("cat", "car"), one for 4 to 8, two beyond.
     */
    public static int allowed(String expected) {
        long letters = expected.codePoints().filter(Character::isLetter).count();
        return letters <= 3 ? 0 : letters <= 8 ? 1 : 2;
    }

    /** {@code "one typo"}, {@code "two typos"}, …, for grade messages; figures past ten ("11 typos"). */
    public static String describe(int distance) {
        if (distance < 0) {
            throw new IllegalArgumentException("a distance cannot be negative: " + distance);
        }
        String count = distance < NUMBERS.size() ? NUMBERS.get(distance) : String.valueOf(distance);
        return count + (distance == 1 ? " typo" : " typos");
    }
}
