package dev.lectern.load;

import static dev.lectern.load.Snippets.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Cloze blanks written {@code [[answer|alternate]]}: each malformed text is reported at the start of
 * {@code text:}, with the character (counted from 1 within the text) where the blank goes wrong.
 */
class LoaderClozeTest {

    private static String cloze(String text) {
        return """
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: led-by
                    type: cloze
                    text: %s
                    evidence: { paragraph: 2 }
                """.formatted(text);
    }

    @Test
    void unclosedBlank_saysWhereItOpens() {
        assertThat(problems(cloze("\"led by [[Vladimir Medinsky\"")))
                .containsExactly("q.yaml:6:11: error: the blank opened at character 8 is not closed with ']]'");
    }

    @Test
    void strayClosingBrackets_sayWhereTheyAre() {
        assertThat(problems(cloze("\"led by Vladimir]] [[Medinsky]]\"")))
                .containsExactly("q.yaml:6:11: error: ']]' at character 16 has no '[[' before it");
    }

    @Test
    void blankInsideABlank_namesBoth() {
        assertThat(problems(cloze("\"led by [[Vladimir [[Medinsky]]]]\"")))
                .containsExactly(
                        "q.yaml:6:11: error: a blank cannot hold another blank: '[[' at character 19 is inside the blank"
                                + " opened at character 8");
    }

    @Test
    void emptyBlank_showsHowToFillIt() {
        assertThat(problems(cloze("\"led by [[ ]] Medinsky\"")))
                .containsExactly(
                        "q.yaml:6:11: error: empty blank at character 8; write the answer inside, like [[Medinsky]]");
    }

    @Test
    void emptyAlternative_asksToRemoveTheExtraBar() {
        assertThat(problems(cloze("\"led by [[Vladimir||V.]] Medinsky\"")))
                .containsExactly(
                        "q.yaml:6:11: error: the blank '[[Vladimir||V.]]' has an empty alternative; remove the extra '|'");
        assertThat(problems(cloze("\"led by [[Vladimir|]] Medinsky\"")))
                .containsExactly(
                        "q.yaml:6:11: error: the blank '[[Vladimir|]]' has an empty alternative; remove the extra '|'");
    }

    @Test
    void textWithoutBlanks_showsTheBlankSyntax() {
        assertThat(problems(cloze("led by Vladimir Medinsky")))
                .containsExactly("q.yaml:6:11: error: the cloze text has no blanks; write each blank as [[answer]] or"
                        + " [[answer|alternate]]");
    }

    @Test
    void plainTextWithBlanks_needsNoQuotesAndNoPrompt() {
        assertThat(problems(cloze("led by [[Vladimir Medinsky|Medinsky]], a hardline Putin aide")))
                .isEmpty();
    }

    @Test
    void unquotedTextStartingWithABlank_isReadAsAList_andSaysToQuoteIt() {
        assertThat(problems(cloze("[[Medinsky]] leads the delegation")))
                .containsExactly(
                        "q.yaml:6:24: error: YAML syntax error: expected <block end>, but found '<scalar>' (while parsing a"
                                + " block mapping at line 4, column 5); the value goes on after a closing bracket: a value"
                                + " that starts with '[' or '{' is read as a list or mapping, so put a text that starts with"
                                + " it in quotes");
        assertThat(problems(cloze("[[Medinsky]]")))
                .containsExactly(
                        "q.yaml:6:11: error: 'text' must be a single value; found a list; a value that starts with '[' is"
                                + " read as a list, so put a text that starts with '[' in quotes");
    }
}
