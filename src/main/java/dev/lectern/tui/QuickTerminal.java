package dev.lectern.tui;

import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Lanterna's Unix terminal, but setting the terminal's modes with one {@code stty} run instead of four: each run
 * is a new process, and at start-up they added about 15 ms before the first screen.
 */
final class QuickTerminal extends UnixTerminal {
    // Not initialised in their declarations: the superclass constructor already calls runSTTYCommand.
    private List<String> pending;
    private boolean started;

    QuickTerminal(Charset charset) throws IOException {
        super(System.in, System.out, charset, CtrlCBehaviour.TRAP);
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
}
