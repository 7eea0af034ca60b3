package dev.lectern.load;

import dev.lectern.model.Letters;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code type: match}: a mapping of left items to their right partners. */
final class MatchReader implements TypeReader {
    @Override
    public List<String> keys() {
        return List.of("pairs");
    }

    @Override
    public Optional<Question> read(YamlMap map, QuestionHeader header, LoadContext ctx) {
        if (!map.has("pairs")) {
            map.missing("pairs", "question '" + header.id() + "'", "a mapping of left item: right item");
            return Optional.empty();
        }
        Optional<List<Map.Entry<Scalar, Scalar>>> pairs = map.textMap("pairs");
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        if (pairs.get().size() < 2) {
            ctx.problems()
                    .error(
                            map.keyPos("pairs"),
                            "a match question needs at least two pairs; found "
                                    + pairs.get().size());
            return Optional.empty();
        }
        if (pairs.get().size() > Letters.MAX) {
            ctx.problems()
                    .error(
                            map.keyPos("pairs"),
                            Letters.tooMany("match", pairs.get().size(), "pairs"));
            return Optional.empty();
        }
        List<MatchQuestion.Pair> list = pairs.get().stream()
                .map(e -> new MatchQuestion.Pair(e.getKey().text(), e.getValue().text()))
                .toList();
        return Optional.of(new MatchQuestion(header, list));
    }
}
