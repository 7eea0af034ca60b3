package dev.lectern.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Finding a teacher's quote despite typographic punctuation and white space, and mapping it back exactly. */
class QuoteFinderTest {

    private static Article seed;
    private static QuoteFinder finder;

    @BeforeAll
    static void readSeed() throws IOException {
        String text = Files.readString(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), StandardCharsets.UTF_8);
        seed = Article.fromText("000_d9e472c27e1e5fdd.txt", text);
        finder = new QuoteFinder(seed);
    }

    private static List<String> found(Article article, String quote) {
        return new QuoteFinder(article)
                .find(quote, 0).stream().map(article::text).toList();
    }

    @Test
    void straightApostrophe_findsCurlyApostrophe_andTheSpanShowsTheOriginal() {
        List<Passage> found = finder.find("Kremlin's announcement", 0);
        assertThat(found).singleElement().satisfies(p -> {
            assertThat(p.paragraph()).isEqualTo(3);
            assertThat(seed.text(p)).isEqualTo("Kremlin\u2019s announcement");
        });
    }

    @Test
    void curlyQuotesInTheQuery_findStraightQuotesInTheText() {
        Article article = Article.fromText("a.txt", "He said \"enough\" and it's over.\n");
        assertThat(found(article, "\u201Cenough\u201D and it\u2019s")).containsExactly("\"enough\" and it's");
    }

    @Test
    void straightDoubleQuotes_findCurlyDoubleQuotes() {
        assertThat(finder.find("a \"possibility\" he would divert", 0))
                .singleElement()
                .satisfies(p -> assertThat(seed.text(p)).isEqualTo("a \u201Cpossibility\u201D he would divert"));
    }

    @Test
    void hyphen_findsEnDashAndEmDash() {
        assertThat(finder.find("Western support - terms Kyiv", 0))
                .singleElement()
                .satisfies(p -> assertThat(seed.text(p)).isEqualTo("Western support \u2013 terms Kyiv"));
        Article article = Article.fromText("a.txt", "It was late\u2014too late.\n");
        assertThat(found(article, "late-too")).containsExactly("late\u2014too");
    }

    @Test
    void threeDots_findAnEllipsisCharacter_andTheSpanCoversItWhole() {
        assertThat(finder.find("a possibility ... I don't know", 0))
                .singleElement()
                .satisfies(p -> assertThat(seed.text(p)).isEqualTo("a possibility \u2026 I don\u2019t know"));
        Article article = Article.fromText("a.txt", "Wait\u2026 what?\n");
        assertThat(found(article, "Wait.."))
                .as("a quote ending inside the folded '…' takes all of it")
                .containsExactly("Wait\u2026");
    }

    @Test
    void runsOfWhiteSpace_matchOneSpace_onBothSides() {
        assertThat(finder.find("  led  by\n\tVladimir   Medinsky ", 0))
                .singleElement()
                .satisfies(p -> assertThat(seed.text(p)).isEqualTo("led by Vladimir Medinsky"));
        Article article = Article.fromText("a.txt", "Led\u00A0by  Medinsky.\n");
        assertThat(found(article, "Led by Medinsky")).containsExactly("Led\u00A0by  Medinsky");
    }

    @Test
    void everyOccurrence_isFoundInArticleOrder() {
        assertThat(finder.find("the Kremlin", 0)).extracting(Passage::paragraph).containsExactly(1, 2, 3, 11);
    }

    @Test
    void aParagraphNumber_limitsTheSearchToThatParagraph() {
        assertThat(finder.find("the Kremlin", 11))
                .singleElement()
                .satisfies(p -> assertThat(p.paragraph()).isEqualTo(11));
        assertThat(finder.find("led by Vladimir Medinsky", 3)).isEmpty();
    }

    @Test
    void aQuoteNeverSpansTwoParagraphs() {
        Article article = Article.fromText("a.txt", "Ends here.\nStarts here.\n");
        assertThat(found(article, "here. Starts")).isEmpty();
        assertThat(found(article, "here.")).containsExactly("here.", "here.");
    }

    @Test
    void blankQuote_isFoundNowhere() {
        assertThat(finder.find("", 0)).isEmpty();
        assertThat(finder.find("   ", 0)).isEmpty();
    }

    @Test
    void nearest_ofAQuoteDifferingOnlyInCase_saysSo() {
        assertThat(finder.nearest("LED BY VLADIMIR MEDINSKY", 0)).hasValueSatisfying(near -> {
            assertThat(near.differsOnlyInCase()).isTrue();
            assertThat(seed.text(near.passage())).isEqualTo("led by Vladimir Medinsky");
        });
    }

    @Test
    void nearest_ofAMisspeltQuote_isItsLongestPrefixThatOccurs() {
        assertThat(finder.nearest("led by Vladimir Medinksy", 0)).hasValueSatisfying(near -> {
            assertThat(near.differsOnlyInCase()).isFalse();
            assertThat(near.matchedChars()).isEqualTo("led by Vladimir Medin".length());
            assertThat(near.passage().paragraph()).isEqualTo(2);
            assertThat(seed.text(near.passage())).isEqualTo("led by Vladimir Medin");
        });
    }

    @Test
    void nearest_staysInTheGivenParagraph() {
        assertThat(finder.nearest("Kremlin said its delegation would be led by Lavrov", 2))
                .hasValueSatisfying(
                        near -> assertThat(near.passage().paragraph()).isEqualTo(2));
        assertThat(finder.nearest("led by Vladimir Medinsky", 9)).isEmpty();
    }

    @Test
    void nearest_ofAQuoteWhoseFirstWordIsNowhere_isEmpty() {
        assertThat(finder.nearest("Xylophone quartets", 0)).isEmpty();
        assertThat(finder.nearest("Putting the lid on", 0))
                .as("'Put' occurs, 'Putting' does not")
                .isEmpty();
    }

    @Test
    void foldedText_mapsEveryFoldedCharBackToTheOriginal() {
        FoldedText folded = FoldedText.of("It\u2019s\u00A0 a \u201Cdeal\u201D\u2026 \u2014 yes");
        assertThat(folded.text()).isEqualTo("It's a \"deal\"... - yes");
        assertThat(folded.originalSpan(0, 4)).isEqualTo(new Span(0, 4));
        assertThat(folded.originalSpan(7, 13)).isEqualTo(new Span(8, 14));
        assertThat(folded.originalSpan(13, 16)).as("the three dots of one '…'").isEqualTo(new Span(14, 15));
        assertThat(FoldedText.foldQuery("  It\u2019s  ")).isEqualTo("It's");
    }
}
