package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final String GOOD = """
            title: Good
            article: seed.txt
            questions:
              - id: lead
                type: choice
                prompt: Who leads?
                choices: [Sergey Lavrov, Vladimir Medinsky]
                answer: Vladimir Medinsky
                evidence: { quote: "led by Vladimir Medinsky" }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("questions"));
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/seed.txt"));
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    @Test
    void cleanFolder_exitsZeroAndSaysSo() throws IOException {
        write("questions/good.yaml", GOOD);
        CliRun run = CliRun.in(dir, "check");
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("1 file checked: 0 errors, 0 warnings\n");
    }

    @Test
    void brokenFile_printsEveryProblemWithSourceLineAndCaret_exitsOne() throws IOException {
        write(
                "questions/bad.yaml",
                GOOD.replace("choices:", "choises:").replace("answer: Vladimir Medinsky", "answer: Vladimir Medinksy"));
        CliRun run = CliRun.in(dir, "check", "questions/");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("""
                questions/bad.yaml:4:5: error: question 'lead' is missing 'choices' (a list of at least two options)
                  - id: lead
                    ^
                questions/bad.yaml:7:5: error: unknown key 'choises' in question 'lead' (type choice); did you mean 'choices'?
                    choises: [Sergey Lavrov, Vladimir Medinsky]
                    ^
                1 file checked: 2 errors, 0 warnings
                """);
    }

    @Test
    void warningsOnly_exitZero_butStrictExitsOne() throws IOException {
        write("questions/warn.yaml", GOOD.replace("    evidence: { quote: \"led by Vladimir Medinsky\" }\n", ""));
        assertThat(CliRun.in(dir, "check").code()).isEqualTo(0);
        CliRun strict = CliRun.in(dir, "check", "--strict");
        assertThat(strict.code()).isEqualTo(1);
        assertThat(strict.out()).contains("questions/warn.yaml:4:5: warning: question 'lead' has no evidence");
    }

    @Test
    void missingPath_isUsageError_exitsTwo() {
        CliRun run = CliRun.in(dir, "check", "nowhere/");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lectern check: no such file or folder: nowhere\n");
    }

    @Test
    void unknownOption_isUsageError_exitsTwo() {
        assertThat(CliRun.in(dir, "check", "--bogus").code()).isEqualTo(2);
    }

    @Test
    void jsonFormat_listsProblemsAsValues() throws IOException {
        write("questions/bad.yaml", GOOD.replace("answer: Vladimir Medinsky", "answer: Medinsky"));
        CliRun run = CliRun.in(dir, "check", "--format", "json");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEqualToIgnoringWhitespace("""
                { "files" : 1, "errors" : 1, "warnings" : 0, "problems" : [ {
                    "file" : "questions/bad.yaml", "line" : 8, "column" : 13, "severity" : "error",
                    "message" : "answer 'Medinsky' is not one of the choices; write it exactly as in 'choices'"
                } ] }
                """);
    }

    @Test
    void severalFiles_areCheckedInNameOrder() throws IOException {
        write("questions/b.yaml", "title: [x");
        write("questions/a.yaml", "- just a list");
        CliRun run = CliRun.in(dir, "check");
        assertThat(run.out()).containsSubsequence("questions/a.yaml:1:1: error:", "questions/b.yaml:1:");
        assertThat(run.out()).endsWith("2 files checked: 2 errors, 0 warnings\n");
    }
}
