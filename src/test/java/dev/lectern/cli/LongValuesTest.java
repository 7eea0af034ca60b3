package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Quoted;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A message quotes a value from the input shortened, so a 1,000,000-character key is one line (issue 17). */
class LongValuesTest {
    private static final String KEY = "k".repeat(999_000); // a line of a set or a sheet holds at most 1,000,000
    private static final String SHOWN = "'" + "k".repeat(60) + "… (998,940 more characters)'";

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/000_d9e472c27e1e5fdd.txt"));
        Files.copy(Path.of("questions/01-istanbul-talks.yaml"), dir.resolve("set.yaml"));
    }

    @Test
    void quoted_keepsShortValues_andCutsLongOnesAtACodePoint() {
        assertThat(Quoted.of("choises")).isEqualTo("'choises'");
        assertThat(Quoted.of("é".repeat(60))).isEqualTo("'" + "é".repeat(60) + "'");
        String emoji = "😀".repeat(61); // two UTF-16 units each: never cut in half
        assertThat(Quoted.of(emoji)).isEqualTo("'" + "😀".repeat(60) + "… (1 more character)'");
        assertThat(Quoted.of("😀".repeat(62))).isEqualTo("'" + "😀".repeat(60) + "… (2 more characters)'");
        assertThat(Quoted.of("k".repeat(61))).isEqualTo("'" + "k".repeat(60) + "… (1 more character)'");
    }

    @Test
    void check_anUnknownKeyOfAMillionCharacters_isQuotedShortened() throws IOException {
        String set = Files.readString(dir.resolve("set.yaml"));
        Files.writeString(dir.resolve("set.yaml"), set.replaceFirst("\narticle:", "\n? " + KEY + "\n: 1\narticle:"));
        CliRun run = CliRun.in(dir, "check", "set.yaml");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("error: unknown key " + SHOWN + " in the set;");
        assertThat(run.out().length()).isLessThan(2_000);
    }

    @Test
    void batch_anUnknownQuestionIdOrKeyOfAMillionCharacters_isQuotedShortened() {
        CliRun id = CliRun.withInput(
                dir, "{\"student\": \"ann\", \"answers\": {\"" + KEY + "\": \"a\"}}\n", "--batch", "set.yaml");
        assertThat(id.err()).contains("warning: unknown question id " + SHOWN + ": the set has no such question");
        assertThat(id.err().length()).isLessThan(2_000);
        CliRun key = CliRun.withInput(
                dir, "{\"student\": \"ann\", \"answers\": {}, \"" + KEY + "\": 1}\n", "--batch", "set.yaml");
        assertThat(key.err()).contains("error: unknown key \"" + SHOWN.substring(1, SHOWN.length() - 1) + "\"");
        assertThat(key.err().length()).isLessThan(2_000);
        CliRun yaml = CliRun.withInput(
                dir,
                "student: ann\nanswers: {}\n? " + KEY + "\n: 1\n",
                "--batch",
                "set.yaml",
                "--input-format",
                "yaml");
        assertThat(yaml.err()).contains("error: unknown key " + SHOWN + " in a sheet");
        assertThat(yaml.err().length()).isLessThan(2_000);
    }
}
