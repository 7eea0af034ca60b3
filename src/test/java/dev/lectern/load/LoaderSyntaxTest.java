package dev.lectern.load;

import static dev.lectern.load.Snippets.load;
import static dev.lectern.load.Snippets.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** YAML that SnakeYAML cannot read, and files that are not one mapping: each pinned with its position. */
class LoaderSyntaxTest {

    @Test
    void keyIndentedFurtherThanTheOneAbove_saysSo() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q1
                    type: choice
                     prompt: Who leads?
                """))
                .containsExactly("q.yaml:6:12: error: YAML syntax error: mapping values are not allowed here;"
                        + " this line is indented further than the key above it, so it reads as more of that key's value;"
                        + " line it up with the keys above");
    }

    @Test
    void keyIndentedLessThanItsSiblings_asksToCheckIndentation() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q1
                    type: choice
                   prompt: Who leads?
                """))
                .containsExactly("q.yaml:6:4: error: YAML syntax error: expected <block end>, but found"
                        + " '<block mapping start>' (while parsing a block collection at line 4, column 3); check the"
                        + " indentation of this line against the lines above");
    }

    @Test
    void listItemIndentedLessThanTheOneAbove_asksToCheckIndentation() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q1
                    type: order
                    items:
                      - a
                     - b
                """))
                .containsExactly("q.yaml:8:6: error: YAML syntax error: expected <block end>, but found"
                        + " '<block sequence start>' (while parsing a block mapping at line 4, column 5); check the"
                        + " indentation of this line against the lines above");
    }

    @Test
    void unclosedDoubleQuote_pointsAtTheOpeningQuote() {
        assertThat(problems("""
                title: "Talks
                article: 000_d9e472c27e1e5fdd.txt
                questions: []
                """))
                .containsExactly("q.yaml:1:8: error: YAML syntax error: the quoted text that starts here"
                        + " with '\"' is not closed before the end of the file; add the closing '\"'");
    }

    @Test
    void unclosedSingleQuote_pointsAtTheOpeningQuoteLinesAbove() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q1
                    type: short
                    prompt: 'Who leads?
                    answer: Medinsky
                """))
                .containsExactly("q.yaml:6:13: error: YAML syntax error: the quoted text that starts here"
                        + " with \"'\" is not closed before the end of the file; add the closing \"'\"");
    }

    @Test
    void unclosedQuoteClosedByTheNextLinesQuote_mentionsAQuoteLeftOpen() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q1
                    type: short
                    prompt: "Who leads?
                    answer: "Medinsky"
                """))
                .containsExactly("q.yaml:7:14: error: YAML syntax error: expected <block end>, but found"
                        + " '<scalar>' (while parsing a block mapping at line 4, column 5); the value goes on after its"
                        + " closing quote; put the whole value in quotes (inside '…' write ' as ''), or close a quote left"
                        + " open on a line above");
    }

    @Test
    void apostropheInsideSingleQuotes_explainsDoubling() {
        assertThat(problems("title: 'It's over'\n"))
                .containsExactly("q.yaml:1:12: error: YAML syntax error:"
                        + " expected <block end>, but found '<scalar>' (while parsing a block mapping at line 1, column 1);"
                        + " the value goes on after its closing quote; put the whole value in quotes (inside '…' write ' as"
                        + " ''), or close a quote left open on a line above");
    }

    @Test
    void colonSpaceInsideAPlainValue_asksForQuotes() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q1
                    type: short
                    prompt: Who said: no?
                    answer: Medinsky
                """))
                .containsExactly("q.yaml:6:21: error: YAML syntax error: mapping values are not allowed here;"
                        + " a text that contains ': ' must be put in quotes");
    }

    @Test
    void tabIndentation_asksForSpaces() {
        assertThat(problems("title: T\narticle: 000_d9e472c27e1e5fdd.txt\nquestions:\n\t- id: q1\n"))
                .containsExactly("q.yaml:4:1: error: YAML syntax error: found a tab where YAML expects indentation;"
                        + " indent with spaces, not tabs");
    }

    @Test
    void tabAfterAColon_isOrdinarySpace() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q1
                    type:\tshort
                    prompt: Who leads the delegation?
                    answer: Medinsky
                    evidence: { paragraph: 2 }
                """)).isEmpty();
    }

    @Test
    void unclosedFlowList_namesWhereTheListStarts() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q1
                    type: choice
                    choices: [a, b
                    answer: a
                """))
                .containsExactly("q.yaml:7:11: error: YAML syntax error: expected ',' or ']', but got :"
                        + " (while parsing a flow sequence at line 6, column 14); close the [list] with ']', and put an"
                        + " item that contains ': ' in quotes");
    }

    @Test
    void unclosedFlowMapping_namesWhereTheMappingStarts() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q1
                    type: match
                    pairs: { a: b, c: d
                    evidence: { paragraph: 2 }
                """))
                .containsExactly("q.yaml:7:13: error: YAML syntax error: expected ',' or '}', but got :"
                        + " (while parsing a flow mapping at line 6, column 12); close the { } with '}', and put a value"
                        + " that contains ': ' in quotes");
    }

    @Test
    void strayClosingBracket_saysItClosesNothing() {
        assertThat(problems("title: [a, b]]\n"))
                .containsExactly("q.yaml:1:14: error: YAML syntax error: expected"
                        + " <block end>, but found ']' (while parsing a block mapping at line 1, column 1); this bracket"
                        + " closes nothing; remove it");
    }

    @Test
    void keyWithoutColon_pointsAtTheKeyNotTheNextLine() {
        assertThat(problems("""
                title: T
                article 000_d9e472c27e1e5fdd.txt
                questions: []
                """))
                .containsExactly("q.yaml:2:1: error: YAML syntax error: could not find the ':' after this key;"
                        + " every key needs a ': ' after it");
    }

    @Test
    void firstKeyWithoutColon_saysTheLineAboveHasNoColon() {
        assertThat(problems("title Istanbul talks\narticle: 000_d9e472c27e1e5fdd.txt\n"))
                .containsExactly(
                        "q.yaml:2:8: error: YAML syntax error: mapping values are not allowed here; the line above has no"
                                + " ': ' after its key, so this line reads as more of its text; every key needs a ': ' after"
                                + " it");
    }

    @Test
    void keyLessIndentedThanTheFirstKey_asksToCheckIndentation() {
        assertThat(problems("  title: T\narticle: 000_d9e472c27e1e5fdd.txt\n"))
                .containsExactly("q.yaml:2:1: error:"
                        + " YAML syntax error: expected '<document start>', but found '<block mapping start>'; check the"
                        + " indentation of this line against the lines above");
    }

    @Test
    void byteOrderMarkInText_doesNotShiftTheColumn() {
        assertThat(problems("\uFEFFtitle: \"Talks\n"))
                .containsExactly("q.yaml:1:8: error: YAML syntax error: the"
                        + " quoted text that starts here with '\"' is not closed before the end of the file; add the closing"
                        + " '\"'");
    }

    @Test
    void windowsLineEndings_giveTheSamePositions() {
        assertThat(problems("""
                            title: T
                            article: 000_d9e472c27e1e5fdd.txt
                            questions:
                              - id: q1
                                type: choice
                                 prompt: Who leads?
                            """))
                .singleElement()
                .asString()
                .startsWith("q.yaml:6:12: error: YAML syntax error: mapping values are not allowed here;");
    }

    @Test
    void emptyFile_namesWhatASetNeeds() {
        String expected =
                "q.yaml:1:1: error: the file is empty; a question set needs 'title', 'article' and" + " 'questions'";
        assertThat(problems("")).containsExactly(expected);
        assertThat(problems("  \n\n")).containsExactly(expected);
        assertThat(problems("# only a comment\n")).containsExactly(expected);
    }

    @Test
    void topLevelList_mustBeAMapping() {
        assertThat(problems("- title: T\n- article: x\n"))
                .containsExactly(
                        "q.yaml:1:1: error: a question set must" + " be a mapping of 'key: value' lines; found a list");
    }

    @Test
    void topLevelText_mustBeAMapping() {
        assertThat(problems("Istanbul talks\n"))
                .containsExactly("q.yaml:1:1: error: a question set must be a"
                        + " mapping of 'key: value' lines; found a single value");
    }

    @Test
    void twoDocuments_pointsAtTheSecondStart() {
        String expected = "error: a question file holds one YAML document; remove this '---' and what follows or"
                + " move it to a file of its own";
        assertThat(problems("title: T\n---\ntitle: U\n")).containsExactly("q.yaml:2:1: " + expected);
        assertThat(problems("---\ntitle: T\n---\ntitle: U\n")).containsExactly("q.yaml:3:1: " + expected);
    }

    @Test
    void plainValueRunningOntoTheNextLine_warnsButLoads() {
        LoadResult result = load("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q1
                    type: short
                    prompt: Who leads
                      the delegation?
                    answer: Medinsky
                    evidence: { paragraph: 2 }
                """);
        assertThat(Snippets.shown(result))
                .containsExactly("q.yaml:6:13: warning: this value runs on over 2 lines and"
                        + " is read as one text: \"Who leads the delegation?\"; if you meant a list, start each item on its"
                        + " own line with '- ', otherwise put the text in quotes");
        assertThat(result.set())
                .hasValueSatisfying(
                        set -> assertThat(set.questions().get(0).prompt()).isEqualTo("Who leads the delegation?"));
    }
}
