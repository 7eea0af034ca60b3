package dev.lectern.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlainTextTest {
    @Test
    void hardWrappedText_withIndentedParagraphs_isJoined_andOnlyTheBrokenWordLosesItsHyphen() {
        ArticleText article = Convert.resource("hard-wrapped.txt");
        assertThat(article.fileText()).isEqualTo("""
                The Alder rises on open moorland and falls quickly through a narrow wooded valley, where the old mills once drew their power. Each mill needed a weir, and each weir held back the gravel that salmon need for spawning, so that by 1985 the fish had gone from the upper river.
                Restoring the river was never only an engineering problem. The trust had to win over farmers, anglers and the owners of the mill buildings, some of whom valued the still water above the weirs. A well-known local historian argued that the weirs were part of the valley's industrial heritage and should stay.
                The compromise was to keep the stone abutments and remove only the central sections. Engineers used a long-reach excavator for the electrical cable crossing at Ashford, where a power line ran close to the bank, and the work was finished two weeks early. The long-term monitoring plan covers water temperature, gravel movement and the number of returning fish.
                """);
        assertThat(article.account()).isEqualTo("kept 3 paragraphs (161 words) of plain text; dropped nothing");
    }

    @Test
    void blankLineParagraphs_areJoined() {
        assertThat(PlainText.paragraphs("First line\nof the first.\n\n\nSecond\r\nparagraph.\n"))
                .containsExactly("First line of the first.", "Second paragraph.");
    }

    @Test
    void aLineOfNoBreakSpaces_separatesParagraphs_asTheArticleReaderCountsIt() {
        String text = "First line\nof the first.\n\u00a0\u2007\nSecond\nparagraph.\n";
        assertThat(PlainText.paragraphs(text)).containsExactly("First line of the first.", "Second paragraph.");
        assertThat(dev.lectern.article.Article.fromText("a.txt", String.join("\n", PlainText.paragraphs(text)))
                        .paragraphCount())
                .isEqualTo(2);
    }

    @Test
    void hardWrappedWithoutIndents_breaksAfterShortLinesThatEndASentence() {
        String text = """
                      The river was high after the rain and the path along the east bank was
                      flooded in three places, so the group turned back at the old mill.
                      Nobody minded.
                      On the way down they counted herons, eleven in all, standing in the
                      shallows below the weir as if they had been waiting for the walkers.
                      """;
        assertThat(PlainText.paragraphs(text))
                .containsExactly(
                        "The river was high after the rain and the path along the east bank was flooded in three places, so"
                                + " the group turned back at the old mill. Nobody minded.",
                        "On the way down they counted herons, eleven in all, standing in the shallows below the weir as if"
                                + " they had been waiting for the walkers.");
    }

    @Test
    void seedArticle_aParagraphALine_comesOutUnchanged_withFourStrayHeadlinesNoted() throws Exception {
        String seed = Files.readString(Path.of("seeds/000_d9e472c27e1e5fdd.txt"));
        ArticleText article = Convert.ok("000_d9e472c27e1e5fdd.txt", seed);
        assertThat(article.fileText()).isEqualTo(seed.endsWith("\n") ? seed : seed + "\n");
        assertThat(article.paragraphs()).hasSize(29);
        assertThat(article.notes()).extracting(Note::paragraph).containsExactly(5, 6, 7, 8);
        assertThat(article.notes().get(0).describe())
                .isEqualTo("paragraph 5: looks like a stray headline (short,"
                        + " capitalised, no final punctuation), kept: \"Sanctions threat hikes up pressure in game of Ukraine"
                        + " ceasefire tennis\"");
    }

    @Test
    void lineEndHyphens_joinBrokenWords_keepRealCompounds() {
        List<String> lines = List.of(
                "an elec-",
                "trical fault, a well-",
                "known case, a self-",
                "made man, a long-",
                "term plan, a care-",
                "less error, a non-",
                "profit, the Anglo-",
                "Saxon era");
        LineJoiner joiner = new LineJoiner(lines);
        assertThat(joiner.join(lines))
                .isEqualTo("an electrical fault, a well-known case, a self-made man, a long-term"
                        + " plan, a careless error, a non-profit, the Anglo-Saxon era");
    }

    @Test
    void lineEndHyphen_followsTheDocument_whenItWritesTheWordElsewhere() {
        List<String> lines = List.of(
                "The co-",
                "operative met. Every cooperative votes; the well-",
                "being of",
                "members, their wellbeing.");
        assertThat(new LineJoiner(lines).join(lines))
                .isEqualTo("The cooperative met. Every cooperative votes; the wellbeing of members, their wellbeing.");
    }
}
