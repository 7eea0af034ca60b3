package dev.lectern.model;

import java.util.HashSet;
import java.util.List;

/**
 * Put the items in order; {@code items} holds them in the right order (they are shown shuffled). At most
 * {@link Letters#MAX}: an answer sheet names the items by letter.
 */
public record OrderQuestion(QuestionHeader header, List<String> items, OrderScoring scoring) implements Question {
    public OrderQuestion {
        items = Choices.lettered(items, "order", "items");
        if (new HashSet<>(items).size() != items.size()) {
            throw new IllegalArgumentException("order items must differ: " + items);
        }
    }

    @Override
    public String typeName() {
        return "order";
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.order(this);
    }
}
