package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.Question;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The feedback on answers in parts: a ✓ or ✗ before each pick, pair, item and blank, in green or red, the right
 * one beside each wrong part, the right picks that were missed; and the rule line. Picks and missed ones come
 * in the order the choices were shown (shuffled with the fixtures' seed).
 */
class FeedbackByPartTest {
    private static ScreenTester on(String id) {
        return new ScreenTester(Fixtures.only(Fixtures.istanbul(), AnsweringByKeysTest.question(id)));
    }

    @Test
    void multi_oneRightAndOneWrongPick_eachMarked_andTheMissedRightOnesListed() {
        ScreenTester t = on("delegation-members");
        t.type(Answering.letterOf(t, "Alexander Fomin") + Answering.letterOf(t, "Sergey Lavrov"));
        t.enter();

        assertThat(t.rows().subList(2, 9))
                .containsExactly(
                        "✗ Wrong 0 of 2 points",
                        "Your picks:",
                        "  ✗ Sergey Lavrov",
                        "  ✓ Alexander Fomin",
                        "Right, but not picked:",
                        "  · Igor Kostyukov",
                        "  · Mikhail Galuzin");
        assertThat(t.rows().get(9))
                .isEqualTo("Rule: each right pick adds, each wrong pick takes away — 1 of 3 right" + " choices");
        assertThat(t.text()).doesNotContain("Your answer:", "Expected:");
        assertThat(t.cell(2, 4).getForegroundColor()).isEqualTo(TextColor.ANSI.RED);
        assertThat(t.cell(2, 5).getForegroundColor()).isEqualTo(TextColor.ANSI.GREEN);
    }

    @Test
    void monochrome_theMarksStillSay_rightOrWrong_inBoldOrUnderline() {
        ScreenTester t = new ScreenTester(
                Fixtures.only(Fixtures.istanbul(), AnsweringByKeysTest.question("delegation-members")),
                Theme.monochrome(),
                80,
                24);
        t.type(Answering.letterOf(t, "Alexander Fomin") + Answering.letterOf(t, "Sergey Lavrov"));
        t.enter();

        TextCharacter cross = t.cell(2, 4);
        TextCharacter tick = t.cell(2, 5);
        assertThat(tick.getCharacterString()).isEqualTo("✓");
        assertThat(cross.getCharacterString()).isEqualTo("✗");
        assertThat(tick.isBold()).isTrue();
        assertThat(cross.isUnderlined()).isTrue();
    }

    @Test
    void match_eachPairMarked_theWrongOnesWithTheRightPartner() {
        MatchQuestion q = (MatchQuestion) AnsweringByKeysTest.question("delegation-roles");
        ScreenTester t = on(q.id());
        // Medinsky and Fomin swapped, Galuzin and Kostyukov right.
        Answering.pair(t, q, i -> i == 0 ? 1 : i == 1 ? 0 : i);
        t.enter();

        assertThat(t.rows().subList(2, 9))
                .containsExactly(
                        "◐ Partly right 1 of 2 points",
                        "Your pairs:",
                        "  ✗ Vladimir Medinsky → deputy defence minister  right: former culture minister",
                        "  ✗ Alexander Fomin → former culture minister  right: deputy defence minister",
                        "  ✓ Mikhail Galuzin → deputy foreign minister",
                        "  ✓ Igor Kostyukov → head of military intelligence",
                        "Rule: each pair scored on its own — 2 of 4 pairs right");
    }

    @Test
    void match_aPairLeftOpen_isShownAsNone_withItsPartner() {
        MatchQuestion q = (MatchQuestion) AnsweringByKeysTest.question("delegation-roles");
        ScreenTester t = on(q.id());
        List<String> numbers = Answering.rightNumbers(
                t, q.pairs().stream().map(MatchQuestion.Pair::right).toList());
        t.type("a" + numbers.get(0));
        t.enter();

        assertThat(t.rows().subList(4, 8))
                .containsExactly(
                        "  ✓ Vladimir Medinsky → former culture minister",
                        "  – Alexander Fomin → (none)  right: deputy defence minister",
                        "  – Mikhail Galuzin → (none)  right: deputy foreign minister",
                        "  – Igor Kostyukov → (none)  right: head of military intelligence");
    }

    @Test
    void order_oneItemMoved_isTheOneMarkedOutOfPlace_andTheRightOrderFollows() {
        OrderQuestion q = (OrderQuestion) AnsweringByKeysTest.question("road-to-istanbul");
        ScreenTester t = on(q.id());
        List<String> items = q.items();
        Answering.arrange(t, List.of(items.get(1), items.get(2), items.get(0), items.get(3), items.get(4)));
        t.enter();

        assertThat(t.rows().subList(3, 18))
                .containsExactly(
                        "Your order:",
                        "  ✓ 1. Zelenskiy challenges Putin to a personal meeting in Turkey",
                        "  ✓ 2. Trump calls on Putin to travel to Istanbul",
                        "  ✗ 3. Putin uses a late-night Kremlin address to call for direct talks in",
                        "    Istanbul  belongs at 1",
                        "  ✓ 4. The Kremlin says Medinsky will lead its delegation",
                        "  ✓ 5. A US official says Trump will also skip the talks",
                        "Right order:",
                        "    1. Putin uses a late-night Kremlin address to call for direct talks in",
                        "    Istanbul",
                        "    2. Zelenskiy challenges Putin to a personal meeting in Turkey",
                        "    3. Trump calls on Putin to travel to Istanbul",
                        "    4. The Kremlin says Medinsky will lead its delegation",
                        "    5. A US official says Trump will also skip the talks",
                        "Rule: the share of items in the right order relative to each other — 8 of 10");
    }

    @Test
    void cloze_eachBlankMarked_theWrongOnesWithTheirAnswer() {
        ScreenTester t = on("revive-2022-terms");
        Answering.fillBlanks(t, List.of("Vladimir Medinsky", "2021", "army", ""));
        t.enter();

        assertThat(t.rows().subList(2, 8))
                .containsExactly(
                        "◐ Partly right 1 of 2 points",
                        "Your blanks:",
                        "  ✓ (1) Vladimir Medinsky",
                        "  ✗ (2) 2021  right: 2022",
                        "  ✓ (3) army",
                        "  – (4) (none)  right: Western");
    }

    @Test
    void freeText_keepsTheCharacterDiff() {
        Question q = AnsweringByKeysTest.question("medinsky-former-post");
        ScreenTester t = on(q.id());
        t.type("sports minister");
        t.enter();

        assertThat(t.text())
                .contains("Your answer: sports minister", "Expected:    ")
                .doesNotContain("Your picks");
    }

    @Test
    void ruleLine_ofTheRightParagraphButAnotherSentence_saysSoOnce() {
        ScreenTester t =
                new ScreenTester(Fixtures.only(Fixtures.whoSaid(), AnsweringByKeysTest.question("save-lives-claim")));
        Answering.pointAt(t, new dev.lectern.article.SentenceRef(20, 1));
        t.enter();

        assertThat(t.rows()).contains("Rule: the right paragraph, but another sentence");
        assertThat(t.text()).doesNotContain("— the right paragraph");
    }

    @Test
    void theFeedbacksHelp_saysWhatTheMarksMean() {
        ScreenTester t = on("delegation-members");
        t.type(Answering.letterOf(t, "Alexander Fomin"));
        t.enter();
        t.type("?");

        assertThat(t.text())
                .contains(
                        "✓ ✗           a part (pick, pair, item, blank) right, wrong",
                        "◐ –           a blank partly right; a pair or blank left open");
    }
}
