package dev.lectern.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How plain text becomes numbered paragraphs, and how sentences and passages are looked up in them. */
class ArticleTest {

    private static List<String> paragraphs(String text) {
        return Article.fromText("a.txt", text).paragraphs().stream()
                .map(Paragraph::text)
                .toList();
    }

    @Test
    void withoutBlankLines_everyNonBlankLineIsAParagraph() {
        assertThat(paragraphs("First line.\nSecond line.\nThird line.\n"))
                .containsExactly("First line.", "Second line.", "Third line.");
    }

    @Test
    void blankLinesOnlyAtTheEnds_doNotSwitchToBlocks() {
        assertThat(paragraphs("\n\nFirst line.\nSecond line.\n\n\n")).containsExactly("First line.", "Second line.");
    }

    @Test
    void withBlankLinesBetweenText_blocksAreParagraphs_andHardWrappedLinesAreJoined() {
        assertThat(paragraphs("""
                The Kremlin said its delegation
                  would be led by Vladimir Medinsky.

                Trump had previously suggested
                he would travel to Turkey.
                """))
                .containsExactly(
                        "The Kremlin said its delegation would be led by Vladimir Medinsky.",
                        "Trump had previously suggested he would travel to Turkey.");
    }

    @Test
    void severalBlankLinesAndWhitespaceOnlyLines_separateOnce() {
        assertThat(paragraphs("One.\n\n \t \n\nTwo.\n")).containsExactly("One.", "Two.");
    }

    @Test
    void aLineOfNoBreakSpacesOnly_isBlank_notAParagraphWithoutSentences() {
        // Found by ReadersFuzzTest: String.strip keeps U+2007, and the line became a paragraph of no sentence.
        Article a = Article.fromText("a.txt", "First.\n\u2007\u00a0\u202f\nSecond.\n");
        assertThat(a.paragraphs()).extracting(Paragraph::text).containsExactly("First.", "Second.");
        assertThat(Article.fromText("b.txt", "\u2007\n").paragraphCount()).isZero();
    }

    @Test
    void windowsAndOldMacLineEndings_areLineEndings() {
        assertThat(paragraphs("One a.\r\nOne b.\r\n\r\nTwo.\r\n")).containsExactly("One a. One b.", "Two.");
        assertThat(paragraphs("One.\rTwo.\r")).containsExactly("One.", "Two.");
    }

    @Test
    void emptyText_hasNoParagraphs() {
        assertThat(Article.fromText("a.txt", "").paragraphCount()).isZero();
        assertThat(Article.fromText("a.txt", "\n \n").paragraphCount()).isZero();
    }

    @Test
    void paragraphsAreNumberedFromOne() {
        Article article = Article.fromText("a.txt", "One.\nTwo.\n");
        assertThat(article.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2);
        assertThat(article.hasParagraph(0)).isFalse();
        assertThat(article.hasParagraph(1)).isTrue();
        assertThat(article.hasParagraph(2)).isTrue();
        assertThat(article.hasParagraph(3)).isFalse();
        assertThat(article.paragraph(2).text()).isEqualTo("Two.");
    }

    @Test
    void misnumberedParagraphs_areRejected() {
        assertThatThrownBy(() -> new Article("a.txt", List.of(Paragraph.of(2, "Two."))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paragraph 1 is numbered 2");
    }

    @Test
    void sentenceText_looksUpParagraphAndSentence() {
        Article article = Article.fromText("a.txt", "One. Two. Three.\nFour.\n");
        assertThat(article.sentenceText(new SentenceRef(1, 3))).hasValue("Three.");
        assertThat(article.sentenceText(new SentenceRef(2, 1))).hasValue("Four.");
        assertThat(article.sentenceText(new SentenceRef(1, 4))).isEmpty();
        assertThat(article.sentenceText(new SentenceRef(3, 1))).isEmpty();
        assertThat(article.sentenceCount()).isEqualTo(4);
    }

    @Test
    void passages_sliceTheParagraphText() {
        Article article = Article.fromText("a.txt", "One. Two. Three.\n");
        Paragraph p = article.paragraph(1);
        assertThat(article.text(Passage.sentence(p, 2))).isEqualTo("Two.");
        assertThat(article.text(Passage.wholeParagraph(p))).isEqualTo("One. Two. Three.");
        assertThat(article.text(new Passage(1, new Span(5, 8)))).isEqualTo("Two");
        assertThat(p.sentenceAt(0)).isEqualTo(1);
        assertThat(p.sentenceAt(5)).isEqualTo(2);
        assertThat(p.sentenceAt(4))
                .as("the space between belongs to the sentence before")
                .isEqualTo(1);
    }

    @Test
    void seed_has29ParagraphsOnePerLine() throws IOException {
        String text = Files.readString(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), StandardCharsets.UTF_8);
        Article seed = Article.fromText("000_d9e472c27e1e5fdd.txt", text);
        assertThat(seed.paragraphCount()).isEqualTo(29);
        assertThat(seed.paragraph(5).text())
                .isEqualTo("Sanctions threat hikes up pressure in game of Ukraine ceasefire tennis");
        assertThat(seed.paragraph(4).sentenceCount()).isEqualTo(2);
        assertThat(seed.sentenceText(new SentenceRef(29, 2))).hasValue("- The Guardian");
        assertThat(seed.sentenceCount()).isEqualTo(39);
    }

    @Test
    void lines_areWhatSplittingAtEveryLineBreakGives() {
        for (String text :
                List.of("", "a", "\n", "a\r\nb", "a\r\rb\n", "\r\n\r\n", "x\u2028y\u2029z\u0085\u000B\f", "a\n\r")) {
            assertThat(Article.lines(text)).as(text).isEqualTo(List.of(text.split("\\R", -1)));
        }
        dev.lectern.testing.ForAll.check(
                16L,
                5_000,
                r -> dev.lectern.testing.RandomText.from(r, "ab \r\n\u000B\f\u0085\u2028\u2029é", 30),
                text -> assertThat(Article.lines(text)).isEqualTo(List.of(text.split("\\R", -1))));
    }
}
