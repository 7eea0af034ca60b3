package dev.lectern.load;

import dev.lectern.model.MatchPolicy;
import dev.lectern.model.MultiScoring;
import dev.lectern.model.Named;
import dev.lectern.model.OrderScoring;
import dev.lectern.model.PassMark;
import dev.lectern.model.Quoted;
import dev.lectern.model.TextMatching;
import dev.lectern.model.WrongAnswer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads options that a set gives as defaults and a question may override: {@code shuffle}, {@code pass},
 * {@code match}, {@code case}, {@code typo-credit}, {@code penalty}, {@code negative-total}, and the named
 * scoring policies.
 */
final class SetOptions {
    /** The set-level defaults every question starts from. */
    record Defaults(TextMatching matching, double penalty) {
        static final Defaults NONE = new Defaults(TextMatching.DEFAULT, 0);
    }

    private SetOptions() {}

    static Defaults defaults(YamlMap map, Problems problems) {
        return new Defaults(
                matching(map, TextMatching.DEFAULT, problems),
                map.text("penalty").map(s -> share(s, "penalty", problems)).orElse(0.0));
    }

    /** The keys match, case and typo-credit, each falling back to what {@code base} says. */
    static TextMatching matching(YamlMap map, TextMatching base, Problems problems) {
        MatchPolicy policy = map.text("match")
                .map(s -> named(s, MatchPolicy.class, "match policy", "policies", problems)
                        .orElse(base.policy()))
                .orElse(base.policy());
        boolean caseSensitive =
                map.text("case").map(s -> caseSetting(s, problems)).orElse(base.caseSensitive());
        double typoCredit = map.text("typo-credit")
                .map(s -> share(s, "typo-credit", problems))
                .orElse(base.typoCredit());
        return new TextMatching(policy, caseSensitive, typoCredit);
    }

    /** The question's {@code penalty}, or the set's. */
    static double penalty(YamlMap map, LoadContext ctx) {
        return map.text("penalty")
                .map(s -> share(s, "penalty", ctx.problems()))
                .orElse(ctx.defaults().penalty());
    }

    /** The question types whose {@code scoring} each policy enum names. */
    private static final Map<Class<?>, String> SCORED_TYPES =
            Map.of(MultiScoring.class, "multi", OrderScoring.class, "order");

    /**
     * The question's {@code scoring} policy, or {@code fallback}. A policy of another question type ({@code pairs}
     * on a multi question) is named as such rather than as unknown.
     */
    static <E extends Enum<E> & Named> E scoring(YamlMap map, Class<E> type, E fallback, Problems problems) {
        Optional<Scalar> given = map.text("scoring");
        if (given.isPresent() && Named.byName(type, given.get().text()).isEmpty()) {
            Optional<String> owner = otherScoredType(type, given.get().text());
            if (owner.isPresent()) {
                problems.error(
                        given.get().pos(),
                        "scoring policy " + Quoted.of(given.get().text()) + " is for "
                                + owner.get() + " questions, not " + SCORED_TYPES.get(type) + " (policies for "
                                + SCORED_TYPES.get(type) + ": " + String.join(", ", Named.names(type)) + ")");
                return fallback;
            }
        }
        return given.flatMap(s -> named(s, type, "scoring policy", "policies", problems))
                .orElse(fallback);
    }

    private static Optional<String> otherScoredType(Class<?> type, String name) {
        if (type != MultiScoring.class && Named.byName(MultiScoring.class, name).isPresent()) {
            return Optional.of(SCORED_TYPES.get(MultiScoring.class));
        }
        if (type != OrderScoring.class && Named.byName(OrderScoring.class, name).isPresent()) {
            return Optional.of(SCORED_TYPES.get(OrderScoring.class));
        }
        return Optional.empty();
    }

