package dev.lectern.load;

import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code type: choice}: one right answer among the choices. */
final class ChoiceReader implements TypeReader {
    @Override
    public List<String> keys() {
        return List.of("choices", "answer", "feedback", "penalty");
    }

    @Override
    public Optional<Question> read(YamlMap map, QuestionHeader header, LoadContext ctx) {
        String owner = "question '" + header.id() + "'";
        Optional<ChoiceList> choices = ChoiceList.read(map, owner, "choice", ctx.problems());
        Optional<Scalar> answer = map.requiredText("answer", owner, "the text of the right choice");
        if (choices.isEmpty() || answer.isEmpty()) {
            return Optional.empty();
        }
        Optional<Integer> index = choices.get().indexOf(answer.get());
        Optional<Map<String, String>> feedback = choices.get().feedback(map);
        if (index.isEmpty() || feedback.isEmpty()) {
            return Optional.empty();
        }
        AnswerInEvidence.check(
                ctx,
                header,
                AnswerInEvidence.text("the answer", List.of(answer.get().text()), AnswerInEvidence.CHECK_EVIDENCE),
                answer.get().pos());
        return Optional.of(new ChoiceQuestion(
                header, choices.get().texts(), index.get(), feedback.get(), SetOptions.penalty(map, ctx)));
    }
}
