package dev.lectern.cli;

import dev.lectern.tui.TerminalQuery;
import dev.lectern.tui.TextUi;
import dev.lectern.tui.Theme;
import dev.lectern.tui.View;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/** The terminal a text UI is drawn on: whether this process has one, and running a first view on it until it quits. */
interface TextScreen {
    boolean present();

    /** Runs {@code first} until the learner quits; returns the exit code (0, or 70 after an unexpected error). */
    int run(View first, Theme theme, Clock clock, PrintWriter err);

    /** This process's terminal, when standard input and output are one; error logs go to {@code $TMPDIR}. */
    static TextScreen system(Map<String, String> env) {
        return new TextScreen() {
            @Override
            public boolean present() {
                return Console.interactive();
            }

            @Override
            public int run(View first, Theme theme, Clock clock, PrintWriter err) {
                return TextUi.run(first, TerminalQuery.start(), () -> { }, () -> theme, Path.of(env.getOrDefault("TMPDIR", "/tmp")),
                        clock, err);
            }
        };
    }
}
