package dev.lectern.source;

/** A converted article or the reason there is none. */
public record Outcome(ArticleText article, Refusal refusal) {
    public Outcome {
        if ((article == null) == (refusal == null)) {
            throw new IllegalArgumentException("an outcome is an article or a refusal");
        }
    }

    public boolean ok() {
        return article != null;
    }

    static Outcome refused(Refusal refusal) {
        return new Outcome(null, refusal);
    }
}
