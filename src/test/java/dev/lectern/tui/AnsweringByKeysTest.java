package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every question of the bundled sets answered through key presses, as a learner would, once right and once
 * wrong: the feedback screen shows the engine's verdict, the expected answer and the evidence paragraph.
 */
class AnsweringByKeysTest {
    static Stream<Object[]> everyQuestion() {
        return Fixtures.everyQuestion().map(o ->
                new Object[] {((Question) o[1]).typeName() + " " + ((Question) o[1]).id(), o[0], o[1]});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyQuestion")
    void rightAnswer_feedbackSaysCorrect_withTheAnswerAndTheEvidenceParagraph(
            String name, QuestionSet set, Question q) {
        ScreenTester t = new ScreenTester(Fixtures.only(set, q));
        Answering.right(t, q);

        assertThat(t.view()).isInstanceOf(FeedbackView.class);
        assertThat(t.rows().get(2)).startsWith("✓ Correct " + Format.points(q.points()) + " of ");
        String all = Answering.feedbackText(t);
        if (Answering.inParts(q)) {
            assertThat(all).doesNotContain("Your answer: ", "✗");
            for (String part : Answering.rightParts(q)) {
                assertThat(all).contains(part);
            }
        } else {
            assertThat(all).contains("Your answer: ");
            for (String piece : Answering.expected(q)) {
                assertThat(all).contains(piece);
            }
        }
        assertThat(all).contains("¶ " + Answering.firstEvidenceParagraph(q));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyQuestion")
    void wrongAnswer_feedbackSaysWrong_andShowsTheExpectedAnswerAndTheEvidenceParagraph(
            String name, QuestionSet set, Question q) {
        ScreenTester t = new ScreenTester(Fixtures.only(set, q));
        Answering.wrong(t, q);

        assertThat(t.rows().get(2)).startsWith("✗ Wrong ");
        String all = Answering.feedbackText(t);
        if (Answering.inParts(q)) {
            assertThat(all).contains("✗ ").doesNotContain("Expected: ");
            for (String correction : Answering.corrections(q)) {
                assertThat(all).contains(correction);
            }
        } else {
            assertThat(all).contains("Expected: ");
            String expected = all.substring(all.indexOf("Expected: "));
            for (String piece : Answering.expected(q)) {
                assertThat(expected).contains(piece);
            }
        }
        assertThat(all).contains("¶ " + Answering.firstEvidenceParagraph(q));
    }

    @Test
    void bundledSets_haveEveryKind_soTheTestsAboveCoverThemAll() {
        Set<String> kinds =
                Fixtures.everyQuestion().map(o -> ((Question) o[1]).typeName()).collect(Collectors.toSet());
        assertThat(kinds)
                .containsExactlyInAnyOrder(
                        "choice", "multi", "true-false", "short", "number", "cloze", "order", "match", "evidence");
    }

    @Test
    void clozeWithOneBlankRight_isPartlyRight() {
        ClozeQuestion q = (ClozeQuestion) question("revive-2022-terms");
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), q));
        Answering.fillBlanks(t, List.of("Medinsky", "zzz", "zzz", "zzz"));
        assertThat(t.text()).contains("(1)[Medinsky]", "(2)[zzz]");
        t.enter();

