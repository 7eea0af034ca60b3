package dev.lectern.load;

import dev.lectern.article.Passage;
import dev.lectern.article.SentenceRef;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code type: evidence}: find the sentence that supports the claim; the answer is a sentence reference. */
final class EvidenceTypeReader implements TypeReader {
    @Override
    public List<String> keys() {
        return List.of("answer", "accept", "near");
    }

    @Override
    public Optional<Question> read(YamlMap map, QuestionHeader header, LoadContext ctx) {
        EvidenceReader refs = new EvidenceReader(ctx);
        Optional<SentenceRef> answer = map.requiredText(
                        "answer", "question " + Quoted.of(header.id()), "the supporting sentence, like \"15.2\"")
                .flatMap(refs::sentenceRef);
        List<SentenceRef> accept = new ArrayList<>();
        boolean ok = true;
        for (Scalar s : map.has("accept") ? map.textList("accept").orElse(List.of()) : List.<Scalar>of()) {
            Optional<SentenceRef> ref = refs.sentenceRef(s);
            ok &= ref.isPresent();
            ref.ifPresent(accept::add);
        }
        if (answer.isEmpty() || !ok || ctx.article().isEmpty()) {
            return Optional.empty();
        }
        QuestionHeader withEvidence = header;
        if (header.evidence().isEmpty()) {
            Passage sentence = Passage.sentence(
                    ctx.article().get().paragraph(answer.get().paragraph()),
                    answer.get().sentence());
            withEvidence = new QuestionHeader(
                    header.id(), header.prompt(), List.of(sentence), header.explain(), header.hint(), header.points());
        }
        return Optional.of(new EvidenceQuestion(
                withEvidence,
                answer.get(),
                accept,
                map.text("near")
                        .map(s -> SetOptions.share(s, "near", ctx.problems()))
                        .orElse(EvidenceQuestion.DEFAULT_NEAR)));
    }
}
