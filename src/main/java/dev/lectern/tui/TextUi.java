package dev.lectern.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Runs a view on the real terminal and always gives the terminal back as it was: after a normal quit, Ctrl-C
 * (trapped, so it arrives as a key) or an unexpected exception, which is reported in one line with a log file.
 */
public final class TextUi {
    private TextUi() {}

    /**
     * Returns the exit code: 0, or 70 after an unexpected error (logged under {@code logDir}).
     * {@code query}: the terminal's modes and size, asked for ahead; {@code theme}: asked for once the terminal is
     * ready; {@code afterFirstFrame} runs once the first screen is drawn.
     */
    public static int run(
            View first,
            TerminalQuery query,
            Runnable afterFirstFrame,
            Supplier<Theme> theme,
            Path logDir,
            Clock clock,
            PrintWriter err) {
        return run(first, query, afterFirstFrame, theme, logDir, clock, err, java.util.Optional::empty);
    }

    /** As above, showing on screen each new notice {@code notices} gives ({@link ScreenLoop#showingNotices}). */
    public static int run(
            View first,
            TerminalQuery query,
            Runnable afterFirstFrame,
            Supplier<Theme> theme,
            Path logDir,
            Clock clock,
            PrintWriter err,
            Supplier<java.util.Optional<String>> notices) {
        Terminal terminal = null;
        TerminalScreen screen = null;
        ScreenLoop.Signals signals = ScreenLoop.Signals.NONE;
        try {
            terminal = openTerminal(query);
            screen = new TerminalScreen(terminal);
            screen.startScreen();
            if (terminal instanceof QuickTerminal quick) {
                signals = JobControl.install(quick, screen);
            }
            // The theme last: it may still be in the making on another thread (Theme.forStart).
            new ScreenLoop(screen, theme.get(), signals).showingNotices(notices).run(first, afterFirstFrame);
            return 0;
        } catch (IOException | RuntimeException e) {
            stop(screen, terminal);
            screen = null;
            err.println("lectern: unexpected error: " + e.getMessage() + " (details in " + log(e, logDir, clock) + ")");
            return 70;
        } finally {
            signals.uninstall();
            stop(screen, terminal);
        }
    }

    /** Lanterna's own choice of terminal, but with its modes set in one go on Unix-like systems. */
    private static Terminal openTerminal(TerminalQuery query) throws IOException {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
            return new DefaultTerminalFactory()
                    .setForceTextTerminal(true)
                    .setUnixTerminalCtrlCBehaviour(UnixLikeTerminal.CtrlCBehaviour.TRAP)
                    .createTerminal();
        }
        return new QuickTerminal(java.nio.charset.StandardCharsets.UTF_8, query);
    }

    private static void stop(TerminalScreen screen, Terminal terminal) {
        try {
            if (screen != null) {
                screen.stopScreen();
            } else if (terminal != null) {
                terminal.close();
            }
        } catch (IOException | RuntimeException e) {
            // The terminal is going away anyway; nothing more can be restored.
        }
    }

    private static Path log(Exception e, Path logDir, Clock clock) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                .withZone(java.time.ZoneOffset.UTC)
                .format(clock.instant());
        Path file = logDir.resolve("lectern-error-" + stamp + ".log");
        try {
            Files.createDirectories(logDir);
            Files.writeString(file, trace.toString());
        } catch (IOException io) {
            return Path.of("(could not write " + file + ": " + io.getMessage() + ")");
        }
        return file;
    }
}
