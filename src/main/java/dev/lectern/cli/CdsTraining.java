package dev.lectern.cli;

import dev.lectern.tui.Rehearsal;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The launcher's class-data training run of the text UI, and nothing else: {@code lectern ARGS} as a learner starts
 * it (the same command path, loader and first views), drawn on a {@link Rehearsal} stand-in because the training
 * has no terminal to spare, with a history of its own that is deleted afterwards. The launcher runs this main class
 * with {@code -XX:DumpLoadedClassList} so that the archive covers the first screen; a real start never loads it.
 */
public final class CdsTraining {
    private CdsTraining() {}

    public static void main(String[] args) throws IOException {
        PrintWriter out = new PrintWriter(java.io.Writer.nullWriter());
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Path history = Files.createTempDirectory("lectern-cds-training");
        Map<String, String> env = new HashMap<>(System.getenv());
        env.put("LECTERN_HOME", history.toString());
        int code;
        try {
            code = Main.run(
                    args, Path.of("").toAbsolutePath(), env, Console.system(), new LocalClock(), STAND_IN, out, err);
        } finally {
            try (Stream<Path> files = Files.walk(history)) {
                files.sorted(Comparator.reverseOrder()).forEach(CdsTraining::delete);
            }
        }
        System.exit(code);
    }

    /** A terminal that is always there and always fit, drawing on the rehearsal stand-in. */
    static final TextScreen STAND_IN = new TextScreen() {
        @Override
        public boolean present() {
            return true;
        }

        @Override
        public Optional<String> unfit() {
            return Optional.empty();
        }

        @Override
        public Opened open() {
            return (first, theme, afterFirstFrame, notices, clock, err) ->
                    Rehearsal.run(first, theme.get(), afterFirstFrame);
        }
    };

    private static void delete(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
