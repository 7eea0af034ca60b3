package dev.lectern.cli;

import java.util.Map;
import java.util.SplittableRandom;
import picocli.CommandLine.Option;

/**
 * The options of the commands that open the text UI ({@code lectern}, {@code lectern review}); where the history is
 * kept is {@link DataDirOption}, which {@code stats} and {@code --batch --record} share.
 */
public final class TextUiOptions {
    @Option(names = "--seed", paramLabel = "N", description = "Seed for shuffling, to replay a session.")
    Long seed;

    @Option(names = "--no-color", description = "No colours (also when NO_COLOR is set).")
    boolean noColor;

    /** The seed given, or a new one for this session. */
    long seed() {
        return seed != null ? seed : new SplittableRandom().nextLong(1, 1_000_000);
    }

    /** Whether to draw without colours: {@code --no-color}, or {@code NO_COLOR} set in {@code env}. */
    boolean noColor(Map<String, String> env) {
        return noColor || !env.getOrDefault("NO_COLOR", "").isEmpty();
    }
}
