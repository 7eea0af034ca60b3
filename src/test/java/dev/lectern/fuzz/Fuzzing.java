package dev.lectern.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A project folder of the fuzz tests' own: the seed article in {@code seeds/}, and a {@code questions/} folder. */
final class Fuzzing {
    private Fuzzing() {}

    static Path folder() {
        try {
            Path folder = Files.createTempDirectory("lectern-fuzz");
            folder.toFile().deleteOnExit();
            Files.createDirectories(folder.resolve("seeds"));
            Files.createDirectories(folder.resolve("questions"));
            try (var articles = Files.list(Path.of("seeds"))) {
                for (Path a : articles.toList()) {
                    Files.copy(a, folder.resolve("seeds").resolve(a.getFileName()));
                }
            }
            Files.copy(Path.of("questions/01-istanbul-talks.yaml"), folder.resolve("questions/01-istanbul-talks.yaml"));
            return folder;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
