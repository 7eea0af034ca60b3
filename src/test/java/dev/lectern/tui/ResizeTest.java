package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resizing: below 60×16 a notice replaces the view; back above it the view is drawn again, at any size. */
class ResizeTest {
    private final ScreenTester t = new ScreenTester(Fixtures.practice(Fixtures.istanbul()));

    @Test
    void tooSmall_showsTheNoticeAlone() {
        t.resize(50, 12);

        assertThat(t.rows()).hasSize(12);
        assertThat(t.flat()).startsWith("Terminal too small (needs 60×16, has 50×12). Enlarge it to go on;");
        assertThat(t.text()).doesNotContain("Question", "Kremlin");
        assertThat(t.rows()).allMatch(r -> r.length() <= 50);
    }

    @Test
    void tooSmall_ignoresKeys_soNothingHappensUnseen() {
        t.resize(50, 12);
        View before = t.view();
        t.type("b");
        t.enter();

        assertThat(t.view()).isSameAs(before);
        t.resize(80, 24);
        assertThat(t.rows().get(0)).startsWith("Question 1 of 13");
    }

    @Test
    void backToFullSize_drawsTheViewAgain_withNoTraceOfTheNotice() {
        List<String> before = t.rows();
        t.resize(50, 12);
        t.resize(80, 24);

        assertThat(t.rows()).isEqualTo(before);
        assertThat(t.text()).doesNotContain("too small");
    }

    @Test
    void large_200x50_drawsEverythingInPlace() {
        t.resize(200, 50);

        assertThat(t.rows()).hasSize(50);
        assertThat(t.rows().get(0))
                .startsWith("Question 1 of 13")
                .endsWith("score 0/0")
                .hasSize(200);
        // At 200 columns the set's description, shown as the quiz begins, takes two rows.
        assertThat(t.rows().get(3))
                .startsWith(Fixtures.istanbul().description().orElseThrow().substring(0, 40));
        assertThat(t.rows().get(6))
                .isEqualTo(Fixtures.istanbul().questions().get(0).prompt());
        assertThat(t.rows().get(49)).startsWith("a-d pick");
        Answering.right(t, Fixtures.istanbul().questions().get(0));
        assertThat(t.rows().get(2)).startsWith("✓ Correct");
        assertThat(t.rows().get(49)).startsWith("Enter next");
    }

    @Test
    void theRealLoop_redrawsOnResize_withoutWaitingForAKey_andCtrlCEndsIt() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        ScreenLoop loop = new ScreenLoop(screen, Theme.colour());
        Thread ui = new Thread(() -> {
            try {
                loop.run(Fixtures.practice(Fixtures.istanbul()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ui.start();
        try {
            awaitRow0(terminal, "Question 1 of 13");
            terminal.setTerminalSize(new TerminalSize(50, 12));
            awaitRow0(terminal, "Terminal too small");
            terminal.setTerminalSize(new TerminalSize(80, 24));
            awaitRow0(terminal, "Question 1 of 13");
            terminal.addInput(new KeyStroke('c', true, false));
            ui.join(5000);
            assertThat(ui.isAlive()).isFalse();
        } finally {
            ui.interrupt();
        }
    }

    private static void awaitRow0(DefaultVirtualTerminal terminal, String start) throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        String row = "";
        while (System.nanoTime() < deadline) {
            StringBuilder b = new StringBuilder();
            for (int c = 0; c < terminal.getTerminalSize().getColumns(); c++) {
                b.append(terminal.getCharacter(c, 0).getCharacterString());
            }
            row = b.toString();
            if (row.startsWith(start)) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("row 0 never started with '" + start + "'; it is '" + row.strip() + "'");
    }

    @Test
    void exactlyTheMinimum_60x16_drawsTheView() {
        t.resize(60, 16);

        assertThat(t.text()).doesNotContain("too small");
        assertThat(t.rows().get(0)).startsWith("Question 1 of 13");
        assertThat(t.rows().get(15)).startsWith("a-d pick");
    }
}
