package dev.lectern.tui;

import com.googlecode.lanterna.TerminalSize;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The terminal made ready on a background thread as soon as the text UI is sure to start, so that the new
 * processes it takes (some 8 ms each) overlap with loading instead of delaying the first screen: its modes are
 * saved ({@code stty -g}), its size asked ({@code stty size}), and then the modes the text UI needs are set, as
 * Lanterna would set them ({@link #UI_MODES}). Until a {@link QuickTerminal} takes the terminal over, a shutdown
 * hook puts the saved modes back, so a start that ends before the text UI does (a set that cannot be used) leaves
 * the terminal as it found it. Whatever cannot be told is empty, and the terminal then does it the usual way.
 */
public final class TerminalQuery {
    /** What Lanterna asks of stty for the text UI: no line editing, no echo, Ctrl-C as a key. */
    static final List<String> UI_MODES = List.of("-icanon", "min", "1", "-echo", "intr", "undef");

    private final File terminal;
    private final Ahead<Answers> answers;
    private final Thread restore;
    private boolean handedOver;

    private record Answers(Optional<String> modes, Optional<TerminalSize> size, boolean uiModesSet) {
    }

    private TerminalQuery(File terminal) {
        this.terminal = terminal;
        this.restore = new Thread(this::restoreUnlessHandedOver, "lectern-terminal-restore");
        Runtime.getRuntime().addShutdownHook(restore);
        answers = Ahead.start("lectern-terminal-query", () -> {
            // Both at once: each run is mostly waiting for a new process.
            Optional<Process> modes = stty(terminal, List.of("-g"));
            Optional<Process> size = stty(terminal, List.of("size"));
            Optional<String> saved = modes.flatMap(TerminalQuery::output);
            boolean set = saved.isPresent() && stty(terminal, UI_MODES).map(TerminalQuery::succeeded).orElse(false);
            return new Answers(saved, size.flatMap(TerminalQuery::output).flatMap(TerminalQuery::size), set);
        });
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

    private void restoreUnlessHandedOver() {
        Answers done = answers.get();
        synchronized (this) {
            if (!handedOver && done.uiModesSet()) {
                stty(terminal, List.of(done.modes().orElseThrow())).ifPresent(TerminalQuery::succeeded);
            }
        }
    }

    /** The modes to restore at the end, in {@code stty -g} form. */
    Optional<String> modes() {
        return answers.get().modes();
    }

    Optional<TerminalSize> size() {
        return answers.get().size();
    }

    /** Starts stty as Lanterna does ({@code /bin/stty} where it is), on {@code terminal}. */
    private static Optional<Process> stty(File terminal, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(new File("/bin/stty").canExecute() ? "/bin/stty" : "stty");
        command.addAll(arguments);
        try {
            return Optional.of(new ProcessBuilder(command).redirectInput(terminal)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static boolean succeeded(Process process) {
        try {
            process.getInputStream().readAllBytes();
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** What {@code process} printed, when it succeeded: one line. */
    private static Optional<String> output(Process process) {
        try {
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return process.waitFor() == 0 && !out.isEmpty() ? Optional.of(out) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** {@code stty size} prints rows, then columns. */
    static Optional<TerminalSize> size(String rowsAndColumns) {
        String[] parts = rowsAndColumns.trim().split("\\s+");
        try {
            int rows = Integer.parseInt(parts[0]);
            int columns = parts.length == 2 ? Integer.parseInt(parts[1]) : 0;
            return rows > 0 && columns > 0 ? Optional.of(new TerminalSize(columns, rows)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
