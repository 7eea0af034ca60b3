package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code lectern check PATH...} without options skips picocli, and must say and exit exactly as the parsed command. */
class CheckPlainTest {
    @TempDir
    Path dir;

    private void project() throws IOException {
        Files.createDirectories(dir.resolve("questions"));
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/seed.txt"));
        Files.copy(Path.of("questions/01-istanbul-talks.yaml"), dir.resolve("questions/01.yaml"));
        Files.writeString(dir.resolve("questions/bad.yaml"), """
                                                             title: Bad
                                                             article: seed.txt
                                                             questions:
                                                               - id: lead
                                                                 type: choice
                                                                 prompt: Who?
                                                                 choises: [a, b]
                                                             """);
        Files.copy(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/000_d9e472c27e1e5fdd.txt"));
    }

    @Test
    void plainCheck_printsAndExitsAsTheParsedCommand() throws IOException {
        project();
        for (List<String> args : List.of(
                List.of("check"),
                List.of("check", "questions/"),
                List.of("check", "questions/01.yaml"),
                List.of("check", "questions/bad.yaml", "questions/01.yaml"),
                List.of("check", "nowhere/"),
                List.of("check", "seeds/"))) {
            String[] a = args.toArray(String[]::new);
            assertThat(CheckCommand.plain(a, dir)).as("%s", args).isPresent();
            CliRun plain = CliRun.in(dir, a);
            CliRun parsed = CliRun.throughFullParser(dir, a);
            assertThat(plain).as("%s", args).isEqualTo(parsed);
        }
    }

    @Test
    void optionsFilesAndOddArguments_stayWithTheParser() {
        for (List<String> args : List.<List<String>>of(
                List.of("check", "--strict"),
                List.of("check", "questions/", "--format", "json"),
                List.of("check", "-h"),
                List.of("check", "@args.txt"),
                List.of("check", ""),
                List.of("check", "a\0b"),
                List.of("passages"),
                List.<String>of())) {
            assertThat(CheckCommand.plain(args.toArray(String[]::new), dir))
                    .as("%s", args)
                    .isEmpty();
        }
    }
}
