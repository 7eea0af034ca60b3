package dev.lectern.article;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.ForAll;
import dev.lectern.testing.RandomText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

    private static List<String> seed;

    @BeforeAll
    static void readSeed() throws IOException {
        seed = Files.readAllLines(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), StandardCharsets.UTF_8);
    }

    private static List<String> sentences(String text) {
        return SentenceSplitter.split(text).stream()
                .map(s -> text.substring(s.start(), s.end()))
                .toList();
    }

    /** Paragraph {@code number} of the seed, counting from 1 as an editor shows it. */
    private static String paragraph(int number) {
        return seed.get(number - 1);
    }

    // --- the seed article -------------------------------------------------------------------

    @Test
    void seed_everyParagraphHasThePinnedSentenceCount() {
        // Counted by reading the article: 16, 17, 20 have two sentences, 19 and 23 three,
        // headlines 5-8 one, and 29 ends with a separate " - The Guardian" byline.
        List<Integer> expected =
                List.of(1, 1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 2, 1, 3, 2, 1, 1, 3, 1, 1, 1, 1, 1, 2);
        assertThat(seed).hasSize(29);
        assertThat(seed.stream().map(p -> SentenceSplitter.split(p).size()).toList())
                .isEqualTo(expected);
    }

    @Test
    void seed_paragraph3_twoPlainSentences() {
        assertThat(sentences(paragraph(3)))
                .containsExactly(
                        "Shortly after the Kremlin’s announcement, a US official said Donald Trump would also skip the talks.",
                        "Trump had previously suggested he would travel to Turkey only if Putin were present.");
    }

    @Test
    void seed_paragraph4_twoPlainSentences() {
        assertThat(sentences(paragraph(4)))
                .containsExactly(
                        "Later on Wednesday, a Russian missile attack on an industrial site near the northeastern Ukrainian city of Sumy killed three people, regional governor Oleh Hryhorov said.",
                        "A Russian missile attack on the city on Palm Sunday killed 35 people.");
    }

    @Test
    void seed_paragraph16_quoteEndingWithCommaStaysInItsSentence() {
        assertThat(sentences(paragraph(16)))
                .containsExactly(
                        "The Ukrainian leader said he would be ready to fly to Istanbul at a moment’s notice if the Russian leader showed up.",
                        "“If Putin does not arrive, and plays games, it is the final point that he does not want to end the war,” he said on Tuesday.");
    }

    @Test
    void seed_paragraph17_quotedPhraseBeforeFinalPeriod() {
        assertThat(sentences(paragraph(17)))
                .containsExactly(
                        "Adding to the diplomatic intrigue, US envoy Steve Witkoff said he and secretary of state Marco Rubio would travel to Istanbul on Friday, one day after the talks were scheduled to begin.",
                        "That could allow time for Trump to conclude his visit to the United Arab Emirates before joining the talks, although the US president has only said that travelling there was “a possibility”.");
    }

    @Test
    void seed_paragraph19_standAloneEllipsisDoesNotEndSentence() {
        assertThat(sentences(paragraph(19)))
                .containsExactly(
                        "Trump on Wednesday said he did not know if Putin would be in Turkey, but there was a “possibility” he would divert to the country if the Russian president was there.",
                        "“He’d like me to be there, and that’s a possibility … I don’t know that he would be there if I’m not there.",
                        "We’re going to find out,” Trump told reporters on board Air Force One en route to Qatar.");
    }

    @Test
    void seed_paragraph20_closingQuoteBelongsToTheSentence() {
        assertThat(sentences(paragraph(20)))
                .containsExactly(
                        "Trump, however, noted that he was scheduled to be in the United Arab Emirates on Thursday, on the third and final leg of his Gulf tour.",
                        "But, when asked about visiting Turkey, he added: “That doesn’t mean I wouldn’t do it to save a lot of lives.”");
    }

    @Test
    void seed_paragraph23_nestedQuotesEndTheParagraph() {
        assertThat(sentences(paragraph(23)))
                .containsExactly(
                        "Speaking at a press conference in Beijing, Brazil’s president, Luiz Inácio Lula da Silva, said he would push Putin to take part in the talks with Zelenskiy.",
                        "“I’ll try to talk to Putin,” Lula said, adding that he planned to travel to Moscow.",
                        "“It costs me nothing to say: ‘Hey, comrade Putin, go to Istanbul and negotiate, dammit’.”");
    }

    @Test
    void seed_paragraph29_bylineIsItsOwnSentence() {
        assertThat(sentences(paragraph(29)))
                .containsExactly(
                        "European leaders have promised to increase pressure on Russia if the talks in Turkey failed, but the key question remains whether they can bring Trump on board with their efforts to tighten the screws on Moscow.",
                        "- The Guardian");
    }

    @Test
    void seed_headlineWithoutTerminalPunctuation_isOneSentence() {
        for (int p = 5; p <= 8; p++) {
            assertThat(sentences(paragraph(p))).containsExactly(paragraph(p));
        }
    }

    // --- tricky sentences -------------------------------------------------------------------

    @Test
    void quoteEndingWithComma_doesNotEndSentence() {
        assertThat(sentences("“We will win the war,” he said on Tuesday. Nobody cheered."))
                .containsExactly("“We will win the war,” he said on Tuesday.", "Nobody cheered.");
    }

    @Test
    void quoteEndingWithPeriod_endsSentenceAndKeepsClosingQuote() {
        assertThat(sentences("She said: “It is over.” Then there was silence."))
                .containsExactly("She said: “It is over.”", "Then there was silence.");
    }

    @Test
    void questionInQuoteFollowedByLowercase_doesNotEndSentence() {
        assertThat(sentences("“Why?” he asked. “Because,” she said."))
                .containsExactly("“Why?” he asked.", "“Because,” she said.");
    }

    @Test
    void interrobangRun_endsSentenceOnce() {
        assertThat(sentences("Really?! Yes!!! Are you sure?")).containsExactly("Really?!", "Yes!!!", "Are you sure?");
        assertThat(sentences("“Really?!” she asked.")).containsExactly("“Really?!” she asked.");
    }

    @Test
    void titles_doNotEndSentence() {
        assertThat(sentences("Mr. Smith met Mrs. Jones, Ms. Lee, Dr. Who and Prof. Plum. They talked."))
                .containsExactly("Mr. Smith met Mrs. Jones, Ms. Lee, Dr. Who and Prof. Plum.", "They talked.");
        assertThat(sentences("St. Paul saw Martin Luther King Jr. and Sammy Davis Sr. speak. It rained."))
                .containsExactly("St. Paul saw Martin Luther King Jr. and Sammy Davis Sr. speak.", "It rained.");
    }

    @Test
    void dottedAcronyms_doNotEndSentence() {
        assertThat(sentences("The U.S. Senate and the U.K. Parliament agreed. Talks ended."))
                .containsExactly("The U.S. Senate and the U.K. Parliament agreed.", "Talks ended.");
    }

    @Test
    void singleLetterInitials_doNotEndSentence() {
        assertThat(sentences("J. R. R. Tolkien wrote it. George W. Bush read it."))
                .containsExactly("J. R. R. Tolkien wrote it.", "George W. Bush read it.");
    }

    @Test
    void versusAndLatinAbbreviations_doNotEndSentence() {
        assertThat(sentences("It was Smith vs. Jones. Bring fruit, e.g. apples, i.e. Cox. Done."))
                .containsExactly("It was Smith vs. Jones.", "Bring fruit, e.g. apples, i.e. Cox.", "Done.");
    }

    @Test
    void etcetera_endsSentenceOnlyBeforeUppercase() {
        assertThat(sentences("We bought pears, plums, etc. and went home."))
                .containsExactly("We bought pears, plums, etc. and went home.");
        assertThat(sentences("We bought pears, plums, etc. Then we went home."))
                .containsExactly("We bought pears, plums, etc.", "Then we went home.");
    }

    @Test
    void amPm_endsSentenceOnlyBeforeUppercase() {
        assertThat(sentences("We met at 5 p.m. and talked. We left at 9 p.m. Nobody saw us."))
                .containsExactly("We met at 5 p.m. and talked.", "We left at 9 p.m.", "Nobody saw us.");
    }

    @Test
    void monthAndNumberAbbreviations_beforeDigit_doNotEndSentence() {
        assertThat(sentences("It happened on Jan. 5 and again on Dec. 24. No. 5 won. It was Jan. Then Feb."))
                .containsExactly(
                        "It happened on Jan. 5 and again on Dec. 24.", "No. 5 won.", "It was Jan.", "Then Feb.");
    }

    @Test
    void decimalsAndNumbers_neverSplit() {
        assertThat(sentences("Growth was 3.5 percent, down from 0.25 points. It cost $1,000.5 in total."))
                .containsExactly("Growth was 3.5 percent, down from 0.25 points.", "It cost $1,000.5 in total.");
    }

    @Test
    void versionsUrlsAndEmails_neverSplit() {
        assertThat(sentences("Version 2.3.1 is on www.example.com/a.b?x=1. Mail ops@example.org. Thanks."))
                .containsExactly("Version 2.3.1 is on www.example.com/a.b?x=1.", "Mail ops@example.org.", "Thanks.");
    }

    @Test
    void numberAtSentenceStart_startsNewSentence() {
        assertThat(sentences("The war began in 2022. 35 people died on Sunday."))
                .containsExactly("The war began in 2022.", "35 people died on Sunday.");
    }

    @Test
    void ellipsisGluedToWord_endsSentenceBeforeUppercase() {
        assertThat(sentences("Wait... What happened? I thought… Never mind."))
                .containsExactly("Wait...", "What happened?", "I thought…", "Never mind.");
    }

    @Test
    void standAloneEllipsis_doesNotEndSentence() {
        assertThat(sentences("Well … I suppose so. Well ... We shall see."))
                .containsExactly("Well … I suppose so.", "Well ... We shall see.");
    }

    @Test
    void ellipsisBeforeLowercase_doesNotEndSentence() {
        assertThat(sentences("And then... nothing at all.")).containsExactly("And then... nothing at all.");
    }

    @Test
    void closingParenthesisAfterPeriod_staysWithSentence() {
        assertThat(sentences("He left early. (She stayed.) The end [really.] Fin."))
                .containsExactly("He left early.", "(She stayed.)", "The end [really.]", "Fin.");
    }

    @Test
    void lowercaseAfterPeriod_doesNotEndSentence() {
        assertThat(sentences("Use a tool, e.g. this one. ok. fine."))
                .containsExactly("Use a tool, e.g. this one. ok. fine.");
    }

    // --- footnote and citation marks (Wikipedia text) ----------------------------------------

    @Test
    void footnoteMarkAfterPeriod_endsSentenceAndStaysWithIt() {
        assertThat(sentences("The city grew fast.[12] It became the capital in 1850.[d] Nobody objected."))
                .containsExactly("The city grew fast.[12]", "It became the capital in 1850.[d]", "Nobody objected.");
    }

    @Test
    void severalMarksAndPageReferences_stayWithTheSentence() {
        assertThat(sentences(
                        "He tried many projects.[3][14]:121,154 He lived in hotels.:32 Then he died.:162–164 End."))
                .containsExactly(
                        "He tried many projects.[3][14]:121,154",
                        "He lived in hotels.:32",
                        "Then he died.:162–164",
                        "End.");
    }

    @Test
    void pageReferenceWithSpacedList_staysWithTheSentence() {
        assertThat(sentences("He played cards at a gaming table.:43, 301 On one occasion he worked for 84 hours."))
                .containsExactly(
                        "He played cards at a gaming table.:43, 301", "On one occasion he worked for 84 hours.");
    }

    @Test
    void wordyMarks_evenWithAQuestionMarkInside_areOneMark() {
        assertThat(sentences("Tesla left Colorado.[citation needed] He argued with Morgan.[improper synthesis?] Over"
                        + " the next years he worked."))
                .containsExactly(
                        "Tesla left Colorado.[citation needed]",
                        "He argued with Morgan.[improper synthesis?]",
                        "Over the next years he worked.");
    }

    @Test
    void markAfterClosingQuote_staysWithTheSentence() {
        assertThat(sentences("He said: “It is over.”[7] Then he left. She wrote \"no.\":54–57 It ended."))
                .containsExactly("He said: “It is over.”[7]", "Then he left.", "She wrote \"no.\":54–57", "It ended.");
    }

    @Test
    void markBeforeLowercase_doesNotEndSentence() {
        assertThat(sentences("It was founded c.[4] in the year 900."))
                .containsExactly("It was founded c.[4] in the year 900.");
    }

    @Test
    void markAfterAbbreviation_doesNotEndSentence() {
        assertThat(sentences("The U.S.[3] Senate agreed. Talks ended."))
                .containsExactly("The U.S.[3] Senate agreed.", "Talks ended.");
    }

    @Test
    void bracketAfterEllipsis_isAnElisionInsideAQuote_notAMark() {
        // SQuAD dev, United_Methodist_Church paragraph 17.
        String text = "It was \"a founding member of the Coalition...[and] 2008 General Conference [went] on record\".";
        assertThat(sentences(text)).containsExactly(text);
    }

    @Test
    void longBracketedProse_isNotAMark() {
        assertThat(sentences("He left.[Then he came back and stayed for many more years.] Fin."))
                .containsExactly("He left.[Then he came back and stayed for many more years.]", "Fin.");
    }

    @Test
    void markAtTheEndOfTheParagraph_isPartOfTheLastSentence() {
        assertThat(sentences("One thing. Another thing.[note 3]"))
                .containsExactly("One thing.", "Another thing.[note 3]");
    }

    @Test
    void newlinesInsideParagraph_actAsSpaces() {
        String text = "The first line\nwraps here. Second\r\nsentence.\nThird.";
        assertThat(sentences(text)).containsExactly("The first line\nwraps here.", "Second\r\nsentence.", "Third.");
    }

    @Test
    void surroundingWhitespace_isTrimmedFromSpans() {
        assertThat(SentenceSplitter.split("  Hi. There.  \u00A0")).containsExactly(new Span(2, 5), new Span(6, 12));
    }

    @Test
    void textWithoutTerminalPunctuation_isOneSentence() {
        assertThat(sentences("Putin will not travel to Istanbul")).containsExactly("Putin will not travel to Istanbul");
    }

    @Test
    void blankText_hasNoSentences() {
        assertThat(SentenceSplitter.split("")).isEmpty();
        assertThat(SentenceSplitter.split(" \n\t\u00A0")).isEmpty();
    }

    // --- properties -------------------------------------------------------------------------

    @Test
    void spansAreOrderedTrimmedAndCoverAllText_forArbitraryStrings() {
        ForAll.check(1L, 2000, r -> RandomText.arbitrary(r, 200), SentenceSplitterTest::assertWellFormed);
    }

    @Test
    void spansAreOrderedTrimmedAndCoverAllText_forSentenceLikeStrings() {
        String alphabet = "abcdefXYZ0123   \n\u00A0...!?…,“”‘’\"'()[]:-";
        ForAll.check(2L, 5000, r -> RandomText.from(r, alphabet, 120), SentenceSplitterTest::assertWellFormed);
    }

    private static void assertWellFormed(String text) {
        List<Span> spans = SentenceSplitter.split(text);
        boolean blank = text.chars().allMatch(c -> SentenceSplitter.isSpace((char) c));
        assertThat(spans.isEmpty()).isEqualTo(blank);
        boolean[] covered = new boolean[text.length()];
        int previousEnd = 0;
        for (Span span : spans) {
            assertThat(span.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(span.end()).isGreaterThan(span.start()).isLessThanOrEqualTo(text.length());
            assertThat(SentenceSplitter.isSpace(text.charAt(span.start()))).isFalse();
            assertThat(SentenceSplitter.isSpace(text.charAt(span.end() - 1))).isFalse();
            for (int i = span.start(); i < span.end(); i++) {
                covered[i] = true;
            }
            previousEnd = span.end();
        }
        for (int i = 0; i < text.length(); i++) {
            if (!SentenceSplitter.isSpace(text.charAt(i))) {
                assertThat(covered[i]).as("char %d of %s is covered", i, text).isTrue();
            }
        }
    }
}
