package dev.lectern.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Lanterna's Unix terminal, made to start sooner:
 * <ul>
 *   <li>the modes to restore, the first size and the modes the text UI needs come from a {@link TerminalQuery}
 *   that saved, asked and set them while the rest was loading, instead of three {@code stty} runs (new processes)
 *   and a round trip to the terminal before the first screen; where it could not, Lanterna's requests to set
 *   modes are run as one {@code stty} run instead of four;</li>
 *   <li>output goes through a buffer: {@code System.out} flushes every write, and Lanterna writes each character
 *   on its own, so a full screen was some 3,000 system calls. Lanterna flushes the terminal after every
 *   refresh.</li>
 * </ul>
 */
class QuickTerminal extends UnixTerminal {
    // Not initialised in their declarations: the superclass constructor already calls runSTTYCommand.
    private List<String> pending;
    private boolean started;
    private String modesToRestore;
    private TerminalQuery query;
    /** The size until a resize or a stop makes it unknown (null); volatile: SIGWINCH arrives on its own thread. */
    private volatile TerminalSize known;

    private TerminalSize fallback;

    QuickTerminal(Charset charset, TerminalQuery query) throws IOException {
        this(System.in, new BufferedOutput(), charset, query);
    }

    /** On {@code in} and {@code out} instead of standard input and output: the rehearsal, and tests. */
    QuickTerminal(InputStream in, OutputStream out, Charset charset, TerminalQuery query) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
        this.query = query;
        fallback = new TerminalSize(80, 24);
        started = true;
        modesToRestore = query.modes().orElse(null);
        if (modesToRestore == null) {
            modesToRestore = runSTTYCommand("-g");
        }
        // Lanterna asks for exactly TerminalQuery.LANTERNA_MODES (pinned by QuickTerminalPinTest); the query set
        // those and more (Ctrl-\ as a key) in one go. Where it could not, all of them are set here, in one run.
        boolean alreadySet = query.handOver() && TerminalQuery.LANTERNA_MODES.equals(pending);
        if (pending != null && !pending.isEmpty() && !alreadySet) {
            List<String> modes = new ArrayList<>(pending);
            modes.addAll(
                    TerminalQuery.UI_MODES.subList(TerminalQuery.LANTERNA_MODES.size(), TerminalQuery.UI_MODES.size()));
            runSTTYCommand(modes.toArray(String[]::new));
        }
        pending = null;
    }

    /** Gives the terminal its modes from before the text UI back (Ctrl-Z: the shell gets a working terminal). */
    void leaveUiModes() throws IOException {
        restoreTerminalSettings();
    }

    /**
     * Sets the text UI's modes again (after {@code fg}: the shell put its own back) and forgets the size, which
     * may have changed meanwhile, with no SIGWINCH to say so while the process was stopped.
     */
    void enterUiModes() throws IOException {
        runSTTYCommand(TerminalQuery.UI_MODES.toArray(String[]::new));
        known = null;
    }

    /** Until the constructor is done, Lanterna's requests are gathered: the modes it saves, the modes it sets. */
    @Override
    protected String runSTTYCommand(String... parameters) throws IOException {
        if (started) {
            return super.runSTTYCommand(parameters);
        }
        boolean query = parameters.length == 1 && parameters[0].equals("-g");
        if (!query) {
            if (pending == null) {
                pending = new ArrayList<>();
            }
            pending.addAll(List.of(parameters));
        }
        return "";
    }

    /** Lanterna saved nothing (its {@code -g} was answered later): restore what the constructor saved. */
    @Override
    protected void restoreTerminalSettings() throws IOException {
        if (modesToRestore != null && !modesToRestore.isEmpty()) {
            runSTTYCommand(modesToRestore);
        }
    }

    /**
     * Lanterna builds a dynamic proxy for its resize handler (so that it compiles without {@code sun.misc}), which
     * took some 9 ms before the first screen; this registers the same handler directly. A resize makes the size
     * unknown, so the handler's size request asks the terminal again.
     */
    @Override
    protected void registerTerminalResizeListener(Runnable onResize) {
        try {
            PosixSignals.handle("WINCH", () -> {
                known = null;
                onResize.run();
            });
        } catch (IllegalArgumentException | UnsupportedOperationException noSuchSignal) {
            // No SIGWINCH on this system: the size is then read again only when Lanterna asks.
        }
    }

    /**
     * The size asked for ahead the first time, then the same until a resize or a stop; then {@code stty size}.
     * Never Lanterna's own way, a cursor report the terminal is asked for and waited for 5 s each time: a
     * terminal that does not answer (a pipe behind {@code script}, a serial line with no size set) got 10 s of
     * blank screen before the first frame. Where the size cannot be told, the last one known, first 80×24.
     */
    @Override
    protected TerminalSize findTerminalSize() throws IOException {
        if (known != null) {
            return known;
        }
        Optional<TerminalSize> size = Optional.empty();
        if (query != null) {
            size = query.size();
            query = null;
        }
        if (size.isEmpty()) {
            try {
                size = TerminalQuery.size(runSTTYCommand("size"));
            } catch (IOException noTerminalToAsk) {
                // No /dev/tty to run stty on: the size stays what it was.
            }
        }
        known = size.orElse(fallback);
        fallback = known;
        return known;
    }

    /**
     * A terminal for the launcher's class-data training, which has no terminal to spare: it reads {@code in},
     * writes to {@code out}, is 80×24 and never changes the real terminal's modes. It does ask, on
     * {@code /dev/null}, so that the classes starting a process needs are loaded, and archived, too.
     */
    static QuickTerminal rehearsal(InputStream in, OutputStream out) throws IOException {
        return new Rehearsal(in, out);
    }

    private static final class Rehearsal extends QuickTerminal {
        Rehearsal(InputStream in, OutputStream out) throws IOException {
            super(in, out, java.nio.charset.StandardCharsets.UTF_8, TerminalQuery.start(new java.io.File("/dev/null")));
        }

        @Override
        protected TerminalSize findTerminalSize() {
            return new TerminalSize(80, 24);
        }

        @Override
        protected String runSTTYCommand(String... parameters) {
            return "";
        }
    }

    /**
     * Standard output with a 64 KiB buffer. Lanterna flushes after each refresh, but not after asking the terminal
     * where the cursor is (how it learns the terminal's size) before it waits for the answer: that question is
     * sent at once.
     */
    private static final class BufferedOutput extends BufferedOutputStream {
        private static final byte[] CURSOR_REPORT_REQUEST = {27, '[', '6', 'n'};

        BufferedOutput() {
            super(new FileOutputStream(FileDescriptor.out), 1 << 16);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            super.write(b, off, len);
            if (Arrays.equals(b, off, off + len, CURSOR_REPORT_REQUEST, 0, CURSOR_REPORT_REQUEST.length)) {
                flush();
            }
        }
    }
}
