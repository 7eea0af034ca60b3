package dev.lectern.tui;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The POSIX signals the text UI handles (SIGTSTP and SIGCONT for job control, SIGWINCH for resizes), through
 * {@code sun.misc.Signal} in {@code jdk.unsupported}: the JDK has no public API for them. This is the one class that
 * names it, because javac's warning for internal API cannot be suppressed: pom.xml compiles this file on its own,
 * without {@code -Werror}, before the rest of the code, which compiles with it.
 */
final class PosixSignals {
    private PosixSignals() {}

    /** What was in place before a {@link #handle} or {@link #byDefault}, to put back. */
    interface Previous {
        void restore();
    }

    /**
     * Runs {@code onSignal} (on the JVM's signal thread) each time the signal {@code name} arrives, from now on.
     *
     * @throws IllegalArgumentException where there is no such signal, or the JVM keeps it for itself
     * @throws UnsupportedOperationException where signals cannot be handled
     */
    static Previous handle(String name, Runnable onSignal) {
        return install(new Signal(name), signal -> onSignal.run());
    }

    /** Gives the signal {@code name} its default action (for SIGTSTP: stop the process) until restored. */
    static Previous byDefault(String name) {
        return install(new Signal(name), SignalHandler.SIG_DFL);
    }

    private static Previous install(Signal signal, SignalHandler handler) {
        SignalHandler before = Signal.handle(signal, handler);
        return () -> Signal.handle(signal, before);
    }
}
