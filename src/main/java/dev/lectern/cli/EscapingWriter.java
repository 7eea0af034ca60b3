package dev.lectern.cli;

import dev.lectern.model.Printable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * A writer for messages to people whose parts come from files (titles, prompts, file names, a CSV export's column
 * headers): what is written goes through {@link Printable#escape}, so an ESC, a BEL or a bidirectional override in
 * them is shown, not obeyed, whichever line prints it. Line breaks and tabs keep their place, and the line separator
 * that {@code println} writes passes as it is. Errors reach the wrapped writer, whose {@code checkError} still tells.
 * Never for data (an export on standard output, a JSON or CSV report), which must stay byte for byte what it is.
 */
final class EscapingWriter extends FilterWriter {
    private static final String LINE_END = System.lineSeparator();

    private EscapingWriter(PrintWriter out) {
        super(out);
    }

    /** {@code out}, escaping what is written to it; flushed at every line, as the writers it wraps are. */
    static PrintWriter around(PrintWriter out) {
        return new PrintWriter(new EscapingWriter(out), true);
    }

    @Override
    public void write(int c) throws IOException {
        write(String.valueOf((char) c));
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
        write(new String(chars, offset, length));
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        String part = text.substring(offset, offset + length);
        out.write(part.equals(LINE_END) ? part : Printable.escape(part));
    }
}
