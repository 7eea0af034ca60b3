package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

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

    /** The same arguments through picocli, as every run went before. */
    private CliRun parsed(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(
                dir,
                Map.of(),
                Console.piped(InputStream.nullInputStream()),
                Clock.systemUTC(),
                TextScreen.system(Map.of()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
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
            CliRun parsed = parsed(a);
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
