package dev.lectern.tui;

import com.googlecode.lanterna.TerminalSize;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The terminal's modes ({@code stty -g}) and size ({@code stty size}), asked for on a background thread as soon as
 * the text UI is sure to start, so the two runs (new processes, some 8 ms each) overlap with loading instead of
 * delaying the first screen. Both only read the terminal. Whatever cannot be told is empty, and the terminal
 * then asks the usual way.
 */
public final class TerminalQuery {
    private final Ahead<Answers> answers;

    private record Answers(Optional<String> modes, Optional<TerminalSize> size) {
    }

    private TerminalQuery(File terminal) {
        answers = Ahead.start("lectern-terminal-query", () -> {
            // Both at once: each run is mostly waiting for a new process.
            Optional<Process> modes = stty(terminal, "-g");
            Optional<Process> size = stty(terminal, "size");
            return new Answers(modes.flatMap(TerminalQuery::output),
                    size.flatMap(TerminalQuery::output).flatMap(TerminalQuery::size));
        });
    }

    /** Starts asking the controlling terminal. */
    public static TerminalQuery start() {
        return new TerminalQuery(new File("/dev/tty"));
    }

    /** Starts asking {@code terminal}: {@code /dev/null} when rehearsing, where nothing can be told. */
    static TerminalQuery start(File terminal) {
        return new TerminalQuery(terminal);
    }

    /** The modes to restore at the end, in {@code stty -g} form. */
    Optional<String> modes() {
        return answers.get().modes();
    }

    Optional<TerminalSize> size() {
        return answers.get().size();
    }

    /** Starts stty as Lanterna does ({@code /bin/stty} where it is), on {@code terminal}. */
    private static Optional<Process> stty(File terminal, String argument) {
        String stty = new File("/bin/stty").canExecute() ? "/bin/stty" : "stty";
        try {
            return Optional.of(new ProcessBuilder(stty, argument).redirectInput(terminal)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start());
        } catch (IOException e) {
            return Optional.empty();
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
