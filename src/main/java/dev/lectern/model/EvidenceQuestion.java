package dev.lectern.model;

import dev.lectern.article.SentenceRef;
import java.util.List;

/**
 * Find the sentence that supports the claim in the prompt; {@code accept} lists other sentences also right, and
 * another sentence of the right paragraph earns {@code near} (a share of the points).
 */
public record EvidenceQuestion(QuestionHeader header, SentenceRef answer, List<SentenceRef> accept, double near)
        implements Question {
    public static final double DEFAULT_NEAR = 0.5;

    public EvidenceQuestion {
        accept = List.copyOf(accept);
        Fraction.check(near, "near credit");
    }

    @Override
    public String typeName() {
        return "evidence";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.evidence(this);
    }
}
