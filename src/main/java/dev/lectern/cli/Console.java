package dev.lectern.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Standard input, and which standard streams are terminals: {@code --batch} never reads a terminal, and draws its
 * progress line only on one.
 */
public record Console(InputStream stdin, boolean stdinIsTerminal, boolean stderrIsTerminal, boolean stdinClosed) {
    public Console(InputStream stdin, boolean stdinIsTerminal, boolean stderrIsTerminal) {
        this(stdin, stdinIsTerminal, stderrIsTerminal, false);
    }

    /** A pipe in, no terminal anywhere: what tests and scripts have. */
    public static Console piped(InputStream stdin) {
        return new Console(stdin, false, false);
    }

    /** This process's streams. */
    static Console system() {
        return new Console(System.in, interactive(), isTerminal(2).orElse(false), stdinClosed(System.getProperties()));
    }

    /**
     * Whether this process was started with standard input closed ({@code lectern --batch SET <&-}). The JVM then
     * opens its own files first, and the first of them gets descriptor 0: without this check, {@code --batch}
     * graded the JDK's {@code lib/modules} as 471 students.
     */
    static boolean stdinClosed(java.util.Properties system) {
        try {
            return reusedByTheJvm(
                    Files.readSymbolicLink(Path.of("/proc/self/fd/0")).toString(), system);
        } catch (java.nio.file.NoSuchFileException e) {
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false;
        }
    }

    /** Whether {@code target}, what descriptor 0 is, is a file the JVM itself opened: its modules, class path or archive. */
    static boolean reusedByTheJvm(String target, java.util.Properties system) {
        String javaHome = system.getProperty("java.home", "");
        if (!javaHome.isEmpty() && target.startsWith(javaHome + "/")) {
            return true;
        }
        if (target.endsWith(".jsa")) {
            return true;
        }
        for (String entry : system.getProperty("java.class.path", "").split(java.io.File.pathSeparator, -1)) {
            if (!entry.isEmpty() && Path.of(entry).toAbsolutePath().toString().equals(target)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether standard input and output are both terminals, as {@code System.console() != null} tells; asked of
     * {@code /proc} where it can be, because the first call of {@code System.console()} sets up a formatter and
     * its regular expressions, some 5 ms before the text UI's first screen.
     */
    @SuppressWarnings("SystemConsoleNull") // only where /proc cannot tell; JDK 17 to 21 is what the launcher runs on
    static boolean interactive() {
        Optional<Boolean> in = isTerminal(0);
        Optional<Boolean> out = isTerminal(1);
        if (in.isPresent() && out.isPresent()) {
            return in.get() && out.get();
        }
        return System.console() != null;
    }

    /** Whether standard output is a terminal (so that {@code check --watch} may clear it between runs). */
    @SuppressWarnings("SystemConsoleNull") // as interactive()
    static boolean stdoutIsTerminal() {
        return isTerminal(1).orElseGet(() -> System.console() != null);
    }

    /** Whether file descriptor {@code fd} is a terminal, on Linux; empty where that cannot be told. */
    private static Optional<Boolean> isTerminal(int fd) {
        try {
            String target =
                    Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return Optional.of(target.startsWith("/dev/pts/") || target.startsWith("/dev/tty"));
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return Optional.empty();
        }
    }
}
