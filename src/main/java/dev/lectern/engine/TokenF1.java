package dev.lectern.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The official SQuAD v1.1 scores, ported exactly from its evaluation script so results on SQuAD data can be
 * set beside published ones: both compare {@link TextNormalizer#squad} forms.
 */
public final class TokenF1 {
    private TokenF1() {}

    /**
     * {@code f1_score}: the harmonic mean of token precision and recall, tokens counted as a multiset. As in
     * the script, no token in common gives 0, even when both sides normalise to nothing (so {@code f1("the",
     * "a")} is 0 though {@link #exactMatch} is true); the arithmetic follows it step by step so the double
     * comes out the same.
     */
    public static double f1(String prediction, String truth) {
        List<String> predicted = PythonText.split(TextNormalizer.squad(prediction));
        List<String> expected = PythonText.split(TextNormalizer.squad(truth));
        Map<String, Integer> left = new HashMap<>();
        expected.forEach(token -> left.merge(token, 1, Integer::sum));
        int same = 0;
        for (String token : predicted) {
            if (left.getOrDefault(token, 0) > 0) {
                left.merge(token, -1, Integer::sum);
                same++;
            }
        }
        if (same == 0) {
            return 0;
        }
        double precision = 1.0 * same / predicted.size();
        double recall = 1.0 * same / expected.size();
        return (2 * precision * recall) / (precision + recall);
    }

    /**
     * {@link #f1(String, String)} of two token lists already made: the tokens in common counted as a multiset
     * (each expected token matched at most once), with the same arithmetic. Quadratic, and allocation-free but
     * for one small array: answers have a few tokens.
     */
    static double f1(String[] predicted, String[] expected) {
        boolean[] used = new boolean[expected.length];
        int same = 0;
        for (String token : predicted) {
            for (int j = 0; j < expected.length; j++) {
                if (!used[j] && expected[j].equals(token)) {
                    used[j] = true;
                    same++;
                    break;
                }
            }
        }
        if (same == 0) {
            return 0;
        }
        double precision = 1.0 * same / predicted.length;
        double recall = 1.0 * same / expected.length;
        return (2 * precision * recall) / (precision + recall);
    }

    /** {@code exact_match_score}: the two {@link TextNormalizer#squad} forms are equal. */
    public static boolean exactMatch(String prediction, String truth) {
        return TextNormalizer.squad(prediction).equals(TextNormalizer.squad(truth));
    }
}
