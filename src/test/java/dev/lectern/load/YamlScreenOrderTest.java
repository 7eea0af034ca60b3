package dev.lectern.load;

import static dev.lectern.load.Snippets.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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
}
