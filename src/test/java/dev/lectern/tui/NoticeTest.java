package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** A notice the learner must know at once (the history moved aside) is drawn as it comes, without waiting for a key. */
class NoticeTest {
    @Test
    void aNotice_isShownAtOnceAboveTheKeys_andTheNextKeyHidesIt_andStillReachesTheView() throws Exception {
        DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        AtomicReference<Optional<String>> notice = new AtomicReference<>(Optional.empty());
        ScreenLoop loop = new ScreenLoop(screen, Theme.colour()).showingNotices(notice::get);
        Thread ui = new Thread(() -> {
            try {
                loop.run(Fixtures.practice(Fixtures.istanbul()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ui.start();
        try {
            await(terminal, "the first question", t -> t.startsWith("Question 1 of 13"));
            assertThat(screenText(terminal)).doesNotContain("!");
            notice.set(Optional.of("the history /h/progress.db was damaged; it was moved to"
                    + " /h/progress.db.broken-20260301-101530 and a new history was started"));
            // The whole notice, not its first words: the loop may be between drawing its first row and its last.
            await(
                    terminal,
                    "the notice",
                    t -> t.contains("! the history /h/progress.db was damaged; it was moved to")
                            && t.contains("and a new history was started (any key hides this)"));
            String shown = screenText(terminal);
            assertThat(shown)
                    .contains("/h/progress.db.broken-20260301-101530 and a new history was started (any"
                            + " key hides this)");
            assertThat(row(terminal, 23)).startsWith("a-d pick");
            terminal.addInput(new KeyStroke('b', false, false));
            await(
                    terminal,
                    "the feedback, without the notice",
                    t -> !t.contains("damaged") && !t.contains("Question 1 of 13 · a"));
            terminal.addInput(new KeyStroke('c', true, false));
            ui.join(5000);
            assertThat(ui.isAlive()).isFalse();
        } finally {
            ui.interrupt();
        }
    }

    private static String row(DefaultVirtualTerminal terminal, int r) {
        StringBuilder b = new StringBuilder();
        for (int c = 0; c < terminal.getTerminalSize().getColumns(); c++) {
            b.append(terminal.getCharacter(c, r).getCharacterString());
        }
        return b.toString();
    }

    private static String screenText(DefaultVirtualTerminal terminal) {
        StringBuilder b = new StringBuilder();
        for (int r = 0; r < terminal.getTerminalSize().getRows(); r++) {
            b.append(row(terminal, r).stripTrailing()).append(' ');
        }
        return b.toString().replaceAll(" +", " ");
    }

    private static void await(DefaultVirtualTerminal terminal, String what, Predicate<String> shown)
            throws InterruptedException {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (shown.test(screenText(terminal))) {
                return;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("never shown: " + what + "; the screen is: " + screenText(terminal));
    }
}
