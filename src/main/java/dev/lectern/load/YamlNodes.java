package dev.lectern.load;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * SnakeYAML nodes for {@link SetYamlWriter}, built in the order the keys are written. Texts are tagged as strings
 * and numbers, flags and names with the tag the schema gives them, so the emitter writes {@code points: 2} plain
 * but quotes a text such as {@code '3.10'} or {@code 'true'}: the loader reads both as text either way.
 */
final class YamlNodes {
    static final DumpSettings SETTINGS = DumpSettings.builder()
            .setDefaultFlowStyle(FlowStyle.BLOCK)
            .setIndent(2)
            .setIndicatorIndent(2)
            .setIndentWithIndicator(true)
            .setWidth(110)
            .setDumpComments(true)
            .setUseUnicodeEncoding(true)
            .build();
    /**
     * Longer texts are written as folded block scalars ({@code >-}), as the docs recommend. The emitter wraps a
     * long plain text over lines, which the loader warns about (a list written wrongly?): 60 characters after a
     * key and the deepest indent stay within the width.
     */
    private static final int FOLD_ABOVE = 60;
    /** The loader reads shares and points with at most six decimals. */
    private static final int MAX_DECIMALS = 6;

    private YamlNodes() {}

    /** A mapping under construction. */
    static final class Map {
        private final List<NodeTuple> tuples = new ArrayList<>();

        Map put(String key, Node value) {
            tuples.add(new NodeTuple(plainNode(key), value));
            return this;
        }

        Map text(String key, String value) {
            return put(key, YamlNodes.text(value));
        }

        Map plain(String key, String value) {
            return put(key, plainNode(value));
        }

        Map quoted(String key, String value) {
            return put(key, new ScalarNode(Tag.STR, value, ScalarStyle.DOUBLE_QUOTED));
        }

        Map textMap(String key, java.util.Map<String, String> entries) {
            Map m = new Map();
            // The key shares the line with its value: fold by their length together.
            entries.forEach((k, v) -> m.put(k, YamlNodes.text(v, k.length() + 2)));
            return put(key, m.node(FlowStyle.BLOCK));
        }

        boolean isEmpty() {
            return tuples.isEmpty();
        }

        MappingNode node(FlowStyle style) {
            return new MappingNode(Tag.MAP, List.copyOf(tuples), style);
        }
    }

    /**
     * A text, in whichever quoting the emitter needs; a long one folded, one with line breaks literal (a plain
     * text over several lines makes the loader warn that it may be a list written wrongly).
     */
    static ScalarNode text(String value) {
        return text(value, 0);
    }

    private static ScalarNode text(String value, int keyLength) {
        ScalarStyle style = value.contains("\n")
                ? ScalarStyle.LITERAL
                : value.length() + keyLength > FOLD_ABOVE && value.equals(value.strip())
                        ? ScalarStyle.FOLDED
                        : ScalarStyle.PLAIN;
        return new ScalarNode(Tag.STR, value, style);
    }

    /** A number, flag or name, tagged as the schema resolves it so that it is written plain. */
    static ScalarNode plainNode(String value) {
        Tag tag = SETTINGS.getSchema().getScalarResolver().resolve(value, true);
        return new ScalarNode(tag, value, ScalarStyle.PLAIN);
    }

    static SequenceNode texts(List<String> values) {
        return new SequenceNode(
                Tag.SEQ, values.stream().<Node>map(YamlNodes::text).toList(), FlowStyle.BLOCK);
    }

    static SequenceNode sequence(List<? extends Node> nodes, FlowStyle style) {
        return new SequenceNode(Tag.SEQ, List.copyOf(nodes), style);
    }

    /** {@code 0.25}, {@code 2}, {@code 1.5}: the shortest decimal that reads back as {@code value}. */
    static String decimal(double value) {
        BigDecimal d = BigDecimal.valueOf(value);
        if (d.scale() > MAX_DECIMALS) {
            d = d.setScale(MAX_DECIMALS, RoundingMode.HALF_UP);
        }
        d = d.stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** A pass mark of 0.6 as {@code 60%}. */
    static String percent(double share) {
        BigDecimal d = BigDecimal.valueOf(share).movePointRight(2).stripTrailingZeros();
        return (d.scale() < 0 ? d.setScale(0) : d).toPlainString() + "%";
    }
}
