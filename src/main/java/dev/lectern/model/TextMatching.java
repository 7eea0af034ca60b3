package dev.lectern.model;

/**
 * How one question's typed answers are matched: the policy, whether case matters, and the share of the points a
 * forgiven typo still earns (under the lenient policy).
 */
public record TextMatching(MatchPolicy policy, boolean caseSensitive, double typoCredit) {
    public static final TextMatching DEFAULT = new TextMatching(MatchPolicy.NORMALIZED, false, 1.0);

    public TextMatching {
        if (!(typoCredit >= 0 && typoCredit <= 1)) {
            throw new IllegalArgumentException("typo credit outside 0..1: " + typoCredit);
        }
    }
}
