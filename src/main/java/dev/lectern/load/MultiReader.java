package dev.lectern.load;

import dev.lectern.model.MultiQuestion;
import dev.lectern.model.MultiScoring;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Quoted;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** {@code type: multi}: several right answers among the choices. */
final class MultiReader implements TypeReader {
    @Override
    public List<String> keys() {
        return List.of("choices", "answers", "feedback", "scoring", "penalty");
    }

    @Override
    public Optional<Question> read(YamlMap map, QuestionHeader header, LoadContext ctx) {
        String owner = "question " + Quoted.of(header.id());
        Optional<ChoiceList> choices = ChoiceList.read(map, owner, "multi", ctx.problems());
        if (!map.has("answers")) {
            map.missing("answers", owner, "the list of right choices");
        }
        Optional<List<Scalar>> answers = map.textList("answers");
        if (choices.isEmpty() || answers.isEmpty()) {
            return Optional.empty();
        }
        if (answers.get().isEmpty()) {
            ctx.problems().error(map.keyPos("answers"), "'answers' needs at least one right choice");
            return Optional.empty();
        }
        Set<Integer> right = new LinkedHashSet<>();
        boolean ok = true;
        for (Scalar a : answers.get()) {
            Optional<Integer> index = choices.get().indexOf(a);
            ok &= index.isPresent();
            index.ifPresent(right::add);
        }
        Optional<Map<String, String>> feedback = choices.get().feedback(map);
        if (!ok || feedback.isEmpty()) {
            return Optional.empty();
        }
        for (Scalar a : answers.get()) {
            AnswerInEvidence.check(
                    ctx,
                    header,
                    AnswerInEvidence.text("the right choice", List.of(a.text()), AnswerInEvidence.CHECK_EVIDENCE),
                    a.pos());
        }
        return Optional.of(new MultiQuestion(
                header,
                choices.get().texts(),
                right,
                feedback.get(),
                SetOptions.scoring(map, MultiScoring.class, MultiScoring.RIGHT_MINUS_WRONG, ctx.problems()),
                SetOptions.penalty(map, ctx)));
    }
}
