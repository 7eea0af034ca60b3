package dev.lectern.engine;

import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TrueFalseQuestion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * The order in which a question's list is shown: its choices, its order items, or its match targets, as indexes
 * into the list as written. Letters a learner types ({@code b}) refer to this order.
 */
public record Presentation(List<Integer> order) {
    public Presentation {
        order = List.copyOf(order);
        List<Integer> sorted = new ArrayList<>(order);
        Collections.sort(sorted);
        if (!sorted.equals(IntStream.range(0, order.size()).boxed().toList())) {
            throw new IllegalArgumentException("not a permutation: " + order);
        }
    }

    /** The list as written in the question file: what answer sheets' letters refer to. */
    public static Presentation asWritten(Question q) {
        return new Presentation(IntStream.range(0, listSize(q)).boxed().toList());
    }

    /** The list shuffled with {@code random}; order items are never shown already in order when avoidable. */
    public static Presentation shuffled(Question q, Random random) {
        List<Integer> order = new ArrayList<>(asWritten(q).order());
        Collections.shuffle(order, random);
        if (q instanceof OrderQuestion && order.size() > 1 && isIdentity(order)) {
            Collections.rotate(order, 1);
        }
        return new Presentation(order);
    }

    private static boolean isIdentity(List<Integer> order) {
        return IntStream.range(0, order.size()).allMatch(i -> order.get(i) == i);
    }

    /** The written index of what is shown at {@code position} (from 0). */
    public int written(int position) {
        return order.get(position);
    }

    /** The position at which written index {@code index} is shown. */
    public int position(int index) {
        return order.indexOf(index);
    }

    public int size() {
        return order.size();
    }

    private static int listSize(Question q) {
        return q.accept(new Question.Visitor<Integer>() {
            @Override
            public Integer choice(ChoiceQuestion c) {
                return c.choices().size();
            }

            @Override
            public Integer multi(MultiQuestion m) {
                return m.choices().size();
            }

            @Override
            public Integer trueFalse(TrueFalseQuestion t) {
                return 0;
            }

            @Override
            public Integer shortAnswer(ShortQuestion s) {
                return 0;
            }

            @Override
            public Integer number(NumberQuestion n) {
                return 0;
            }

            @Override
            public Integer cloze(ClozeQuestion c) {
                return 0;
            }

            @Override
            public Integer order(OrderQuestion o) {
                return o.items().size();
            }

            @Override
            public Integer match(MatchQuestion m) {
                return m.pairs().size();
            }

            @Override
            public Integer evidence(EvidenceQuestion e) {
                return 0;
            }
        });
    }
}
