package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text from files that a terminal would execute ({@code ESC ] 0 ; PWNED BEL} retitles it) is printed escaped by
 * every command that writes for a terminal, and check says where it is; a runaway pattern or a huge answer in
 * {@code --batch} is a wrong answer with a note, the other sheets still graded. So are the bidirectional overrides
 * and isolates (U+202E RLO, U+2067 RLI…) that make a terminal show the text after them reordered ("Trojan Source").
 */
class HostileTextTest {
    private static final String RAW_CONTROL = "[\\x00-\\x08\\x0B-\\x1F\\x7F\\u202A-\\u202E\\u2066-\\u2069]";
    private static final String SET = """
            title: "Talks \\e]0;PWNED\\a"
            article: seed.txt
            questions:
              - id: lead
                type: short
                prompt: Who leads?
                answer: Vladimir Medinsky
                pattern: '(a|aa)*b'
                evidence: { quote: "led by Vladimir Medinsky" }
            """;

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("questions"));
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/seed.txt"));
        Files.writeString(dir.resolve("questions/set.yaml"), SET);
    }

    private static void assertNoRawControls(String text) {
        assertThat(text).doesNotContainPattern(RAW_CONTROL);
    }

    @Test
    void check_warnsAtTheTextWithTheCharactersEscaped() {
        CliRun run = CliRun.in(dir, "check", "questions/set.yaml");
        assertThat(run.out())
                .startsWith("questions/set.yaml:1:8: warning: this text has control characters (\\u001B,"
                        + " \\u0007), which terminals act on instead of showing; Lectern shows them escaped, as here: remove"
                        + " them unless you meant them\n");
        assertNoRawControls(run.out() + run.err());
    }

    @Test
    void check_warnsAboutAnArticlesControlBytes_withTheArticlesLineAndColumn() throws IOException {
        Files.writeString(
                dir.resolve("seeds/seed.txt"),
                Files.readString(dir.resolve("seeds/seed.txt")).replaceFirst("\n", "\nHello \u001b[2J\u0007"));
        CliRun run = CliRun.in(dir, "check", "questions/set.yaml");
        assertThat(run.out())
                .contains("questions/set.yaml:2:10: warning: article 'seed.txt' has 2 control characters,"
                        + " the first \\u001B at seed.txt:2:7; terminals act on them instead of showing them, so Lectern"
                        + " shows them escaped: remove them from the article\n");
        assertNoRawControls(run.out() + run.err());
    }

    @Test
    void check_echoesASourceLineWithARawEscEscaped_andTheCaretUnderTheRightPlace() throws IOException {
        Files.writeString(dir.resolve("questions/set.yaml"), "title: T \u001b]0;x\u0007 \nzzz: [\n");
        CliRun run = CliRun.in(dir, "check", "questions/set.yaml");
        assertNoRawControls(run.out() + run.err());
        assertThat(run.out()).contains("title: T \\u001B]0;x\\u0007 \n");
    }

    @Test
    void list_showsTheTitleEscaped() {
        CliRun run = CliRun.in(dir, "--list");
        assertThat(run.out()).contains("    Talks \\u001B]0;PWNED\\u0007 · 1 question (short) · on seed.txt\n");
        assertNoRawControls(run.out() + run.err());
    }

    @Test
    void passages_showsAnArticlesControlCharactersEscaped() throws IOException {
        Files.writeString(dir.resolve("seeds/bad.txt"), "One \u001b]0;PWNED\u0007 sentence.\n");
        CliRun run = CliRun.in(dir, "passages", "seeds/bad.txt");
        assertThat(run.out()).isEqualTo("[1.1] One \\u001B]0;PWNED\\u0007 sentence.\n");
    }

    @Test
    void batchTextReport_escapesNamesAnswersAndNotes() {
        String sheets = "{\"student\": \"\\u001b]0;PWNED\\u0007eve\", \"answers\": {\"lead\": \"Medinsky\\u0007\"}}\n";
        CliRun run = CliRun.withInput(dir, sheets, "--batch", "questions/set.yaml", "--details");
        assertThat(run.out()).contains("\\u001B]0;PWNED\\u0007eve", "given:    Medinsky\\u0007");
        assertNoRawControls(run.out() + run.err());
    }

    @Test
    void batch_aRunawayPatternAndAHugeAnswer_areWrongWithANote_andTheNextSheetIsGraded() {
        String sheets = "{\"student\": \"amy\", \"answers\": {\"lead\": \"" + "a".repeat(4_999) + "\"}}\n"
                + "{\"student\": \"bea\", \"answers\": {\"lead\": \"" + "a".repeat(14_000) + "\"}}\n"
                + "{\"student\": \"cat\", \"answers\": {\"lead\": \"Vladimir Medinsky\"}}\n";
        CliRun run = CliRun.withInput(dir, sheets, "--batch", "questions/set.yaml", "--details");
        assertThat(run.err()).doesNotContain("StackOverflowError", "internal error");
        assertThat(run.out())
                .contains(
                        "note:     the accepted pattern could not be checked against this answer",
                        "note:     the answer is 14,000 characters long; Lectern grades answers of up to 5,000 characters,"
                                + " so it was not read (see docs/limits.md)",
                        "cat                            1       1   100.0%  -");
        assertThat(run.code()).isZero();
    }

    @Test
    void check_warnsAtABidiOverride_namingItEscaped() throws IOException {
        Files.writeString(dir.resolve("questions/set.yaml"), SET.replace("\\e]0;PWNED\\a", "\\u202Eevil\\u202C"));
        CliRun run = CliRun.in(dir, "check", "questions/set.yaml");
        assertThat(run.out())
                .startsWith("questions/set.yaml:1:8: warning: this text has bidirectional-text controls (\\u202E,"
                        + " \\u202C), which make terminals show the text after them reordered; Lectern shows them"
                        + " escaped, as here: remove them unless you meant them\n");
        assertNoRawControls(run.out() + run.err());
    }

    @Test
    void check_warnsAboutAnArticlesBidiIsolate_withTheArticlesLineAndColumn() throws IOException {
        Files.writeString(
                dir.resolve("seeds/seed.txt"),
                Files.readString(dir.resolve("seeds/seed.txt")).replaceFirst("\n", "\nHello \u2067x\u2069"));
        CliRun run = CliRun.in(dir, "check", "questions/set.yaml");
        assertThat(run.out())
                .contains("questions/set.yaml:2:10: warning: article 'seed.txt' has 2 bidirectional-text controls,"
                        + " the first \\u2067 at seed.txt:2:7; terminals show the text after them reordered, so Lectern"
                        + " shows them escaped: remove them from the article\n");
        assertNoRawControls(run.out() + run.err());
    }

    @Test
    void check_echoesASourceLineWithABidiOverrideEscaped() throws IOException {
        Files.writeString(dir.resolve("questions/set.yaml"), "title: T\nlevel: x \u202Ex \n");
        CliRun run = CliRun.in(dir, "check", "questions/set.yaml");
        assertNoRawControls(run.out() + run.err());
        assertThat(run.out()).contains("level: x \\u202Ex \n");
    }

    @Test
    void listPassagesAndBatch_showBidiOverridesEscaped() throws IOException {
        Files.writeString(dir.resolve("questions/set.yaml"), SET.replace("\\e]0;PWNED\\a", "\\u202Eevil"));
        CliRun list = CliRun.in(dir, "--list");
        assertThat(list.out()).contains("    Talks \\u202Eevil · 1 question (short) · on seed.txt\n");
        assertNoRawControls(list.out() + list.err());

        Files.writeString(dir.resolve("seeds/bad.txt"), "One \u2066sentence\u2069.\n");
        assertThat(CliRun.in(dir, "passages", "seeds/bad.txt").out()).isEqualTo("[1.1] One \\u2066sentence\\u2069.\n");

        String sheets = "{\"student\": \"eve\\u202Etxt.exe\", \"answers\": {\"lead\": \"Medinsky\\u202D\"}}\n";
        CliRun batch = CliRun.withInput(dir, sheets, "--batch", "questions/set.yaml", "--details");
        assertThat(batch.out()).contains("eve\\u202Etxt.exe", "given:    Medinsky\\u202D");
        assertNoRawControls(batch.out() + batch.err());
    }
}
