package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The UI renders the engine's state and calls the session; it never grades, matches or parses answers itself. */
class NoGradingInTheUiTest {
    private static final List<String> GRADING = List.of(
            "Grader",
            "TextMatcher",
            "TextNormalizer",
            "NumberParser",
            "TokenF1",
            "Typos",
            "PythonText",
            "dev.lectern.load");

    @Test
    void tuiPackage_importsNoGradingOrLoadingCode() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/java/dev/lectern/tui"))) {
            List<String> imports = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(f -> {
                        try {
                            return Files.readAllLines(f).stream()
                                    .filter(l -> l.startsWith("import "))
                                    .map(l -> f.getFileName() + ": " + l);
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
            assertThat(imports).isNotEmpty();
            for (String banned : GRADING) {
                assertThat(imports).noneMatch(l -> l.contains(banned));
            }
        }
    }
}
