package dev.lectern.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The article and output options {@code lectern new} and {@code lectern draft} share. */
final class StarterOptions {
    @Parameters(paramLabel = "ARTICLE", description = "The article file, or its name in seeds/.")
    Path article;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the set here (default: standard output).")
    Path outFile;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;
}
