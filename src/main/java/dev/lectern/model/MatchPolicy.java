package dev.lectern.model;

/** How strictly free-text answers are matched, chosen per set or per question. */
public enum MatchPolicy implements Named {
    /** Only the text exactly as written. */
    EXACT("exact"),
    /** Ignoring case, punctuation, extra spaces, typographic quotes and the articles a/an/the (the default). */
    NORMALIZED("normalized"),
    /** As normalized, and also forgiving accents and small spelling slips. */
    LENIENT("lenient"),
    /** The official SQuAD v1.1 evaluation's normalisation, to compare with that published scorer. */
    SQUAD("squad");

    private final String yamlName;

    MatchPolicy(String yamlName) {
        this.yamlName = yamlName;
    }

    @Override
    public String yamlName() {
        return yamlName;
    }
}
