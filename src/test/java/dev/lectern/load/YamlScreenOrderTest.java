package dev.lectern.load;

import static dev.lectern.load.Snippets.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * The YAML is composed as it is screened, and the problem reported is the one a screen of the whole file before
 * composing reported: the screen's anywhere in the file, else the first syntax error, else the composer's own.
 */
class YamlScreenOrderTest {
    @Test
    void undefinedAlias_thenATag_theTagIsReported() {
        assertThat(problems("title: *nope\narticle: a.txt\nquestions:\n  - id: x\n    type: !foo short\n"))
                .containsExactly("q.yaml:5:11: error: YAML tags such as '!foo' are not allowed in question files;"
                        + " remove the tag, or put a text that starts with '!' in quotes");
    }

    @Test
    void undefinedAlias_thenASyntaxError_theSyntaxErrorIsReported() {
        assertThat(problems("title: *nope\narticle: a.txt\nquestions:\n  - id: x\n    type: [short\n"))
                .containsExactly("q.yaml:6:1: error: YAML syntax error: expected ',' or ']', but got <stream end>"
                        + " (while parsing a flow sequence at line 5, column 11); close the [list] with ']', and put"
                        + " an item that contains ': ' in quotes");
    }

    @Test
    void undefinedAlias_alone_isTheComposersProblem() {
        assertThat(problems("title: *nope\narticle: a.txt\n"))
                .containsExactly("q.yaml:1:8: error: YAML syntax error: found undefined alias nope; a value that"
                        + " starts with '*' is read as an alias of an anchor '&name' earlier in the file; put a text"
                        + " that starts with '*' in quotes");
    }

    @Test
    void undefinedAlias_thenTooDeep_isRefused() {
        LoadResult result = Snippets.load("title: *nope\nquestions: " + "[".repeat(Limits.MAX_DEPTH + 5) + "\n");
        assertThat(result.unreadable()).isTrue();
        assertThat(Snippets.shown(result))
                .singleElement()
                .asString()
                .startsWith("q.yaml:2:" + (11 + Limits.MAX_DEPTH) + ": error: lists and mappings nested more than");
    }

    @Test
    void secondDocument_isTheScreensProblem_notTheComposers() {
        assertThat(problems("title: x\n---\ntitle: y\n"))
                .containsExactly("q.yaml:2:1: error: a question file holds one YAML document; remove this '---' and"
                        + " what follows or move it to a file of its own");
    }

    @Test
    void undefinedAlias_thenASecondDocument_theDocumentIsReported() {
        assertThat(problems("a: *nowhere\n---\nb: 1\n"))
                .containsExactly("q.yaml:2:1: error: a question file holds one YAML document; remove this '---' and"
                        + " what follows or move it to a file of its own");
    }

    @Test
    void bundledSets_composeToTheNodesOfSnakeYamlsOwnComposer() throws IOException {
        List<Path> sets;
        try (Stream<Path> files = Files.list(Path.of("questions"))) {
            sets = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertThat(sets).isNotEmpty();
        for (Path set : sets) {
            String text = Files.readString(set);
            Problems problems = new Problems(set.toString());
            Node ours = YamlSource.read(text, problems).orElseThrow();
            Node theirs = new Compose(
                            LoadSettings.builder().setAllowDuplicateKeys(true).build())
                    .composeString(text)
                    .orElseThrow();
            assertThat(problems.toList()).isEmpty();
            assertThat(shape(ours)).isEqualTo(shape(theirs)).contains("questions");
        }
    }

    /** The tree as text: kinds, values, styles and positions, walked without recursion. */
    private static String shape(Node root) {
        StringBuilder out = new StringBuilder();
        Deque<Node> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            out.append(node.getNodeType())
                    .append('@')
                    .append(node.getStartMark().map(m -> m.getIndex()).orElse(-1));
            out.append('-')
                    .append(node.getEndMark().map(m -> m.getIndex()).orElse(-1))
                    .append(' ');
            if (node instanceof ScalarNode s) {
                out.append(s.getScalarStyle()).append(' ').append(s.getValue());
            } else if (node instanceof SequenceNode s) {
                out.append(s.getValue().size());
                for (int i = s.getValue().size() - 1; i >= 0; i--) {
                    todo.push(s.getValue().get(i));
                }
            } else if (node instanceof MappingNode m) {
                out.append(m.getValue().size());
                for (int i = m.getValue().size() - 1; i >= 0; i--) {
                    NodeTuple t = m.getValue().get(i);
                    todo.push(t.getValueNode());
                    todo.push(t.getKeyNode());
                }
            }
            out.append('\n');
        }
        return out.toString();
    }
}
