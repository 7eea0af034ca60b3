package dev.lectern.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds question files: a file as given, or every {@code .yaml}/{@code .yml} below a folder, in name order. */
final class QuestionFiles {
    private QuestionFiles() {}

    static List<Path> under(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> walk = Files.walk(path)) {
            List<Path> files = new ArrayList<>(walk.filter(Files::isRegularFile)
                    .filter(QuestionFiles::isYaml)
                    .toList());
            files.sort(null);
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Why {@code given} (resolved against {@code workingDir}) is not one question set's file, saying what it is and
     * what to give instead; empty when it is a regular file. A folder named like a set ({@code dir.yaml}) is a
     * folder: its sets are named, rather than "no such question set".
     */
    static Optional<String> notOneSet(Path workingDir, Path given) {
        Path resolved = workingDir.resolve(given);
        if (Files.isRegularFile(resolved)) {
            return Optional.empty();
        }
        if (Files.isDirectory(resolved)) {
            List<Path> sets;
            try {
                sets = under(resolved);
            } catch (UncheckedIOException e) {
                return Optional.of(given + " is a folder, not a question set, and it cannot be read: "
                        + e.getCause().getMessage());
            }
            if (sets.isEmpty()) {
                return Optional.of(given + " is a folder, not a question set, and has no question sets (.yaml, .yml)"
                        + " in it; give one set's file");
            }
            return Optional.of(given + " is a folder, not a question set: give one set's file, such as "
                    + given.resolve(resolved.relativize(sets.get(0))) + " (" + Words.count(sets.size(), "set")
                    + " in it; lectern --list " + given + " lists them)");
        }
        if (Files.exists(resolved)) {
            return Optional.of(given + " is not a regular file (a device or a pipe), not a question set; give a"
                    + " set's .yaml file");
        }
        return Optional.of("no such question set: " + given);
    }

    static boolean isYaml(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml");
    }
}
