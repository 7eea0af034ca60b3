package dev.lectern.cli;

import dev.lectern.tui.ScreenTester;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A {@link TextScreen} for the commands' tests: whatever view the command opens is put on Lanterna's headless
 * virtual terminal (a {@link ScreenTester}, through the real screen loop), and {@code learner} presses keys on it
 * and reads it; the work after the first frame (opening the history) runs as it does in the terminal.
 */
record HeadlessScreen(Consumer<ScreenTester> learner, Optional<String> unfit) implements TextScreen {
    // unfit(): the record component answers TextScreen.unfit, so a test can play a dumb terminal.
    HeadlessScreen(Consumer<ScreenTester> learner) {
        this(learner, Optional.empty());
    }

    @Override
    public boolean present() {
        return true;
    }

    @Override
    public Opened open() {
        return (first, theme, afterFirstFrame, notices, clock, err) -> {
            ScreenTester tester = new ScreenTester(first).showingNotices(notices);
            afterFirstFrame.run();
            learner.accept(tester);
            return 0;
        };
    }
}
