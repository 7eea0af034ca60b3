package dev.lectern.load;

import dev.lectern.model.Letters;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.OrderScoring;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.Quoted;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code type: order}: items written in the right order, shown shuffled. */
final class OrderReader implements TypeReader {
    @Override
    public List<String> keys() {
        return List.of("items", "scoring");
    }

    @Override
    public Optional<Question> read(YamlMap map, QuestionHeader header, LoadContext ctx) {
        if (!map.has("items")) {
            map.missing("items", "question '" + header.id() + "'", "the items in their right order");
            return Optional.empty();
        }
        Optional<List<Scalar>> items = map.textList("items");
        if (items.isEmpty()) {
            return Optional.empty();
        }
        if (items.get().size() < 2) {
            ctx.problems()
                    .error(
                            map.keyPos("items"),
                            "an order question needs at least two items; found "
                                    + items.get().size());
            return Optional.empty();
        }
        if (items.get().size() > Letters.MAX) {
            ctx.problems()
                    .error(
                            map.keyPos("items"),
                            Letters.tooMany("order", items.get().size(), "items"));
            return Optional.empty();
        }
        List<String> texts = new ArrayList<>();
        for (Scalar item : items.get()) {
            if (texts.contains(item.text())) {
                ctx.problems()
                        .error(
                                item.pos(),
                                "item " + Quoted.of(item.text()) + " is listed twice; order items must differ");
                return Optional.empty();
            }
            texts.add(item.text());
        }
        return Optional.of(new OrderQuestion(
                header, texts, SetOptions.scoring(map, OrderScoring.class, OrderScoring.PAIRS, ctx.problems())));
    }
}
