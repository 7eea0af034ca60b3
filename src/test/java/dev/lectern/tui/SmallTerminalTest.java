package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** At the smallest size, 60×16, a question taller than the screen scrolls to keep the learner's place in sight. */
class SmallTerminalTest {
    private static ScreenTester small(String id) {
        Question q = AnsweringByKeysTest.question(id);
        QuestionSet set = Fixtures.bundled().stream()
                .filter(s -> s.questions().contains(q))
                .findFirst()
                .orElseThrow();
        return new ScreenTester(Fixtures.only(set, q), Theme.colour(), 60, 16);
    }

    @Test
    void matchTallerThanTheScreen_saysMoreBelow_andScrollsWhenTheLastItemIsPicked() {
        ScreenTester t = small("who-said-it");
        assertThat(t.rows().get(2)).endsWith("more ▼");
        assertThat(t.rows().get(3)).startsWith("Match each person");
        assertThat(t.rows().get(15)).startsWith("a-e ↑↓ left item");

        t.type("e");

        assertThat(t.rows().get(2)).endsWith("▲ more");
        assertThat(t.rows().get(14)).endsWith("Istanbul on Friday");
        assertThat(t.rows().get(15)).startsWith("a-e ↑↓ left item");
        t.type("a");
        assertThat(t.rows().get(3)).startsWith("Match each person");
    }

    @Test
    void clozeWithMoreBlanksThanRows_showsTheFieldBeingTyped() {
        ScreenTester t = small("revive-2022-terms");
        t.press(KeyType.Tab, 3);
        t.type("Western");

        assertThat(t.text()).contains("(4)[Western]", "(4) Western");
        assertThat(t.rows().get(15)).startsWith("Tab ⇧Tab");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dev.lectern.tui.AnsweringByKeysTest#everyQuestion")
    void everyQuestion_canBeAnsweredRight_at60x16(String name, QuestionSet set, Question q) {
        ScreenTester t = new ScreenTester(Fixtures.only(set, q), Theme.colour(), 60, 16);
        t.ctrl('t');
        assertThat(t.rows()).allMatch(r -> Lines.width(r) <= 60);
        Answering.right(t, q);

        assertThat(t.rows().get(2)).startsWith("✓ Correct");
        assertThat(t.rows().get(15)).startsWith("Enter next");
    }
}
