package dev.lectern.engine;

import dev.lectern.model.MatchQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.OrderScoring;
import dev.lectern.model.Quoted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Grading of the kinds where the learner arranges: order and match. */
final class ArrangementGrading {
    private static final Pattern PAIR = Pattern.compile("\\s*(->|→|=)\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern LETTER = Pattern.compile("[a-zA-Z]");

    private ArrangementGrading() {}

    static Grade order(OrderQuestion q, Presentation shown, List<String> parts) {
        String expected = String.join(" → ", q.items());
        if (AnswerText.isBlank(parts)) {
            return Scores.unanswered(q, expected);
        }
        List<String> items = AnswerText.lettersOrItems(parts);
        List<Integer> order = new ArrayList<>();
        for (String item : items) {
            Optional<Integer> index = ChoiceGrading.pick(item, q.items(), shown);
            if (index.isEmpty() || order.contains(index.get())) {
                return Scores.unreadable(
                        q,
                        AnswerText.joined(items),
                        expected,
                        index.isEmpty()
                                ? Quoted.of(item) + " is not one of the items"
                                : Quoted.of(item) + " is listed twice");
            }
            order.add(index.get());
        }
        if (order.size() != q.items().size()) {
            return Scores.unreadable(
                    q,
                    AnswerText.joined(items),
                    expected,
                    "put all " + q.items().size() + " items in order; found " + order.size());
        }
        String given = String.join(" → ", order.stream().map(q.items()::get).toList());
        int pairs = 0;
        int inOrder = 0;
        for (int i = 0; i < order.size(); i++) {
            for (int j = i + 1; j < order.size(); j++) {
                pairs++;
                inOrder += order.get(i) < order.get(j) ? 1 : 0;
            }
        }
        boolean all = inOrder == pairs;
        double fraction = q.scoring() == OrderScoring.ALL_OR_NOTHING ? (all ? 1 : 0) : (double) inOrder / pairs;
        Rule rule = q.scoring() == OrderScoring.ALL_OR_NOTHING ? Rule.ALL_OR_NOTHING : Rule.PAIRS;
        return Scores.grade(
                q,
                fraction,
                rule,
                given,
                expected,
                Optional.of(inOrder + " of " + pairs + " pairs in the right order"),
                List.of());
    }

    /** Pairs written {@code left = right} (or {@code left -> right}), by text, or by letter and number as shown. */
    static Grade match(MatchQuestion q, Presentation shown, List<String> parts) {
        List<String> lefts = q.pairs().stream().map(MatchQuestion.Pair::left).toList();
        List<String> rights = q.pairs().stream().map(MatchQuestion.Pair::right).toList();
        String expected = AnswerText.joined(
                q.pairs().stream().map(p -> p.left() + " = " + p.right()).toList());
        if (AnswerText.isBlank(parts)) {
            return Scores.unanswered(q, expected);
        }
        Map<Integer, Integer> made = new HashMap<>();
        for (String item : AnswerText.items(parts)) {
            String[] sides = PAIR.split(item, 2);
            Optional<Integer> left = sides.length == 2
                    ? ChoiceGrading.pick(sides[0], lefts, Presentation.asWritten(q))
                    : Optional.empty();
            Optional<Integer> right = sides.length == 2 ? rightSide(sides[1], rights, shown) : Optional.empty();
            if (left.isEmpty() || right.isEmpty()) {
                return Scores.unreadable(
                        q,
                        AnswerText.joined(parts),
                        expected,
                        Quoted.of(item) + " is not a pair; write left = right, like " + lefts.get(0) + " = "
                                + rights.get(0));
            }
            made.put(left.get(), right.get());
        }
        long right = made.entrySet().stream()
                .filter(e -> rights.get(e.getValue()).equals(rights.get(e.getKey())))
                .count();
        String given = AnswerText.joined(made.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> lefts.get(e.getKey()) + " = " + rights.get(e.getValue()))
                .toList());
        return Scores.grade(
                q,
                (double) right / q.pairs().size(),
                Rule.PER_PAIR,
                given,
                expected,
                Optional.of(right + " of " + q.pairs().size() + " pairs right"),
                List.of());
    }

    /**
     * A right-hand item by its number as shown (1, 2, …) or by its text. An item's own text comes first, as with
     * choices and their letters: where the items are {@code 35} and {@code 3}, "3" is the item 3, not the third
     * shown; and an item that is a single letter is named by it, though letters name no right-hand items.
     */
    private static Optional<Integer> rightSide(String text, List<String> rights, Presentation shown) {
        for (int i = 0; i < rights.size(); i++) {
            if (rights.get(i).strip().equalsIgnoreCase(text.strip())) {
                return Optional.of(i);
            }
        }
        if (NUMBER.matcher(text.strip()).matches()) {
            int position = Integer.parseInt(text.strip()) - 1;
            if (position >= 0 && position < rights.size()) {
                return Optional.of(shown.written(position));
            }
        }
        return ChoiceGrading.pick(text, rights, shown)
                .filter(i -> !LETTER.matcher(text.strip()).matches());
    }
}
