package dev.lectern.load;

import static dev.lectern.load.Snippets.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Quotes pasted with their quotation marks, and a '"' inside a double-quoted text: said exactly so. */
class PastedQuotesTest {
    private static String withEvidence(String evidence) {
        return """
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: short
                    prompt: Who leads?
                    answer: Medinsky
                    evidence: %s
                """.formatted(evidence);
    }

    @Test
    void quoteWrappedInCurlyQuotes_saysTheQuotesAreNotInTheArticle() {
        assertThat(problems(
                        withEvidence("{ paragraph: 2, quote: “its delegation would be led by Vladimir Medinsky” }")))
                .containsExactly("q.yaml:8:38: error: quote \"“its delegation would be led by Vladimir Medinsky”\" not"
                        + " found in paragraph 2; the curly quotes around it are not in the article, but the words"
                        + " inside them are, in paragraph 2 (sentence 2.1): write the quote without them, \"its"
                        + " delegation would be led by Vladimir Medinsky\"");
    }

    @Test
    void quoteWrappedInStraightQuotes_saysQuotationMarks() {
        assertThat(problems(withEvidence("{ quote: '\"led by Vladimir Medinsky\"' }")))
                .containsExactly(
                        "q.yaml:8:24: error: quote \"\"led by Vladimir Medinsky\"\" not found in the article; the quotation"
                                + " marks around it are not in the article, but the words inside them are, in paragraph 2"
                                + " (sentence 2.1): write the quote without them, \"led by Vladimir Medinsky\"");
    }

    @Test
    void onlyAClosingCurlyQuote_andWordsFoundSeveralTimes() {
        assertThat(problems(withEvidence("{ quote: \"Istanbul”\" }")))
                .containsExactly(
                        "q.yaml:8:24: error: quote \"Istanbul”\" not found in the article; the curly quotes at its end are not"
                                + " in the article, but the words inside them are (11 times): write the quote without them, and"
                                + " with more words");
    }

    @Test
    void quotesThatAreInTheArticle_areFine() {
        assertThat(problems(withEvidence("{ paragraph: 23, quote: \"“It costs me nothing to say\" }")
                        .replace("answer: Medinsky", "answer: Putin")))
                .isEmpty();
    }

    @Test
    void doubleQuoteInsideDoubleQuotedFlowValue_saysToEscapeIt() {
        assertThat(problems(withEvidence("{ quote: \"he said \"no\" to it\" }")))
                .containsExactly(
                        "q.yaml:8:33: error: YAML syntax error: this '\"' ends the double-quoted text that starts at column"
                                + " 24, so 'no\" to it\"' after it cannot be read; inside \"…\" write a '\"' as \\\", or put the"
                                + " whole text in single quotes: 'he said \"no\" to it'");
    }

    @Test
    void doubleQuoteInsideDoubleQuotedBlockValue_saysToEscapeIt() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: lead
                    type: short
                    prompt: "Who is "Medinsky's" boss?"
                    answer: Putin
                """))
                .containsExactly("q.yaml:6:21: error: YAML syntax error: this '\"' ends the double-quoted text"
                        + " that starts at column 13, so 'Medinsky's\" boss?\"' after it cannot be read; inside \"…\" write a"
                        + " '\"' as \\\", or put the whole text in single quotes: 'Who is \"Medinsky''s\" boss?'");
    }
}
