package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Ctrl-L repaints the whole terminal: what another program wrote over the quiz is gone, the view unchanged. */
class RedrawTest {
    @Test
    void ctrlL_repaintsWhatAnotherProgramWroteOver_andLeavesTheViewAsItWas() {
        ScreenTester t = new ScreenTester(Fixtures.practice(Fixtures.istanbul()));
        List<String> before = t.rows();
        View view = t.view();

        t.scribble(0, 0, "wall: the system is going down");
        assertThat(t.rows().get(0)).startsWith("wall: the system");
        t.ctrl('l');

        assertThat(t.rows()).isEqualTo(before);
        assertThat(t.view()).isSameAs(view);
    }

    @Test
    void ctrlBackslash_isAKeyThatDoesNothing() {
        ScreenTester t = new ScreenTester(Fixtures.practice(Fixtures.istanbul()));
        List<String> before = t.rows();
        View view = t.view();

        t.ctrl('\\');

        assertThat(t.rows()).isEqualTo(before);
        assertThat(t.view()).isSameAs(view);
    }
}
