package dev.lectern.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Standard input, and which standard streams are terminals: {@code --batch} never reads a terminal, and draws its
 * progress line only on one.
 */
public record Console(InputStream stdin, boolean stdinIsTerminal, boolean stderrIsTerminal) {
    /** A pipe in, no terminal anywhere: what tests and scripts have. */
    public static Console piped(InputStream stdin) {
        return new Console(stdin, false, false);
    }

    /** This process's streams. */
    static Console system() {
        return new Console(System.in, System.console() != null, isTerminal(2));
    }

    /** Whether file descriptor {@code fd} is a terminal, on Linux; false where that cannot be told. */
    private static boolean isTerminal(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }
}
