package dev.lectern.load;

import static dev.lectern.load.Snippets.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Hostile or merely odd YAML: refused with a message, never an exception, a hang or a stack overflow. */
class LoaderSafetyTest {

    @Test
    void localTag_isRefused() {
        assertThat(problems("title: !foo Talks\n"))
                .containsExactly(
                        "q.yaml:1:8: error: YAML tags such as '!foo' are"
                                + " not allowed in question files; remove the tag, or put a text that starts with '!' in quotes");
    }

    @Test
    void javaClassTag_isRefusedAsWritten() {
        assertThat(problems("""
                title: T
                article: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://x"]]]]
                """))
                .containsExactly("q.yaml:2:10: error: YAML tags such as '!!javax.script.ScriptEngineManager'"
                        + " are not allowed in question files; remove the tag, or put a text that starts with '!' in"
                        + " quotes");
    }

    @Test
    void standardTag_isRefusedToo() {
        assertThat(problems("title: T\npass: !!str 60%\n"))
                .containsExactly("q.yaml:2:7: error: YAML tags such as"
                        + " '!!str' are not allowed in question files; remove the tag, or put a text that starts with '!' in"
                        + " quotes");
    }

    @Test
    void billionLaughs_isRefusedWithTheAliasMessage() {
        StringBuilder yaml = new StringBuilder("a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (char name = 'b'; name <= 'i'; name++) {
            String previous = "*" + (char) (name - 1);
            yaml.append(name)
                    .append(": &")
                    .append(name)
                    .append(" [")
                    .append(String.join(", ", java.util.Collections.nCopies(9, previous)))
                    .append("]\n");
        }
        assertThat(problems(yaml.toString()))
                .containsExactly("q.yaml:7:16: error: the aliases in this file expand to"
                        + " more than 2000000 values (a 'billion laughs' document?); refusing to read it");
    }

    @Test
    void moreThanAThousandAliases_isRefused() {
        String yaml = "x: &a b\ny: [" + "*a, ".repeat(1001) + "]\n";
        assertThat(problems(yaml))
                .containsExactly(
                        "q.yaml:2:4005: error: more than 1000 aliases ('*name'); question" + " files need few or none");
    }

    private static final String TOO_DEEP = "lists and mappings nested more than 64 levels deep, the limit for a"
            + " question file (a set needs about six); close the brackets left open, or put a text that starts with"
            + " '[' or '{' in quotes";

    @Test
    void tenThousandOpeningBrackets_stopAtLevel65() {
        // The set's own mapping is level 1: the 65th '[' or '{' is refused, before any recursive descent.
        assertThat(problems("[".repeat(10_000))).containsExactly("q.yaml:1:65: error: " + TOO_DEEP);
        assertThat(problems("title: " + "{a: ".repeat(10_000))).containsExactly("q.yaml:1:260: error: " + TOO_DEEP);
    }

    @Test
    void deeplyIndentedBlockMappings_stopAtLevel65() {
        StringBuilder yaml = new StringBuilder();
        for (int level = 0; level < 200; level++) {
            yaml.append(" ".repeat(level)).append("k").append(level).append(":\n");
        }
        assertThat(problems(yaml.toString())).containsExactly("q.yaml:65:65: error: " + TOO_DEEP);
        assertThat(Snippets.load(yaml.toString()).unreadable()).isTrue();
    }

    @Test
    void nesting64LevelsDeep_countingTheSetItself_isStillRead() {
        assertThat(problems("title: " + "[".repeat(63) + "]".repeat(63) + "\n"))
                .contains(
                        "q.yaml:1:8: error: 'title' must be a single value; found a list; a value that starts with '[' is"
                                + " read as a list, so put a text that starts with '[' in quotes");
    }

    @Test
    void recursiveAndComplexKeys_areReportedNotThrown() {
        assertThat(problems("&a [*a]: x\n")).contains("q.yaml:1:1: error: a key must be a plain name; found a list");
        assertThat(problems("a: &b { *b : 1 }\n"))
                .contains("q.yaml:1:1: error: unknown key 'a' in the set; allowed"
                        + " keys are title, description, article, questions, shuffle, pass, match, case, typo-credit, penalty,"
                        + " negative-total");
    }

    @Test
    void articleNameWithANulCharacter_isNotAFileName() {
        assertThat(problems("title: T\narticle: \"talks\\0.txt\"\nquestions: []\n"))
                .containsExactly(
                        "q.yaml:2:10: warning: this text has a control character (\\u0000), which terminals act on instead"
                                + " of showing; Lectern shows it escaped, as here: remove it unless you meant it",
                        "q.yaml:2:10: error: article 'talks\\u0000.txt' is not a valid file name",
                        "q.yaml:3:12: error: 'questions' is an empty list; a set needs at least one question");
    }

    @Test
    void byteOrderMarkInText_isIgnored() {
        assertThat(problems("\uFEFFtitle: T\npass: 60\n"))
                .contains(
                        "q.yaml:2:7: error: pass must be a percentage from 0% to 100%, like 60%; found '60' (a number without % is not taken: write 60%)");
    }

    @Test
    void aHundredProblems_thenStops() {
        StringBuilder yaml = new StringBuilder("title: T\narticle: 000_d9e472c27e1e5fdd.txt\nquestions:\n");
        for (int i = 1; i <= 150; i++) {
            yaml.append("  - { id: q")
                    .append(i)
                    .append(", type: short, prompt: P, answer: x, evidence: { paragraph:")
                    .append(" 99 } }\n");
        }
        List<String> problems = problems(yaml.toString());
        assertThat(problems).hasSize(101);
        assertThat(problems.get(0))
                .isEqualTo("q.yaml:4:73: error: paragraph 99 does not exist: the article has 29" + " paragraphs");
        assertThat(problems.get(100))
                .isEqualTo("q.yaml:104:75: error: too many problems; stopped after 100. Fix these"
                        + " and run check again");
    }

    @Test
    void aQuestionWithNoPromptPastTheHundredthProblem_isAProblem_notAnInternalError() {
        // Past the cap, errors are no longer kept; the question reader must still see the missing prompt as one,
        // or it builds the question and the model refuses its empty prompt with an exception.
        StringBuilder yaml = new StringBuilder("title: T\narticle: 000_d9e472c27e1e5fdd.txt\nquestions:\n");
        for (int i = 1; i <= 101; i++) {
            yaml.append("  - { id: q").append(i).append(", type: short, prompt: P, answer: x, bad: 1 }\n");
        }
        yaml.append("  - { id: no-prompt, type: short, answer: x }\n");
        LoadResult result = Snippets.load(yaml.toString());
        assertThat(result.set()).isEmpty();
        assertThat(Snippets.shown(result)).hasSize(101).last().asString().contains("too many problems");
    }
}