    /** {@code wrong:}, the answers a teacher expects learners to give, each with why it is wrong. */
    static Optional<List<WrongAnswer>> wrongAnswers(YamlMap map, Problems problems) {
        return wrongEntries(map, problems)
                .map(entries -> entries.stream()
                        .map(e ->
                                new WrongAnswer(e.getKey().text(), e.getValue().text()))
                        .toList());
    }

    /** The entries of {@code wrong:} as written (none when it is not given), or empty after an error. */
    static Optional<List<Map.Entry<Scalar, Scalar>>> wrongEntries(YamlMap map, Problems problems) {
        Optional<Node> node = map.node("wrong");
        if (node.isEmpty()) {
            return Optional.of(List.of());
        }
        if (!(node.get() instanceof MappingNode)) {
            problems.error(
                    Pos.of(node.get()),
                    "'wrong' must map each expected wrong answer to why it is wrong,"
                            + " like { \"wrong answer\": \"why it is wrong\" }; found " + Scalar.describe(node.get()));
            return Optional.empty();
        }
        return map.textMap("wrong");
    }

    static boolean bool(Scalar s, String key, Problems problems) {
        String text = s.text().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return text.equals("true");
        }
        problems.error(s.pos(), key + " must be true or false; found " + Quoted.of(s.text()));
        return false;
    }

    private static boolean caseSetting(Scalar s, Problems problems) {
        return choose(s, "case", List.of("sensitive", "insensitive"), problems)
                .map("sensitive"::equals)
                .orElse(false);
    }

    static boolean negativeTotal(Scalar s, Problems problems) {
        return choose(s, "negative-total", List.of("allowed", "not-allowed"), problems)
                .map("allowed"::equals)
                .orElse(false);
    }

    private static Optional<String> choose(Scalar s, String key, List<String> options, Problems problems) {
        if (options.contains(s.text())) {
            return Optional.of(s.text());
        }
        problems.error(
                s.pos(),
                key + " must be " + String.join(" or ", options) + "; found " + Quoted.of(s.text())
                        + DidYouMean.hint(s.text(), options));
        return Optional.empty();
    }

    /** A share of the points: {@code 0.5} or {@code 50%}, from 0 to 1. */
    static double share(Scalar s, String key, Problems problems) {
        String text = s.text().strip();
        boolean percent = text.endsWith("%");
        String number = percent ? text.substring(0, text.length() - 1).strip() : text;
        if (number.matches("\\d{1,3}(\\.\\d{1,6})?")) {
            double value = Double.parseDouble(number) / (percent ? 100 : 1);
            if (value <= 1) {
                return value;
            }
        }
        String sign = key.equals("penalty") && text.startsWith("-")
                ? "; write the share a wrong answer loses, without a minus sign"
                : "";
        problems.error(
                s.pos(),
                key + " must be a share of the points from 0 to 1, like 0.5 or 50%; found " + Quoted.of(s.text())
                        + sign);
        return 0;
    }

    /** One of an enum's names, with "did you mean" when misspelt. */
    static <E extends Enum<E> & Named> Optional<E> named(
            Scalar s, Class<E> type, String what, String plural, Problems problems) {
        Optional<E> found = Named.byName(type, s.text());
        if (found.isEmpty()) {
            List<String> names = Named.names(type);
            problems.error(
                    s.pos(),
                    "unknown " + what + " " + Quoted.of(s.text()) + DidYouMean.hint(s.text(), names) + " (" + plural
                            + ": " + String.join(", ", names) + ")");
        }
        return found;
    }

    /** {@code 60%} as 0.6. */
    static OptionalDouble passMark(Scalar s, Problems problems) {
        OptionalDouble mark = PassMark.parse(s.text());
        if (mark.isEmpty()) {
            problems.error(
                    s.pos(),
                    "pass must be a percentage from 0% to 100%, like 60%; found " + Quoted.of(s.text())
                            + PassMark.hint(s.text()).map(h -> " (" + h + ")").orElse(""));
        }
        return mark;
    }
}
