package dev.lectern.model;

import dev.lectern.article.SentenceRef;
import java.util.List;

/** Find the sentence that supports the claim in the prompt; {@code accept} lists other sentences also right. */
public record EvidenceQuestion(QuestionHeader header, SentenceRef answer, List<SentenceRef> accept)
        implements Question {
    public EvidenceQuestion {
        accept = List.copyOf(accept);
    }

    @Override
    public String typeName() {
        return "evidence";
    }
}
