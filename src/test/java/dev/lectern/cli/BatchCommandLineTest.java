package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code --batch} parsed with the top-level command alone, and what is left to the full parser. */
class BatchCommandLineTest {
    @TempDir
    Path dir;

    private Optional<CommandLine> topLevelOnly(String... args) {
        return Main.batchCommandLine(
                args,
                dir,
                Map.of(),
                Console.piped(InputStream.nullInputStream()),
                Clock.systemUTC(),
                TextScreen.system(Map.of()));
    }

    @Test
    void aBatchRun_isParsedWithTheTopLevelCommandAlone() {
        assertThat(topLevelOnly("--batch", "set.yaml", "--answers", "class.jsonl", "--format", "csv"))
                .isPresent();
        assertThat(topLevelOnly("--batch=set.yaml", "--answers=-")).isPresent();
    }

    @Test
    void mistakesSubcommandsHelpAndArgumentFiles_goToTheFullParser() {
        for (List<String> args : List.of(
                List.of("--batch", "set.yaml", "--frmat", "csv"),
                List.of("--batch", "set.yaml", "check"),
                List.of("stats", "--batch", "set.yaml"),
                List.of("--batch", "set.yaml", "--help"),
                List.of("--batch", "set.yaml", "--version"),
                List.of("@arguments.txt", "--batch", "set.yaml"),
                List.of("--batch"),
                List.of("check", "questions/"))) {
            assertThat(topLevelOnly(args.toArray(String[]::new))).as("%s", args).isEmpty();
        }
    }

    @Test
    void batchRuns_printAndExitAsThroughTheFullParser() throws IOException {
        Files.createDirectories(dir.resolve("questions"));
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("questions/01-istanbul-talks.yaml"), dir.resolve("questions/01-istanbul-talks.yaml"));
        try (var seeds = Files.list(Path.of("seeds"))) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, dir.resolve("seeds").resolve(seed.getFileName()));
            }
        }
        Files.copy(Path.of("examples/batch/class.jsonl"), dir.resolve("class.jsonl"));
        String set = "questions/01-istanbul-talks.yaml";
        for (List<String> args : List.of(
                List.of("--batch", set, "--answers", "class.jsonl", "--format", "csv"),
                List.of("--batch", set, "--answers", "class.jsonl", "--format", "json", "--details"),
                List.of("--batch", set, "--answers", "missing.jsonl"),
                List.of("--batch", "questions/none.yaml", "--answers", "class.jsonl"))) {
            String[] argv = args.toArray(String[]::new);
            CliRun run = CliRun.in(dir, argv);
            CliRun before = CliRun.throughFullParser(dir, argv);
            assertThat(run).as("%s", args).isEqualTo(before);
        }
    }
}
