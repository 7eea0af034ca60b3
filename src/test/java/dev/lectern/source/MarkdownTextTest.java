package dev.lectern.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {
    @Test
    void markdown_paragraphsJoined_markupRemoved_listItemsEach_headingsRulesCodeAndFrontMatterLeftOut() {
        ArticleText article = Convert.resource("field-notes.md");
        assertThat(article.fileText()).isEqualTo("""
                The survey team walked the upper river on 12 May, counting redds — the shallow nests salmon cut into the gravel — between Millbrook and Carne Bridge.
                They found fourteen redds in total, most of them within two kilometres of the old weir. Water temperature was 11 °C, and the flow gauge read 3.2 m³/s.
                Redd position, by GPS.
                Gravel size, graded from fine to cobble.
                Shade over the water: none, partial or full.
                Partial shade was the most common.
                “It is the best count since records began,” said Helen Marsh. The team will return in November.
                A final paragraph with a line break inside it and an HTML line break too.
                """);
        assertThat(article.account())
                .isEqualTo("kept 8 paragraphs (112 words) of Markdown; dropped 2 headings,"
                        + " 1 horizontal rule, 1 front-matter block, 1 code block, 1 raw HTML block, 1 image");
    }

    @Test
    void markdownWithoutFrontMatter_keepsAnOpeningRuleOutOfTheText() {
        ArticleText article = Convert.ok("notes.md", "Intro line one\nand two.\n\n---\n\n* item *one*\n* item two\n");
        assertThat(article.paragraphs()).containsExactly("Intro line one and two.", "item one", "item two");
        assertThat(article.dropped()).containsExactly(java.util.Map.entry(Boilerplate.RULE, 1));
    }

    @Test
    void aNextLineCharacterInAParagraph_isASpace_soTheArticleFileReadsBackAsTheSameParagraphs() {
        String nel = "One sentence here.\u0085Two sentences there.";
        ArticleText markdown = Convert.ok("notes.md", nel + "\n");
        ArticleText html = Convert.ok("page.html", "<html><body><p>" + nel + "</p></body></html>");
        assertThat(markdown.paragraphs()).containsExactly("One sentence here. Two sentences there.");
        assertThat(html.paragraphs()).containsExactly("One sentence here. Two sentences there.");
        assertThat(dev.lectern.article.Article.fromText("a.txt", html.fileText())
                        .paragraphCount())
                .isEqualTo(1);
    }

    @Test
    void anOpeningRuleNeverClosed_isNoFrontMatter_howeverLongTheFile_andFormFeedsDoNotBacktrack() {
        // The old single pattern overflowed the stack on this file, and took seconds on two dozen form feeds.
        ArticleText long_ = Convert.ok("notes.md", "---\n" + "a line\n".repeat(100_000));
        assertThat(long_.paragraphs()).hasSize(1).first().asString().startsWith("a line a line");
        ArticleText feeds = Convert.ok("notes.md", "---\n" + "\f".repeat(40) + "\nSome text here.\n");
        assertThat(feeds.paragraphs()).containsExactly("Some text here.");
        assertThat(Convert.ok("notes.md", "---\r\ntitle: x\r\n...\r\nBody.\n").paragraphs())
                .containsExactly("Body.");
    }
}
