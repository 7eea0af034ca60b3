package dev.lectern.engine;

import dev.lectern.model.MatchQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.OrderScoring;
import dev.lectern.model.Quoted;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The keys of the kinds where the learner arranges: order and match. */
final class ArrangementKeys {
    private ArrangementKeys() {}

    static final class Order implements AnswerKey {
        private final OrderQuestion q;
        private final Picker items;
        private final String expected;

        Order(OrderQuestion q) {
            this.q = q;
            this.items = new Picker(q.items());
            this.expected = String.join(" → ", q.items());
        }

        @Override
        public Grade grade(Presentation shown, List<String> parts) {
            if (AnswerParts.isBlank(parts)) {
                return Scores.unanswered(q, expected);
            }
            List<String> typed = AnswerParts.lettersOrItems(parts);
            int[] order = new int[typed.size()];
            boolean[] placed = new boolean[items.size()];
            int count = 0;
            for (String item : typed) {
                int index = items.pick(item, shown);
                if (index < 0 || placed[index]) {
                    return Scores.unreadable(
                            q,
                            AnswerParts.joined(typed),
                            expected,
                            index < 0
                                    ? Quoted.of(item) + " is not one of the items"
                                    : Quoted.of(item) + " is listed twice");
                }
                placed[index] = true;
                order[count++] = index;
            }
            if (count != items.size()) {
                return Scores.unreadable(
                        q,
                        AnswerParts.joined(typed),
                        expected,
                        "put all " + items.size() + " items in order; found " + count);
            }
            StringBuilder given = new StringBuilder();
            int pairs = 0;
            int inOrder = 0;
            for (int i = 0; i < count; i++) {
                given.append(i == 0 ? "" : " → ").append(items.get(order[i]));
                for (int j = i + 1; j < count; j++) {
                    pairs++;
                    inOrder += order[i] < order[j] ? 1 : 0;
                }
            }
            boolean all = inOrder == pairs;
            boolean allOrNothing = q.scoring() == OrderScoring.ALL_OR_NOTHING;
            double fraction = allOrNothing ? (all ? 1 : 0) : (double) inOrder / pairs;
            return Scores.grade(
                    q,
                    fraction,
                    allOrNothing ? Rule.ALL_OR_NOTHING : Rule.PAIRS,
                    given.toString(),
                    expected,
                    Optional.of(inOrder + " of " + pairs + " pairs in the right order"),
                    List.of());
        }
    }

    /** Pairs written {@code left = right} (or {@code left -> right}), by text, or by letter and number as shown. */
    static final class Match implements AnswerKey {
        private final MatchQuestion q;
        private final Picker lefts;
        private final Picker rights;
        private final String[] rightsStripped;
        private final Presentation leftsShown;
        private final String expected;
        private final String example;

        Match(MatchQuestion q) {
            this.q = q;
            this.lefts =
                    new Picker(q.pairs().stream().map(MatchQuestion.Pair::left).toList());
            this.rights =
                    new Picker(q.pairs().stream().map(MatchQuestion.Pair::right).toList());
            this.rightsStripped = rights.entries().stream().map(String::strip).toArray(String[]::new);
            this.leftsShown = Presentation.asWritten(q);
            this.expected = AnswerParts.joined(
                    q.pairs().stream().map(p -> p.left() + " = " + p.right()).toList());
            this.example = lefts.get(0) + " = " + rights.get(0);
        }

        @Override
        public Grade grade(Presentation shown, List<String> parts) {
            if (AnswerParts.isBlank(parts)) {
                return Scores.unanswered(q, expected);
            }
            int[] made = new int[lefts.size()];
            Arrays.fill(made, -1);
            for (String item : AnswerParts.items(parts)) {
                String[] sides = sides(item);
                int left = sides != null ? lefts.pick(sides[0], leftsShown) : -1;
                int right = sides != null ? rightSide(sides[1], shown) : -1;
                if (left < 0 || right < 0) {
                    return Scores.unreadable(
                            q,
                            AnswerParts.joined(parts),
                            expected,
                            Quoted.of(item) + " is not a pair; write left = right, like " + example);
                }
                made[left] = right;
            }
            long right = 0;
            List<String> given = new ArrayList<>();
            for (int left = 0; left < made.length; left++) {
                if (made[left] >= 0) {
                    right += rights.get(made[left]).equals(rights.get(left)) ? 1 : 0;
                    given.add(lefts.get(left) + " = " + rights.get(made[left]));
                }
            }
            return Scores.grade(
                    q,
                    (double) right / q.pairs().size(),
                    Rule.PER_PAIR,
                    AnswerParts.joined(given),
                    expected,
                    Optional.of(right + " of " + q.pairs().size() + " pairs right"),
                    List.of());
        }

        /**
         * The two sides of the first {@code ->}, {@code →} or {@code =}, white space around it dropped (as
         * {@code \s*(->|→|=)\s*} splits, limit 2); null when there is none.
         */
        private static String[] sides(String item) {
            for (int p = 0; p < item.length(); p++) {
                char c = item.charAt(p);
                boolean arrow = c == '-' && item.startsWith("->", p);
                if (arrow || c == '→' || c == '=') {
                    int start = p;
                    while (start > 0 && isRegexSpace(item.charAt(start - 1))) {
                        start--;
                    }
                    int end = p + (arrow ? 2 : 1);
                    while (end < item.length() && isRegexSpace(item.charAt(end))) {
                        end++;
                    }
                    return new String[] {item.substring(0, start), item.substring(end)};
                }
            }
            return null;
        }

        /** {@code \s} of a Java regex: space, tab, new line, vertical tab, form feed, carriage return. */
        private static boolean isRegexSpace(char c) {
            return c == ' ' || (c >= '\t' && c <= '\r');
        }

        /**
         * A right-hand item by its number as shown (1, 2, …) or by its text. An item's own text comes first, as with
         * choices and their letters: where the items are {@code 35} and {@code 3}, "3" is the item 3, not the third
         * shown; and an item that is a single letter is named by it, though letters name no right-hand items.
         */
        private int rightSide(String text, Presentation shown) {
            String typed = text.strip();
            for (int i = 0; i < rightsStripped.length; i++) {
                if (rightsStripped[i].equalsIgnoreCase(typed)) {
                    return i;
                }
            }
            if (AnswerParts.isDigits(typed, 3)) {
                int position = Integer.parseInt(typed) - 1;
                if (position >= 0 && position < rightsStripped.length) {
                    return shown.written(position);
                }
            }
            int picked = rights.pick(text, shown);
            return picked >= 0 && !AnswerParts.isSingleLetter(typed) ? picked : -1;
        }
    }
}
