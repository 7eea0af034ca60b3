package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Question;
import org.junit.jupiter.api.Test;

/** Hints: offered in the footer when the question has one, shown under the prompt after Ctrl-T. */
class HintTest {
    @Test
    void questionWithAHint_offersCtrlT_andShowsTheHintUnderThePromptAfterIt() {
        Question q = AnsweringByKeysTest.question("medinsky-former-post");
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), q));
        assertThat(t.rows().get(23)).contains("Ctrl-T hint");
        assertThat(t.text()).doesNotContain("Hint:");

        t.ctrl('t');

        assertThat(t.rows().get(3)).isEqualTo(q.prompt());
        assertThat(t.rows().get(4)).isEqualTo("Hint: " + q.header().hint().orElseThrow());
        assertThat(t.rows().get(6)).isEqualTo("  Answer:");
        assertThat(t.rows().get(23)).doesNotContain("Ctrl-T");
    }

    @Test
    void ctrlT_isNotTyped_intoTheAnswer() {
        Question q = AnsweringByKeysTest.question("medinsky-former-post");
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), q));
        t.type("culture");
        t.ctrl('t');
        t.type(" minister");

        assertThat(t.text()).contains("Answer: culture minister");
        t.enter();
        assertThat(t.rows().get(2)).startsWith("✓ Correct");
    }

    @Test
    void longHint_wrapsUnderThePrompt_andTheInputMovesDown() {
        Question q = AnsweringByKeysTest.question("maximalist-demands");
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), q));
        t.ctrl('t');

        assertThat(t.flat()).contains("Hint: " + q.header().hint().orElseThrow());
        assertThat(t.text()).contains("Selected: sentence 1.1");
    }

    @Test
    void questionWithoutAHint_offersNoCtrlT_andCtrlTChangesNothing() {
        Question q = AnsweringByKeysTest.question("delegation-lead");
        assertThat(q.header().hint()).isEmpty();
        ScreenTester t = new ScreenTester(Fixtures.only(Fixtures.istanbul(), q));
        String before = t.text();
        assertThat(before).doesNotContain("Ctrl-T");

        t.ctrl('t');

        assertThat(t.text()).isEqualTo(before);
    }

    @Test
    void hints_areOfferedInExamsToo() {
        ScreenTester t = new ScreenTester(Fixtures.exam(Fixtures.istanbul()));
        t.press(com.googlecode.lanterna.input.KeyType.Tab);
        assertThat(t.rows().get(23)).contains("Ctrl-T hint");
        t.ctrl('t');
        assertThat(t.text()).contains("Hint: Read paragraph 9");
    }
}
