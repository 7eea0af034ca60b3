package dev.lectern.engine;

import dev.lectern.article.Article;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A list answer taken apart, for feedback by part: each pick of a {@code multi} right or wrong, with the right
 * choices that were not picked in {@code missed}; each pair of a {@code match} with the right partner where it is
 * wrong; each item of an {@code order} in or out of place; each blank of a {@code cloze}. Pairs and blanks are
 * judged by the {@link Grader} itself (each graded alone, as they are scored on their own), picks and items by
 * the answer key, so the parts always add up to the grade.
 */
public record Breakdown(List<Part> parts, List<String> missed) {
    /** Grades only the kinds whose parts are broken down here; none of them reads the article. */
    private static final Grader GRADER = new Grader(new Article("", List.of()));

    /**
     * One part of the answer: what was given ({@code given}, empty when a pair or blank was left open) after its
     * label ({@code "(2) "} for a blank, the left item for a pair, the place for an order item), how it was judged,
     * and where it is wrong what would have been right ({@code "army"}, {@code "belongs at 3"}).
     */
    public record Part(String label, String given, Verdict verdict, Optional<String> correction) {}

    public Breakdown {
        parts = List.copyOf(parts);
        missed = List.copyOf(missed);
    }

    /** The breakdown of a session item's answer: empty for kinds of one part, and for an answer not (yet) read. */
    public static Optional<Breakdown> of(SessionItem item) {
        return item.grade()
                .filter(g -> g.verdict() != Verdict.UNANSWERED && g.rule() != Rule.UNREADABLE)
                .flatMap(g -> of(item.question(), item.presentation(), item.answer()));
    }

    /** The breakdown of {@code answer} (as the engine is given it) to {@code q} shown as {@code shown}. */
    public static Optional<Breakdown> of(Question q, Presentation shown, List<String> answer) {
        if (AnswerParts.isBlank(answer)) {
            return Optional.empty();
        }
        if (q instanceof MultiQuestion m) {
            return multi(m, shown, answer);
        }
        if (q instanceof MatchQuestion m) {
            return match(m, shown, answer);
        }
        if (q instanceof OrderQuestion o) {
            return order(o, shown, answer);
        }
        if (q instanceof ClozeQuestion c) {
            return Optional.of(cloze(c, shown, answer));
        }
        return Optional.empty();
    }

    private static Optional<Breakdown> multi(MultiQuestion q, Presentation shown, List<String> answer) {
        Set<Integer> picks = new LinkedHashSet<>();
        for (String item : AnswerParts.lettersOrItems(answer)) {
            Optional<Integer> pick = pick(item, q.choices(), shown);
            if (pick.isEmpty()) {
                return Optional.empty();
            }
            picks.add(pick.get());
        }
        List<Part> parts = picks.stream()
                .map(p -> new Part(
                        "",
                        q.choices().get(p),
                        q.answers().contains(p) ? Verdict.CORRECT : Verdict.WRONG,
                        Optional.empty()))
                .toList();
        // The missed ones in the order the learner saw the choices.
        List<String> missed = shown.order().stream()
                .filter(i -> q.answers().contains(i) && !picks.contains(i))
                .map(q.choices()::get)
                .toList();
        return Optional.of(new Breakdown(parts, missed));
    }

