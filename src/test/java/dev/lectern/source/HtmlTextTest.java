package dev.lectern.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTextTest {
    @Test
    void newsPage_keepsOnlyTheStory_exactly_andAccountsForEveryKindOfBoilerplate() {
        ArticleText article = Convert.resource("news-page.html");
        assertThat(article.fileText()).isEqualTo("""
                Atlantic salmon have returned to the upper reaches of the River Alder for the first time in four decades, after a volunteer-led project removed three weirs that had blocked their migration since the 1980s.
                Fisheries officers counted 14 adult salmon on the spawning gravels above Millbrook last week, an event that Dr Helen Marsh, who led the survey, described as “the moment we had been waiting for since the first sledgehammer went in”.
                The Alder Rivers Trust spent £1.2m on the work, most of it raised from local donors & a National Lottery grant. The trust’s chair, Rui Fernandes, said the money had gone “further than anyone expected”, because volunteers did much of the digging themselves.
                Salmon need clean, cold water and loose gravel to lay their eggs. For 40 years, the weirs at Millbrook, Ashford and Carne Bridge meant the fish could reach only the lowest eight kilometres of the river, where silt from farmland smothered the gravel beds.
                “You take one barrier out and the river starts to heal itself within a season,” said Marsh. “Take three out and you have a different river.”
                The project’s engineers left the old stone abutments in place as a reminder of the mills that once stood there. Local schools have planted 2,000 alders and willows along the banks to shade the water.
                Not everyone is pleased. Some anglers say the lower river, where most fishing permits are sold, has lost its deepest pools, and the trust has promised to monitor the changes for at least five years.
                """);
        assertThat(article.account())
                .isEqualTo("kept 7 paragraphs (256 words) of HTML; dropped 1 navigation block,"
                        + " 2 page headers, 1 page footer, 1 cookie or consent banner, 2 advertisements, 1 share bar,"
                        + " 1 newsletter or subscription box, 1 figure or caption, 2 related-links lists, 1 comments section,"
                        + " 1 sidebar, 5 scripts and styles, 1 text block outside the main text, 1 heading");
        assertThat(article.notes()).isEmpty();
    }

    @Test
    void wikipediaPage_dropsInfoboxCitationMarksEditLinksReferencesAndNavboxes() {
        ArticleText article = Convert.resource("wiki-page.html");
        assertThat(article.paragraphs())
                .containsExactly(
                        "The River Alder is a river in the north of England, 31 kilometres (19 mi) long, that flows from Alder"
                                + " Moor to the River Wend at Carne Bridge. Its valley was one of the first in the region to be"
                                + " industrialised.",
                        "Water mills were built along the river from the 17th century, and by 1850 there were eleven, each with"
                                + " its own weir. The last mill closed in 1962, but the weirs remained and blocked the migration"
                                + " of Atlantic salmon, which had disappeared from the upper river by 1985.",
                        "Between 2023 and 2024 the Alder Rivers Trust removed three weirs, at Millbrook, Ashford and Carne"
                                + " Bridge. Salmon were recorded above Millbrook in May 2025 for the first time in forty years.");
        assertThat(article.dropped())
                .containsEntry(Boilerplate.CITATION_MARKS, 6)
                .containsEntry(Boilerplate.TABLE, 1)
                .containsEntry(Boilerplate.HEADING, 3);
    }

    @Test
    void pageWithoutMarks_isFoundByScoring_andBreakPairsSplitParagraphs() {
        ArticleText article = Convert.resource("no-marks.html");
        assertThat(article.fileText()).isEqualTo("""
                A winter walk along the Alder
                We set off from Millbrook at eight, when the frost was still on the fields, and followed the river path north towards Ashford.
                The water was high after a week of rain, brown with peat from the moor, and loud enough over the old weir that we had to shout to each other.
                By noon we had reached Carne Bridge, where the path crosses to the east bank and climbs, slowly, into the beech woods above the gorge.
                """);
        assertThat(article.account()).endsWith("dropped 3 text blocks outside the main text");
        assertThat(article.notes())
                .extracting(Note::describe)
                .containsExactly("paragraph 1: looks like a title (short,"
                        + " capitalised, no final punctuation), kept: \"A winter walk along the Alder\"");
    }

    @Test
    void paragraphText_isKeptExactly_entitiesDecoded_inlineMarkupDropped_quotesKept() {
        ArticleText article = Convert.ok(
                "quotes.html",
                "<!DOCTYPE html><html><body><article>"
                        + "<p>She said &ldquo;<em>non</em>&rdquo; &amp; left &mdash; it&#8217;s <q>over</q>, caf&eacute;"
                        + " <a href='/x'>closed</a>&nbsp;early, at 5&#x202F;pm.</p>"
                        + "<p>Second <span>para</span><b>graph</b> with\n   a line break in the source.</p></article></body></html>");
        assertThat(article.paragraphs())
                .containsExactly(
                        "She said “non” & left — it’s “over”, café closed early, at 5 pm.",
                        "Second paragraph with a line break in the source.");
    }

    @Test
    void pageInAnotherEncoding_isDecodedByItsMetaCharset() {
        byte[] latin1 = ("<html><head><meta charset=\"iso-8859-1\"></head><body><p>Un caf\u00e9 "
                        + "\u00e0 la gare.</p></body></html>")
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(Convert.bytes("cafe.html", latin1).article().paragraphs()).containsExactly("Un café à la gare.");
    }

    @Test
    void stepsEachFiveBoxesDeep_areAllKept_theirCommonBoxHasNoScoreOfItsOwn() {
        StringBuilder page = new StringBuilder("<html><body><div id=\"steps\">");
        for (int i = 1; i <= 4; i++) {
            page.append("<div><div><div><div><div><p>Step ")
                    .append(i)
                    .append(
                            ": fold the paper, crease it, turn it over, and fold it once more.</p></div></div></div></div></div>");
        }
        ArticleText article =
                Convert.ok("steps.html", page.append("</div></body></html>").toString());
        assertThat(article.paragraphs()).hasSize(4).first().asString().startsWith("Step 1: fold the paper");
    }
}
