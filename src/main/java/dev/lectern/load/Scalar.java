package dev.lectern.load;

import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.nodes.CollectionNode;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * A YAML value read as the text the teacher wrote, with its position. YAML never decides the type: {@code no},
 * {@code 3.10} and {@code 010} stay those exact texts, and the question type decides what they mean.
 */
record Scalar(String text, Pos pos) {
    /** The node's text, or empty with an error naming {@code what} when the node is a list, mapping or blank. */
    static Optional<Scalar> read(Node node, String what, Problems problems) {
        if (!(node instanceof ScalarNode scalar)) {
            problems.error(Pos.of(node), what + " must be a single value; found " + describe(node) + quoteHint(node));
            return Optional.empty();
        }
        Pos pos = Pos.of(node);
        if (scalar.getScalarStyle() == ScalarStyle.PLAIN && scalar.getValue().isEmpty()) {
            problems.error(pos, what + " has no value");
            return Optional.empty();
        }
        warnIfFolded(scalar, problems);
        ControlCharacters.inValue(scalar.getValue(), pos, problems);
        return Optional.of(new Scalar(scalar.getValue(), pos));
    }

    /** A plain value that runs onto the next line is folded into one text: often a list written wrongly. */
    private static void warnIfFolded(ScalarNode scalar, Problems problems) {
        if (scalar.getScalarStyle() != ScalarStyle.PLAIN || scalar.getEndMark().isEmpty()) {
            return;
        }
        int startLine = scalar.getStartMark().map(m -> m.getLine()).orElse(0);
        int endLine = scalar.getEndMark().get().getLine();
        if (endLine > startLine) {
            problems.warning(
                    Pos.of(scalar),
                    "this value runs on over " + (endLine - startLine + 1)
                            + " lines and is read as one text: \"" + abbreviate(scalar.getValue(), 60)
                            + "\"; if you meant a list, start each item on its own line with '- ', otherwise put the"
                            + " text in quotes");
        }
    }

    /** A text that starts with '[' or '{' is read as a list or mapping: say how to keep it text. */
    private static String quoteHint(Node node) {
        if (node instanceof CollectionNode<?> c && c.getFlowStyle() == FlowStyle.FLOW) {
            String[] bracketAndKind =
                    node instanceof SequenceNode ? new String[] {"[", "a list"} : new String[] {"{", "a mapping"};
            return "; a value that starts with '" + bracketAndKind[0] + "' is read as " + bracketAndKind[1]
                    + ", so put a text that starts with '" + bracketAndKind[0] + "' in quotes";
        }
        return "";
    }

    static String describe(Node node) {
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping (key: value lines)";
        }
        return "a single value";
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
