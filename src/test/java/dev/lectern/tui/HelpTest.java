package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

/** '?' opens the keys of the view it is pressed on, except where it is text being typed. */
class HelpTest {
    @Test
    void questionMark_onAChoiceQuestion_listsItsKeys_andAnyKeyGoesBack() {
        ScreenTester t = new ScreenTester(Fixtures.practice(Fixtures.istanbul()));
        View question = t.view();
        t.type("?");

        assertThat(t.view()).isInstanceOf(HelpView.class);
        assertThat(t.rows().get(0)).isEqualTo("Keys");
        assertThat(t.rows())
                .contains(
                        "  a-d           pick",
                        "  ↑↓            move",
                        "  Enter         submit",
                        "  Ctrl-R        article",
                        "  Esc           leave",
                        "  ?             this help (any key closes it)",
                        "  Ctrl-L        repaint the screen",
                        "  Ctrl-Z        suspend (fg comes back)",
                        "  Ctrl-C        quit");
        t.press(KeyType.Escape);
        assertThat(t.view()).isSameAs(question);
    }

    @Test
    void questionMark_inAShortAnswer_isTyped() {
        ScreenTester t =
                new ScreenTester(Fixtures.only(Fixtures.istanbul(), AnsweringByKeysTest.question("zelenskiy-ankara")));
        t.type("Ankara?");

        assertThat(t.view()).isInstanceOf(QuestionView.class);
        assertThat(t.text()).contains("Answer: Ankara?");
    }

    @Test
    void questionMark_inAClozeBlank_isTyped() {
        ScreenTester t =
                new ScreenTester(Fixtures.only(Fixtures.istanbul(), AnsweringByKeysTest.question("revive-2022-terms")));
        t.type("?");

        assertThat(t.view()).isInstanceOf(QuestionView.class);
        assertThat(t.text()).contains("(1)[?]");
    }

    @Test
    void questionMark_onTheSummary_listsTheSummaryKeys() {
        ScreenTester t = new ScreenTester(Fixtures.practice(Fixtures.istanbul()));
        t.press(KeyType.Escape);
        t.type("f");
        t.type("?");

        assertThat(t.text()).contains("review a question", "retry missed", "start screen", "quit");
    }

    @Test
    void questionMark_inAnExamReview_listsFinish() {
        ScreenTester t = new ScreenTester(Fixtures.exam(Fixtures.istanbul()));
        t.press(KeyType.Escape);
        t.type("?");

        assertThat(t.text()).contains("open a question", "finish and see the grades");
    }

    @Test
    void questionMark_inTheReadersSearch_isTyped() {
        ScreenTester t = new ScreenTester(Fixtures.home());
        t.type("r/?");

        assertThat(t.view()).isInstanceOf(ReaderView.class);
        assertThat(t.rows().get(23)).isEqualTo("/?");
    }

    @Test
    void ctrlC_quitsFromAnyView() {
        ScreenTester t = new ScreenTester(Fixtures.practice(Fixtures.istanbul()));
        t.ctrl('c');
        assertThat(t.view()).isNull();
    }
}
