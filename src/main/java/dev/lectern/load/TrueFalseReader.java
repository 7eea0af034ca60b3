package dev.lectern.load;

import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Quoted;
import dev.lectern.model.TrueFalseQuestion;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** {@code type: true-false}: is the prompt's statement true? */
final class TrueFalseReader implements TypeReader {
    @Override
    public List<String> keys() {
        return List.of("answer", "feedback", "penalty");
    }

    @Override
    public Optional<Question> read(YamlMap map, QuestionHeader header, LoadContext ctx) {
        Optional<Scalar> answer = map.requiredText("answer", "question '" + header.id() + "'", "true or false");
        Optional<Boolean> value = answer.flatMap(a -> truth(a, "answer", ctx.problems()));
        Optional<String> ifTrue = Optional.empty();
        Optional<String> ifFalse = Optional.empty();
        boolean ok = true;
        if (map.has("feedback")) {
            Optional<List<Map.Entry<Scalar, Scalar>>> feedback = map.textMap("feedback");
            ok = feedback.isPresent();
            for (Map.Entry<Scalar, Scalar> e : feedback.orElse(List.of())) {
                Optional<Boolean> key = truth(e.getKey(), "a feedback key", ctx.problems());
                ok &= key.isPresent();
                if (key.isPresent()) {
                    ifTrue = key.get() ? Optional.of(e.getValue().text()) : ifTrue;
                    ifFalse = key.get() ? ifFalse : Optional.of(e.getValue().text());
                }
            }
        }
        if (value.isEmpty() || !ok) {
            return Optional.empty();
        }
        return Optional.of(new TrueFalseQuestion(header, value.get(), ifTrue, ifFalse, SetOptions.penalty(map, ctx)));
    }

    private static Optional<Boolean> truth(Scalar s, String what, Problems problems) {
        String text = s.text().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Optional.of(text.equals("true"));
        }
        problems.error(s.pos(), what + " of a true-false question must be true or false; found " + Quoted.of(s.text()));
        return Optional.empty();
    }
}