    /**
     * Each pair graded alone: it earns its share of the points when right. The grade names the pair as
     * {@code left = right} in the texts of the question, which is how it is found among them.
     */
    private static Optional<Breakdown> match(MatchQuestion q, Presentation shown, List<String> answer) {
        List<MatchQuestion.Pair> pairs = q.pairs();
        Map<Integer, Part> made = new LinkedHashMap<>();
        for (String item : AnswerParts.items(answer)) {
            Grade one = GRADER.grade(q, shown, List.of(item));
            Optional<int[]> pair = pairNamed(pairs, one.given());
            if (one.rule() == Rule.UNREADABLE || pair.isEmpty()) {
                return Optional.empty();
            }
            int left = pair.get()[0];
            boolean right = one.earned() > 0;
            made.put(
                    left,
                    new Part(
                            pairs.get(left).left(),
                            pairs.get(pair.get()[1]).right(),
                            right ? Verdict.CORRECT : Verdict.WRONG,
                            right
                                    ? Optional.empty()
                                    : Optional.of("right: " + pairs.get(left).right())));
        }
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            parts.add(made.getOrDefault(
                    i,
                    new Part(
                            pairs.get(i).left(),
                            "",
                            Verdict.UNANSWERED,
                            Optional.of("right: " + pairs.get(i).right()))));
        }
        return Optional.of(new Breakdown(parts, List.of()));
    }

    private static Optional<int[]> pairNamed(List<MatchQuestion.Pair> pairs, String given) {
        for (int l = 0; l < pairs.size(); l++) {
            for (int r = 0; r < pairs.size(); r++) {
                if ((pairs.get(l).left() + " = " + pairs.get(r).right()).equals(given)) {
                    return Optional.of(new int[] {l, r});
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The items as placed, those out of place marked: the fewest items that, moved, would put the rest in order
     * (all but a longest run of items already in the right order relative to each other).
     */
    private static Optional<Breakdown> order(OrderQuestion q, Presentation shown, List<String> answer) {
        List<Integer> order = new ArrayList<>();
        for (String item : AnswerParts.lettersOrItems(answer)) {
            Optional<Integer> index = pick(item, q.items(), shown);
            if (index.isEmpty() || order.contains(index.get())) {
                return Optional.empty();
            }
            order.add(index.get());
        }
        if (order.size() != q.items().size()) {
            return Optional.empty();
        }
        boolean[] inPlace = longestRun(order);
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            int index = order.get(i);
            boolean right = inPlace[i];
            parts.add(new Part(
                    (i + 1) + ". ",
                    q.items().get(index),
                    right ? Verdict.CORRECT : Verdict.WRONG,
                    right ? Optional.empty() : Optional.of("belongs at " + (index + 1))));
        }
        return Optional.of(new Breakdown(parts, List.of()));
    }

    /**
     * Which entries of {@code order} (indexes as written) make up a longest increasing run, not necessarily
     * contiguous: the items already in the right order relative to each other. Of runs as long, the one with
     * the most items exactly in their place (so of a reversed list, the middle item stays). Quadratic; lists
     * are short.
     */
    static boolean[] longestRun(List<Integer> order) {
        int n = order.size();
        int[] length = new int[n];
        int[] exact = new int[n];
        int[] previous = new int[n];
        int end = -1;
        for (int i = 0; i < n; i++) {
            int here = order.get(i) == i ? 1 : 0;
            length[i] = 1;
            exact[i] = here;
            previous[i] = -1;
            for (int j = 0; j < i; j++) {
                if (order.get(j) < order.get(i) && better(length[j] + 1, exact[j] + here, length[i], exact[i])) {
                    length[i] = length[j] + 1;
                    exact[i] = exact[j] + here;
                    previous[i] = j;
                }
            }
            end = end < 0 || better(length[i], exact[i], length[end], exact[end]) ? i : end;
        }
        boolean[] in = new boolean[n];
        for (int i = end; i >= 0; i = previous[i]) {
            in[i] = true;
        }
        return in;
    }

    private static boolean better(int length, int exact, int thanLength, int thanExact) {
        return length > thanLength || (length == thanLength && exact > thanExact);
    }

    /** Each blank graded alone (the others left empty): its credit is its share of the question's. */
    private static Breakdown cloze(ClozeQuestion q, Presentation shown, List<String> answer) {
        int n = q.blanks().size();
        List<String> typed = answer.size() == 1 && n > 1 ? List.of(answer.get(0).split(";", -1)) : answer;
        List<Part> parts = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String blank = i < typed.size() ? typed.get(i).strip() : "";
            String label = "(" + (i + 1) + ") ";
            Optional<String> right =
                    Optional.of("right: " + q.blanks().get(i).answers().get(0));
            if (AnswerParts.isBlank(List.of(blank))) {
                parts.add(new Part(label, "", Verdict.UNANSWERED, right));
                continue;
            }
            List<String> alone = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                alone.add(j == i ? blank : "");
            }
            double credit = GRADER.grade(q, shown, alone).fraction() * n;
            Verdict verdict = credit >= 1 - 1e-9 ? Verdict.CORRECT : credit > 1e-9 ? Verdict.PARTIAL : Verdict.WRONG;
            parts.add(new Part(label, blank, verdict, verdict == Verdict.CORRECT ? Optional.empty() : right));
        }
        return new Breakdown(parts, List.of());
    }

    /** The number of parts judged {@code verdict}. */
    public long count(Verdict verdict) {
        return parts.stream().filter(p -> p.verdict() == verdict).count();
    }

    /** The written index of the entry {@code item} names, as grading reads it (by letter as shown, or by text). */
    private static Optional<Integer> pick(String item, List<String> entries, Presentation shown) {
        int index = new Picker(entries).pick(item, shown);
        return index < 0 ? Optional.empty() : Optional.of(index);
    }
}
