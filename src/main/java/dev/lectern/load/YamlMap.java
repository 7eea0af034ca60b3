package dev.lectern.load;

import dev.lectern.model.Quoted;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML mapping seen as named fields, reporting what SnakeYAML's composer lets through: duplicate keys,
 * unknown keys (with "did you mean"), missing and wrongly shaped values.
 */
final class YamlMap {
    private final Node node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(MappingNode node, Problems problems) {
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
                problems.error(
                        Pos.of(tuple.getKeyNode()),
                        "a key must be a plain name; found " + Scalar.describe(tuple.getKeyNode()));
                continue;
            }
            NodeTuple first = entries.putIfAbsent(key.getValue(), tuple);
            if (first != null) {
                problems.error(
                        Pos.of(key),
                        "duplicate key " + Quoted.of(key.getValue()) + " (first given on line "
                                + Pos.of(first.getKeyNode()).line() + "); remove one of them");
            }
        }
    }

    /** The node as a mapping, or empty with an error saying what was expected. */
    static Optional<YamlMap> of(Node node, String what, Problems problems) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new YamlMap(mapping, problems));
        }
        problems.error(Pos.of(node), what + " must be a mapping of 'key: value' lines; found " + Scalar.describe(node));
        return Optional.empty();
    }

    /** The text under {@code key} of a mapping node, if it has one; reports nothing. */
    static Optional<Scalar> peekText(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple t : mapping.getValue()) {
                if (t.getKeyNode() instanceof ScalarNode k
                        && k.getValue().equals(key)
                        && t.getValueNode() instanceof ScalarNode v
                        && !v.getValue().isEmpty()) {
                    return Optional.of(new Scalar(v.getValue(), Pos.of(v)));
                }
            }
        }
        return Optional.empty();
    }

    /** The text under {@code key} when it is a non-empty single value; reports nothing (for naming things). */
    Optional<String> peek(String key) {
        return peekText(node, key).map(Scalar::text);
    }

    Pos pos() {
        return Pos.of(node);
    }

    /** Reports every key not in {@code known}, suggesting the closest known one. */
    void allowOnly(Collection<String> known, String where) {
        for (Map.Entry<String, NodeTuple> e : entries.entrySet()) {
            if (!known.contains(e.getKey())) {
                String hint = DidYouMean.closest(e.getKey(), known)
                        .map(s -> "did you mean '" + s + "'?")
                        .orElse("allowed keys are " + String.join(", ", known));
                problems.error(
                        Pos.of(e.getValue().getKeyNode()),
                        "unknown key " + Quoted.of(e.getKey()) + " in " + where + "; " + hint);
            }
        }
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<Node> node(String key) {
        return Optional.ofNullable(entries.get(key)).map(NodeTuple::getValueNode);
    }

    Pos keyPos(String key) {
        return Optional.ofNullable(entries.get(key))
                .map(t -> Pos.of(t.getKeyNode()))
                .orElse(pos());
    }

    /** The value of {@code key} as text, if given. */
    Optional<Scalar> text(String key) {
        return node(key).flatMap(n -> Scalar.read(n, "'" + key + "'", problems));
    }

    /** Like {@link #text} but reports a missing key as "{@code owner} is missing '{@code key}' ({@code what})". */
    Optional<Scalar> requiredText(String key, String owner, String what) {
        if (!has(key)) {
            missing(key, owner, what);
            return Optional.empty();
        }
        return text(key);
    }

    void missing(String key, String owner, String what) {
        problems.error(pos(), owner + " is missing '" + key + "'" + (what.isEmpty() ? "" : " (" + what + ")"));
    }

    /** A list of single values; a single value where a list is expected is an error with an example. */
    Optional<List<Scalar>> textList(String key) {
        Optional<Node> value = node(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (!(value.get() instanceof SequenceNode list)) {
            problems.error(
                    Pos.of(value.get()),
                    "'" + key + "' must be a list, like [first, second] or lines" + " starting with '- '; found "
                            + Scalar.describe(value.get()));
            return Optional.empty();
        }
        List<Scalar> items = new ArrayList<>();
        boolean ok = true;
        for (Node item : list.getValue()) {
            Optional<Scalar> s = Scalar.read(item, "each item of '" + key + "'", problems);
            ok &= s.isPresent();
            s.ifPresent(items::add);
        }
        return ok ? Optional.of(items) : Optional.empty();
    }

    /** A mapping of single values to single values, in file order. */
    Optional<List<Map.Entry<Scalar, Scalar>>> textMap(String key) {
        Optional<YamlMap> inner = node(key).flatMap(n -> YamlMap.of(n, "'" + key + "'", problems));
        if (inner.isEmpty()) {
            return Optional.empty();
        }
        List<Map.Entry<Scalar, Scalar>> pairs = new ArrayList<>();
        boolean ok = true;
        for (Map.Entry<String, NodeTuple> e : inner.get().entries.entrySet()) {
            Scalar k = new Scalar(e.getKey(), Pos.of(e.getValue().getKeyNode()));
            ControlCharacters.inValue(k.text(), k.pos(), problems);
            Optional<Scalar> v =
                    Scalar.read(e.getValue().getValueNode(), "the value of '" + e.getKey() + "'", problems);
            ok &= v.isPresent();
            v.ifPresent(value -> pairs.add(Map.entry(k, value)));
        }
        return ok ? Optional.of(pairs) : Optional.empty();
    }
}
