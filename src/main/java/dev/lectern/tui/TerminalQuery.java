package dev.lectern.tui;

import com.googlecode.lanterna.TerminalSize;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * The terminal made ready on a background thread as soon as the text UI is sure to start, so that the new
 * process it takes (some 8 ms) overlaps with loading instead of delaying the first screen: one shell saves its
 * modes ({@code stty -g}), asks its size ({@code stty size}) and then sets the modes the text UI needs, as
 * Lanterna would set them ({@link #UI_MODES}). Until a {@link QuickTerminal} takes the terminal over, a shutdown
 * hook puts the saved modes back, so a start that ends before the text UI does (a set that cannot be used) leaves
 * the terminal as it found it. Whatever cannot be told is empty, and the terminal then does it the usual way.
 */
public final class TerminalQuery {
    /** What Lanterna 3.1.3 asks of stty for the text UI: no line editing, no echo, Ctrl-C as a key. */
    static final List<String> LANTERNA_MODES = List.of("-icanon", "min", "1", "-echo", "intr", "undef");
    /**
     * The modes the text UI runs in: Lanterna's, and Ctrl-\ as a key too: as a signal (SIGQUIT) it made the JVM
     * paint a thread dump over the quiz. Ctrl-Z stays a signal, which {@link JobControl} handles.
     */
    static final List<String> UI_MODES = List.of("-icanon", "min", "1", "-echo", "intr", "undef", "quit", "undef");

    private final File terminal;
    private final Ahead<Answers> answers;
    private final Thread restore;
    private boolean handedOver;

    private record Answers(Optional<String> modes, Optional<TerminalSize> size, boolean uiModesSet) {}

    private TerminalQuery(File terminal) {
        this.terminal = terminal;
        this.restore = new Thread(this::restoreUnlessHandedOver, "lectern-terminal-restore");
        Runtime.getRuntime().addShutdownHook(restore);
        answers = Ahead.start("lectern-terminal-query", () -> ask(terminal));
    }

    /**
     * Saves, asks and sets in one shell: one new process from Java instead of three (the shell's own are cheap).
     * Each step runs only if the one before succeeded, so the modes are never set unless they were saved first.
     */
    private static Answers ask(File terminal) {
        String stty = stty();
        Optional<Process> shell = start(
                terminal,
                List.of(
                        "/bin/sh",
                        "-c",
                        stty + " -g && " + stty + " size && " + stty + " " + String.join(" ", UI_MODES)));
        if (shell.isEmpty()) {
            return new Answers(Optional.empty(), Optional.empty(), false);
        }
        try {
            List<String> lines = new String(shell.get().getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .map(String::strip)
                    .toList();
            boolean allDone = shell.get().waitFor() == 0 && lines.size() == 2;
            Optional<String> modes =
                    lines.isEmpty() || lines.get(0).isEmpty() ? Optional.empty() : Optional.of(lines.get(0));
            Optional<TerminalSize> size = lines.size() < 2 ? Optional.empty() : size(lines.get(1));
            return new Answers(modes, size, allDone);
        } catch (IOException e) {
            return new Answers(Optional.empty(), Optional.empty(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answers(Optional.empty(), Optional.empty(), false);
        }
    }

    /** Starts with the controlling terminal. */
    public static TerminalQuery start() {
        return new TerminalQuery(new File("/dev/tty"));
    }

    /** Starts with {@code terminal}: {@code /dev/null} when rehearsing, where nothing can be told or set. */
    static TerminalQuery start(File terminal) {
        return new TerminalQuery(terminal);
    }

    /**
     * Whether {@link #UI_MODES} are set already; from this call on, putting the saved modes back is the caller's
     * job (the shutdown hook is gone).
     */
    synchronized boolean handOver() {
        handedOver = true;
        try {
            Runtime.getRuntime().removeShutdownHook(restore);
        } catch (IllegalStateException shuttingDown) {
            // The hook is running or about to: it sees handedOver and leaves the terminal alone.
        }
        return answers.get().uiModesSet();
    }

    /** The modes to restore at the end, in {@code stty -g} form. */
    Optional<String> modes() {
        return answers.get().modes();
    }

    Optional<TerminalSize> size() {
        return answers.get().size();
    }

    private void restoreUnlessHandedOver() {
        Answers done = answers.get();
        synchronized (this) {
            if (!handedOver && done.uiModesSet()) {
                start(terminal, List.of(stty(), done.modes().orElseThrow())).ifPresent(TerminalQuery::waitFor);
            }
        }
    }

    /** stty as Lanterna runs it: {@code /bin/stty} where it is. */
    private static String stty() {
        return new File("/bin/stty").canExecute() ? "/bin/stty" : "stty";
    }

    /** Starts {@code command} reading {@code terminal}, its errors discarded. */
    private static Optional<Process> start(File terminal, List<String> command) {
        try {
            return Optional.of(new ProcessBuilder(command)
                    .redirectInput(terminal)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static void waitFor(Process process) {
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** {@code stty size} prints rows, then columns. */
    static Optional<TerminalSize> size(String rowsAndColumns) {
        String[] parts = rowsAndColumns.trim().split("\\s+", -1);
        try {
            int rows = Integer.parseInt(parts[0]);
            int columns = parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
            return rows > 0 && columns > 0 ? Optional.of(new TerminalSize(columns, rows)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
