package dev.lectern.load;

import static dev.lectern.load.Snippets.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Plain values that start with a YAML indicator ({@code @ % * & > | ! -}) and so are not read as text: each
 * message says to quote the value, and names the character.
 */
class LoaderSyntaxHintsTest {

    @Test
    void valueStartingWithAtSignOrPercent_asksForQuotes() {
        assertThat(problems("title: T\narticle: @home.txt\n"))
                .containsExactly("q.yaml:2:10: error: YAML syntax"
                        + " error: found '@' that cannot start a value; put a value that starts with '@' in quotes");
        assertThat(problems("title: T\npass: %60\n"))
                .containsExactly("q.yaml:2:7: error: YAML syntax error: found"
                        + " '%' that cannot start a value; put a value that starts with '%' in quotes");
    }

    @Test
    void aliasWithoutAnchor_explainsAliasesAndQuoting() {
        assertThat(problems("title: *foo\n"))
                .containsExactly("q.yaml:1:8: error: YAML syntax error: found"
                        + " undefined alias foo; a value that starts with '*' is read as an alias of an anchor '&name'"
                        + " earlier in the file; put a text that starts with '*' in quotes");
    }

    @Test
    void starredEmphasis_isReadAsAnAlias_andSaysToQuote() {
        assertThat(problems("title: T\ndescription: *Who* leads?\n"))
                .containsExactly("q.yaml:2:18: error: YAML"
                        + " syntax error: unexpected character found *(42) (while scanning an alias at line 2, column 14); a"
                        + " value that starts with '*' is read as an alias; put a text that starts with '*' in quotes");
    }

    @Test
    void ampersandAndSpace_isReadAsAnAnchor_andSaysToQuote() {
        assertThat(problems("title: T\ndescription: & more\n"))
                .containsExactly("q.yaml:2:15: error: YAML syntax"
                        + " error: unexpected character found  (32) (while scanning an anchor at line 2, column 14); a value"
                        + " that starts with '&' is read as an anchor; put a text that starts with '&' in quotes");
    }

    @Test
    void greaterThanQuote_isReadAsABlockOfText_andSaysToQuote() {
        assertThat(problems("title: T\ndescription: > quoted text\n"))
                .containsExactly("q.yaml:2:16: error: YAML"
                        + " syntax error: expected a comment or a line break, but found q(113) (while scanning a block scalar"
                        + " at line 2, column 14); a value that starts with '|' or '>' is a block of text on the lines below;"
                        + " put a text that starts with '|' or '>' in quotes");
    }

    @Test
    void exclamationMark_isATag_andSaysToQuote() {
        assertThat(problems("title: T\ndescription: !important\n"))
                .containsExactly("q.yaml:2:14: error: YAML tags"
                        + " such as '!important' are not allowed in question files; remove the tag, or put a text that"
                        + " starts with '!' in quotes");
    }

    @Test
    void unfinishedVerbatimTag_showsTheLineBreakEscaped() {
        assertThat(problems("title: T\ndescription: !<x\n"))
                .containsExactly("q.yaml:2:17: error: YAML syntax error:"
                        + " expected '>', but found '\\n' (10) (while scanning a tag at line 2, column 14); a value that"
                        + " starts with '!' is read as a YAML tag; put a text that starts with '!' in quotes");
    }

    @Test
    void listItemOnTheKeysLine_showsBothListForms() {
        assertThat(problems("title: T\nquestions: - a\n"))
                .containsExactly("q.yaml:2:12: error: YAML syntax error:"
                        + " sequence entries are not allowed here; start a list on the line after its key, each item on its"
                        + " own line with '- ', or write it as [first, second]");
    }

    @Test
    void tabAfterAListDash_asksForSpaces() {
        assertThat(problems("title: T\nquestions:\n  -\tid: a\n"))
                .containsExactly("q.yaml:3:7: error: YAML syntax"
                        + " error: found a key after \\t(TAB). (Do not use \\t(TAB) for indentation) (while scanning a simple"
                        + " key at line 3, column 5); indent with spaces, not tabs");
    }

    @Test
    void unknownEscapeInDoubleQuotes_explainsBackslashes() {
        assertThat(problems("title: \"C:\\quiz\"\n"))
                .containsExactly(
                        "q.yaml:1:12: error: YAML syntax error:"
                                + " found unknown escape character q(113) (while scanning a double-quoted scalar at line 1, column"
                                + " 8); inside \"…\" a backslash starts an escape: write \\\\ for a backslash, or use '…' quotes");
    }

    @Test
    void quotedKeyWithALineBreak_staysOnOneLineInTheMessage() {
        assertThat(problems("title: T\n\"colo\\nur\": red\n"))
                .contains("q.yaml:2:1: error: unknown key"
                        + " 'colo\\nur' in the set; allowed keys are title, description, article, questions, shuffle, pass,"
                        + " match, case, typo-credit, penalty, negative-total");
    }
}
