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

/**
 * Lanterna's Unix terminal, but setting the terminal's modes with one {@code stty} run instead of four (each run
 * is a new process, and at start-up they added about 15 ms before the first screen), and writing through a
 * buffer: {@code System.out} flushes every write, and Lanterna writes each character on its own, so a full
 * screen was some 3,000 system calls. Lanterna flushes the terminal at the end of every refresh.
 */
class QuickTerminal extends UnixTerminal {
    // Not initialised in their declarations: the superclass constructor already calls runSTTYCommand.
    private List<String> pending;
    private boolean started;

    QuickTerminal(Charset charset) throws IOException {
        this(System.in, new BufferedOutput(), charset);
    }

    private QuickTerminal(InputStream in, OutputStream out, Charset charset) throws IOException {
        super(in, out, charset, CtrlCBehaviour.TRAP);
        started = true;
        if (pending != null && !pending.isEmpty()) {
            super.runSTTYCommand(pending.toArray(String[]::new));
            pending = null;
        }
    }

    @Override
    protected String runSTTYCommand(String... parameters) throws IOException {
        boolean query = parameters.length == 1 && parameters[0].equals("-g");
        if (started || query) {
            return super.runSTTYCommand(parameters);
        }
        if (pending == null) {
            pending = new ArrayList<>();
        }
        pending.addAll(List.of(parameters));
        return "";
    }

    /**
     * A terminal for the launcher's class-data training, which has no terminal to spare: it reads {@code in},
     * writes to {@code out}, is 80×24 and never changes the real terminal's modes. It does run {@code stty -g}, on
     * {@code /dev/null}, so that the classes starting a process needs are loaded, and archived, too.
     */
    static QuickTerminal rehearsal(InputStream in, OutputStream out) throws IOException {
        return new Rehearsal(in, out);
    }

    private static final class Rehearsal extends QuickTerminal {
        Rehearsal(InputStream in, OutputStream out) throws IOException {
            super(in, out, java.nio.charset.StandardCharsets.UTF_8);
        }

        @Override
        protected TerminalSize findTerminalSize() {
            return new TerminalSize(80, 24);
        }

        /** Asks for the modes, as a real start does; nothing that would set them is run. */
        @Override
        protected String runSTTYCommand(String... parameters) {
            if (parameters.length == 1 && parameters[0].equals("-g")) {
                try {
                    return super.runSTTYCommand(parameters);
                } catch (IOException e) {
                    return "";
                }
            }
            return "";
        }

        /** Runs {@code command} as Lanterna does, but reading {@code /dev/null}, not the terminal. */
        @Override
        protected String exec(String... command) throws IOException {
            Process process = new ProcessBuilder(command).redirectInput(new java.io.File("/dev/null"))
                    .redirectErrorStream(true).start();
            return new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
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
