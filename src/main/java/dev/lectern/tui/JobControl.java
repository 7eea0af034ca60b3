package dev.lectern.tui;

import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Ctrl-Z and {@code fg} in the text UI. Without this, Ctrl-Z stopped the JVM with the terminal still in the UI's
 * modes and on the alternate screen, and after {@code fg} the shell had put its own (cooked) modes back and nothing
 * was redrawn. The signals only raise flags (they arrive on the JVM's signal thread); the screen loop's thread,
 * which owns the terminal, acts on them between keys ({@link ScreenLoop.Signals}):
 * <ul>
 *   <li>SIGTSTP (Ctrl-Z, or {@code kill -TSTP}): leave the alternate screen, give the terminal its modes from
 *   before back, then stop for real (the default action, raised again); on {@code fg}, set the UI's modes again,
 *   re-enter the alternate screen and repaint it whole;</li>
 *   <li>SIGCONT alone (a {@code kill -STOP} from outside, then {@code fg}): set the UI's modes again and repaint.</li>
 * </ul>
 */
final class JobControl implements ScreenLoop.Signals {
    private final QuickTerminal terminal;
    private final TerminalScreen screen;
    private final AtomicBoolean stopAsked = new AtomicBoolean();
    private final AtomicBoolean continued = new AtomicBoolean();
    private PosixSignals.Previous stopBefore;
    private PosixSignals.Previous continueBefore;

    private JobControl(QuickTerminal terminal, TerminalScreen screen) {
        this.terminal = terminal;
        this.screen = screen;
    }

    /** Handles the two signals from now on, or nothing where they cannot be handled. */
    static ScreenLoop.Signals install(QuickTerminal terminal, TerminalScreen screen) {
        JobControl control = new JobControl(terminal, screen);
        try {
            control.stopBefore = PosixSignals.handle("TSTP", control::stopAsked);
            control.continueBefore = PosixSignals.handle("CONT", () -> control.continued.set(true));
            return control;
        } catch (IllegalArgumentException | UnsupportedOperationException noSuchSignal) {
            control.uninstall();
            return ScreenLoop.Signals.NONE;
        }
    }

    private void stopAsked() {
        stopAsked.set(true);
    }

    @Override
    public boolean arrived() throws IOException {
        if (stopAsked.getAndSet(false)) {
            stopUntilContinued();
            return true;
        }
        if (continued.getAndSet(false)) {
            terminal.enterUiModes();
            return true;
        }
        return false;
    }

    private void stopUntilContinued() throws IOException {
        screen.stopScreen(false);
        terminal.leaveUiModes();
        PosixSignals.Previous ours = PosixSignals.byDefault("TSTP");
        try {
            stopThisProcess();
        } finally {
            // Here after fg (or a SIGCONT).
            ours.restore();
        }
        terminal.enterUiModes();
        continued.set(false);
        screen.startScreen();
    }

    /**
     * Sends this process SIGTSTP, now with its default action: stop. From another process, {@code kill}, because
     * the JDK raises only signals that have a Java handler. Returns once the process is continued.
     */
    private static void stopThisProcess() throws IOException {
        Process kill = new ProcessBuilder(
                        "kill", "-TSTP", Long.toString(ProcessHandle.current().pid()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            kill.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void uninstall() {
        if (stopBefore != null) {
            stopBefore.restore();
        }
        if (continueBefore != null) {
            continueBefore.restore();
        }
    }
}
