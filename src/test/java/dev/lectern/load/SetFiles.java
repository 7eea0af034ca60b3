package dev.lectern.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The test suites' question sets: every {@code .yaml} file directly in the given folders, sorted. */
public final class SetFiles {
    private SetFiles() {}

    public static List<Path> yamlIn(Path... folders) throws IOException {
        List<Path> sets = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.toString().endsWith(".yaml")).forEach(sets::add);
            }
        }
        sets.sort(null);
        return sets;
    }
}
