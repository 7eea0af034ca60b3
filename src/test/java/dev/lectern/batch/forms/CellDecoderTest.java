package dev.lectern.batch.forms;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.article.SentenceRef;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.MultiScoring;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.OrderScoring;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.TextMatching;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Cells as each tool writes them, read as a learner types the answer in Lectern. */
class CellDecoderTest {
    private static QuestionHeader header(String id) {
        return new QuestionHeader(id, "Prompt of " + id, List.of(), Optional.empty(), Optional.empty(), 1);
    }

    private static final MultiQuestion MULTI = new MultiQuestion(
            header("m"),
            List.of("Smith, Bob", "Lee, Ann", "Cy"),
            Set.of(0),
            Map.of(),
            MultiScoring.RIGHT_MINUS_WRONG,
            0);

    @Test
    void googleCheckboxes_joinedWithCommaSpace_areResolvedAgainstChoicesThatHoldCommas() {
        assertThat(CellDecoder.cell(MULTI, "Smith, Bob, Cy")).isEqualTo("Smith, Bob; Cy");
        assertThat(CellDecoder.cell(MULTI, "Lee, Ann, Smith, Bob")).isEqualTo("Lee, Ann; Smith, Bob");
        assertThat(CellDecoder.cell(MULTI, "cy")).isEqualTo("cy");
        // Not choice texts (letters, a typo): left as written for the engine to read or report.
        assertThat(CellDecoder.cell(MULTI, "a, c")).isEqualTo("a, c");
        assertThat(CellDecoder.cell(MULTI, "Smith, Bbo")).isEqualTo("Smith, Bbo");
    }

    @Test
    void microsoftPicks_loseTheirTrailingSemicolon_canvasEscapedCommasAreKept() {
        assertThat(CellDecoder.cell(MULTI, "Smith, Bob;Cy;")).isEqualTo("Smith, Bob; Cy");
        assertThat(CellDecoder.cell(MULTI, "Smith\\, Bob,Cy")).isEqualTo("Smith, Bob; Cy");
        assertThat(CellDecoder.cell(MULTI, "-")).isEmpty();
    }

    @Test
    void cloze_moodlePartsInPlace_commasOnlyWhenTheyGiveTheNumberOfBlanks() {
        ClozeQuestion cloze = new ClozeQuestion(
                header("c"),
                List.of("", " and ", " at ", "."),
                List.of(
                        new ClozeQuestion.Blank(List.of("mouse")),
                        new ClozeQuestion.Blank(List.of("candle")),
                        new ClozeQuestion.Blank(List.of("fourteenth"))),
                TextMatching.DEFAULT);
        assertThat(CellDecoder.cell(cloze, "mouse, candle, fourteenth")).isEqualTo("mouse; candle; fourteenth");
        assertThat(CellDecoder.cell(cloze, "mouse, candle")).isEqualTo("mouse, candle");
        assertThat(CellDecoder.cell(cloze, "part 1: mouse; part 3: fourteenth")).isEqualTo("mouse; -; fourteenth");
        assertThat(CellDecoder.cell(cloze, "mouse; candle, wax; x")).isEqualTo("mouse; candle, wax; x");
    }

    @Test
    void grids_ranksBecomeAnOrder_rightSidesBecomePairs_canvasMatchingToo() {
        OrderQuestion order = new OrderQuestion(header("o"), List.of("one", "two", "three"), OrderScoring.PAIRS);
        assertThat(CellDecoder.grid(order, Map.of(0, "3", 1, "1st", 2, "Second")))
                .isEqualTo("two; three; one");
        assertThat(CellDecoder.grid(order, Map.of(0, "", 1, "", 2, ""))).isEmpty();
        MatchQuestion match = new MatchQuestion(
                header("p"),
                List.of(new MatchQuestion.Pair("frog", "amphibian"), new MatchQuestion.Pair("cat", "mammal")));
        assertThat(CellDecoder.grid(match, Map.of(0, "mammal", 1, ""))).isEqualTo("frog = mammal");
        assertThat(CellDecoder.cell(match, "frog=>amphibian,cat=>mammal")).isEqualTo("frog = amphibian; cat = mammal");
        assertThat(CellDecoder.cell(match, "frog -> amphibian; cat -> mammal"))
                .isEqualTo("frog -> amphibian; cat -> mammal");
    }

    @Test
    void evidence_aDecimalCommaIsASentenceNumber() {
        EvidenceQuestion e =
                new EvidenceQuestion(header("e"), SentenceRef.parse("28.1").orElseThrow(), List.of(), 0.5);
        assertThat(CellDecoder.cell(e, "28,1")).isEqualTo("28.1");
        assertThat(CellDecoder.cell(e, " 28.1 ")).isEqualTo("28.1");
    }
}