        assertThat(t.rows().get(2)).startsWith("◐ Partly right 0.5 of 2 points");
        assertThat(t.rows().subList(3, 8))
                .containsExactly(
                        "Your blanks:",
                        "  ✓ (1) Medinsky",
                        "  ✗ (2) zzz  right: 2022",
                        "  ✗ (3) zzz  right: military",
                        "  ✗ (4) zzz  right: Western");
        assertThat(t.flat()).contains("¶ 10");
    }

    @Test
    void multiWithSomeRightPicks_isPartlyRight() {
        MultiQuestion q = (MultiQuestion) question("delegation-members");
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), q));
        t.type(Answering.letterOf(t, "Alexander Fomin"));
        assertThat(t.text()).contains("[x] Alexander Fomin");
        t.enter();

        assertThat(t.rows().get(2)).startsWith("◐ Partly right");
        assertThat(t.rows().subList(3, 6))
                .containsExactly("Your picks:", "  ✓ Alexander Fomin", "Right, but not picked:");
        assertThat(t.rows().subList(6, 8))
                .as("in the order shown")
                .containsExactlyInAnyOrder("  · Mikhail Galuzin", "  · Igor Kostyukov");
        assertThat(t.flat()).contains("¶ 9");
    }

    @Test
    void evidenceInTheRightParagraphButAnotherSentence_isPartlyRight() {
        EvidenceQuestion q = (EvidenceQuestion) question("save-lives-claim");
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.whoSaid(), q));
        Answering.pointAt(t, new dev.lectern.article.SentenceRef(20, 1));
        t.enter();

        assertThat(t.rows().get(2)).startsWith("◐ Partly right 0.5 of 1 point");
        assertThat(t.flat()).contains("Your answer: 20.1", "Expected: 20.2", "¶ 20");
    }

    @Test
    void evidenceAlsoAccepted_isCorrect() {
        EvidenceQuestion q = (EvidenceQuestion) question("maximalist-demands");
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), q));
        Answering.pointAt(t, new dev.lectern.article.SentenceRef(10, 1));
        t.enter();

        assertThat(t.rows().get(2)).startsWith("✓ Correct 1 of 1 point");
        assertThat(t.flat()).contains("Your answer: 10.1", "Expected: 28.1", "¶ 28");
    }

    @Test
    void multi_byArrowsAndSpace() {
        MultiQuestion q = (MultiQuestion) question("us-envoys-to-turkey");
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.whoSaid(), q));
        for (int i = 0; i < q.choices().size(); i++) {
            String row = t.rows().get(5 + i);
            boolean right = q.answers().stream()
                    .anyMatch(a -> row.endsWith("] " + q.choices().get(a)));
            if (right) {
                t.type(" ");
            }
            t.press(KeyType.ArrowDown);
        }
        assertThat(t.rows().subList(5, 10)).filteredOn(r -> r.contains("[x]")).hasSize(3);
        t.enter();

        assertThat(t.rows().get(2)).startsWith("✓ Correct 2 of 2 points");
    }

    @Test
    void choice_byArrowsAndEnter() {
        Question q = question("ceasefire-objection");
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), q));
        int target = Answering.letterOf(t, "rearm and regroup").charAt(0) - 'a';
        t.press(KeyType.ArrowDown, target);
        t.enter();

        assertThat(t.rows().get(2)).startsWith("✓ Correct");
    }

    @Test
    void order_JAndShiftDown_moveTheSelectedItemDown_KAndShiftUpMoveItUp() {
        dev.lectern.model.OrderQuestion q = (dev.lectern.model.OrderQuestion) question("road-to-istanbul");
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), q));
        List<String> start = Answering.shownOrder(t, q.items());

        t.type("J");
        assertThat(Answering.shownOrder(t, q.items())).startsWith(start.get(1), start.get(0), start.get(2));
        t.press(new com.googlecode.lanterna.input.KeyStroke(KeyType.ArrowDown, false, false, true));
        assertThat(Answering.shownOrder(t, q.items())).startsWith(start.get(1), start.get(2), start.get(0));
        t.press(new com.googlecode.lanterna.input.KeyStroke(KeyType.ArrowUp, false, false, true));
        t.type("K");
        assertThat(Answering.shownOrder(t, q.items())).isEqualTo(start);
    }

    @Test
    void match_aPairCanBeChanged_untilEnter() {
        dev.lectern.model.MatchQuestion q = (dev.lectern.model.MatchQuestion) question("delegation-roles");
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), q));
        List<String> numbers =
                Answering.rightNumbers(t, q.pairs().stream().map(p -> p.right()).toList());
        String wrongFirst = numbers.get(1);
        t.type("a" + wrongFirst);
        assertThat(t.text()).contains("a) Vladimir Medinsky → " + wrongFirst);
        Answering.pair(t, q, i -> i);
        assertThat(t.text()).contains("a) Vladimir Medinsky → " + numbers.get(0));
        t.enter();

        assertThat(t.rows().get(2)).startsWith("✓ Correct 2 of 2 points");
    }

    @Test
    void trueFalse_footerOffersTAndF() {
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), question("kyiv-rejected-terms")));
        assertThat(t.rows().get(23)).startsWith("t f a-b pick  ↑↓ move  Enter submit");
        t.type("f");
        t.type("t");
        int row = t.rowOf("a) True");
        assertThat(t.cell(9, row).isReversed()).as("True is selected").isTrue();
        assertThat(t.cell(9, row + 1).isReversed()).as("False is not").isFalse();
        t.enter();
        assertThat(t.flat()).contains("✓ Correct", "Your answer: true");
    }

    @Test
    void number_withItsUnitTyped_isCorrect() {
        Question q = question("ceasefire-length");
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), q));
        assertThat(t.text()).contains("Answer (days):");
        t.type("30 days");
        t.enter();

        assertThat(t.rows().get(2)).startsWith("✓ Correct");
        assertThat(t.flat()).contains("Your answer: 30 days", "¶ 26");
    }

    @Test
    void textField_editsWithArrowsBackspaceAndDelete() {
        Question q = question("zelenskiy-ankara");
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), q));
        t.type("Ankxra");
        t.press(KeyType.ArrowLeft, 2);
        t.press(KeyType.Backspace);
        t.type("a");
        t.press(KeyType.End);
        t.type("!");
        t.press(KeyType.Backspace);
        t.press(KeyType.Home);
        t.press(KeyType.Delete);
        t.type("A");
        assertThat(t.text()).contains("Answer: Ankara");
        t.enter();

        assertThat(t.rows().get(2)).startsWith("✓ Correct");
    }

    static Question question(String id) {
        return Fixtures.bundled().stream()
                .flatMap(s -> s.questions().stream())
                .filter(q -> q.id().equals(id))
                .findFirst()
                .orElseThrow();
    }
}
