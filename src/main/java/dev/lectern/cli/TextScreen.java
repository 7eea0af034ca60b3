package dev.lectern.cli;

import dev.lectern.tui.TerminalQuery;
import dev.lectern.tui.TextUi;
import dev.lectern.tui.Theme;
import dev.lectern.tui.View;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The terminal a text UI is drawn on, for {@code lectern [SET]} and {@code lectern review} alike: whether this
 * process has one it can use, and running a first view on it until the learner quits. Tests pass a headless one
 * (a view on Lanterna's virtual terminal); the launcher's class-data training a stand-in ({@link CdsTraining}).
 */
interface TextScreen {
    boolean present();

    /**
     * Why the terminal there is cannot show a text UI, when it cannot: {@code TERM=dumb} (Emacs' shell, some IDE
     * consoles) moves no cursor and has no alternate screen, so it would get a blank wait and then garbage.
     */
    default Optional<String> unfit() {
        return Optional.empty();
    }

    /**
     * Starts making the terminal ready (its modes and size, on a thread of its own) while the caller loads what
     * the first screen shows; the text UI then runs on what this returns. Called once it is sure the UI starts.
     */
    Opened open();

    /** A terminal being made ready, to run one text UI on. */
    interface Opened {
        /**
         * Runs {@code first} until the learner quits; returns the exit code (0, or 70 after an unexpected error).
         * {@code theme} is asked for once the terminal is ready; {@code afterFirstFrame} runs once the first screen
         * is drawn; {@code notices} gives what the learner must know at once (the history was damaged and moved
         * aside), asked between keys and drawn over the screen.
         */
        int run(
                View first,
                Supplier<Theme> theme,
                Runnable afterFirstFrame,
                Supplier<Optional<String>> notices,
                Clock clock,
                PrintWriter err);
    }

    /** As {@link #open()} and {@link Opened#run}, with the theme at hand and nothing to do after the first frame. */
    default int run(View first, Theme theme, Clock clock, PrintWriter err) {
        return open().run(first, () -> theme, () -> {}, Optional::empty, clock, err);
    }

    /** The line that refuses {@link #unfit} terminals, pointing at what works without one. */
    static String refusal(String command, String why) {
        return command + ": " + why + ". Run it in a terminal emulator (TERM=xterm-256color, for one); to grade"
                + " answer sheets without a terminal use lectern --batch SET, to list the sets lectern --list.";
    }

    /** This process's terminal, when standard input and output are one; error logs go to {@code $TMPDIR}. */
    static TextScreen system(Map<String, String> env) {
        return new TextScreen() {
            @Override
            public boolean present() {
                return Console.interactive();
            }

            @Override
            public Optional<String> unfit() {
                String term = env.getOrDefault("TERM", "");
                return term.equals("dumb")
                        ? Optional.of("this terminal (TERM=dumb) cannot move the cursor or"
                                + " clear the screen, which the text UI needs")
                        : Optional.empty();
            }

            @Override
            public Opened open() {
                TerminalQuery query = TerminalQuery.start();
                Path logs = Path.of(env.getOrDefault("TMPDIR", "/tmp"));
                return (first, theme, afterFirstFrame, notices, clock, err) ->
                        TextUi.run(first, query, afterFirstFrame, theme, logs, clock, err, notices);
            }
        };
    }
}
