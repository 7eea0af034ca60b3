package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InterchangeCommandsTest {
    @TempDir
    Path dir;

    private void project() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.createDirectories(dir.resolve("questions"));
        Files.copy(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/000_d9e472c27e1e5fdd.txt"));
        Files.copy(Path.of("questions/01-istanbul-talks.yaml"), dir.resolve("questions/01-istanbul-talks.yaml"));
    }

    @Test
    void export_writesTheFile_warnsForWhatIsLeftOut_andExitsZero() throws IOException {
        project();
        CliRun run = CliRun.in(dir, "export", "questions/01-istanbul-talks.yaml", "--to", "gift");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("questions/01-istanbul-talks.yaml: warning: question 'road-to-istanbul' left"
                        + " out: GIFT has no ordering question (Moodle XML can hold it)")
                .contains("wrote 10 of 13 questions as gift to 01-istanbul-talks.gift.txt (3 left out)");
        assertThat(dir.resolve("01-istanbul-talks.gift.txt")).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gift", "moodle-xml", "qti", "aiken"})
    void exportImportExport_throughTheCommands_givesTheSameFile(String format) throws IOException {
        project();
        Path first = dir.resolve("first");
        Path second = dir.resolve("second");
        assertThat(CliRun.in(dir, "export", "questions/01-istanbul-talks.yaml", "--to", format, "--out", "first")
                        .code())
                .isZero();
        CliRun imported = CliRun.in(
                dir,
                "import",
                "first",
                "--from",
                format,
                "--article",
                "000_d9e472c27e1e5fdd.txt",
                "--out",
                "questions/back.yaml");
        assertThat(imported.code()).as(imported.out() + imported.err()).isZero();
        // The passages come back as they were cited, not widened to whole sentences: none is lost on the way.
        assertThat(imported.out()).doesNotContain("is not in the article");
        assertThat(CliRun.in(dir, "export", "questions/back.yaml", "--to", format, "--out", "second")
                        .code())
                .isZero();
        if (format.equals("qti")) {
            assertThat(zipEntries(second)).isEqualTo(zipEntries(first));
        } else {
            assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        }
    }

    private static java.util.Map<String, String> zipEntries(Path zip) throws IOException {
        java.util.Map<String, String> entries = new java.util.TreeMap<>();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(Files.newInputStream(zip))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return entries;
    }

    @Test
    void export_badUsage_exitsTwo_andNothingWritable_exitsOne() throws IOException {
        project();
        assertThat(CliRun.in(dir, "export", "questions/01-istanbul-talks.yaml", "--to", "word")
                        .code())
                .isEqualTo(2);
        assertThat(CliRun.in(dir, "export", "nope.yaml", "--to", "gift").code()).isEqualTo(2);
        Files.writeString(dir.resolve("questions/order.yaml"), """
                                                               title: t
                                                               article: 000_d9e472c27e1e5fdd.txt
                                                               questions:
                                                                 - { id: o, type: order, prompt: p, items: [a, b], evidence: { paragraph: 1 } }
                                                               """);
        CliRun none = CliRun.in(dir, "export", "questions/order.yaml", "--to", "aiken");
        assertThat(none.code()).isEqualTo(1);
        assertThat(none.out()).contains("nothing written");
        assertThat(dir.resolve("order.aiken.txt")).doesNotExist();
    }

    @Test
    void import_writesASetThatLoads_reportsInputErrorsWithPositions_andKeepsTheRest() throws IOException {
        project();
        Files.writeString(dir.resolve("bank.gift.txt"), """
                                                        $CATEGORY: $course$/top/Delegation

                                                        ::lead:: Who leads Russia's delegation? {=Vladimir Medinsky ~Sergey Lavrov}

                                                        ::broken:: Who? {=Fomin ~Galuzin

                                                        ::essay:: Discuss. {}
                                                        """);
        CliRun run = CliRun.in(dir, "import", "bank.gift.txt", "--article", "000_d9e472c27e1e5fdd.txt");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out())
                .contains("bank.gift.txt:5:17: error: question 'broken': the answers opened with '{'"
                        + " here are never closed with '}'")
                .contains("bank.gift.txt:7:1: warning: question 'essay' is an essay question")
                .contains("wrote 1 question from bank.gift.txt (gift) to questions/bank.yaml; 1 error in"
                        + " bank.gift.txt");
        String yaml = Files.readString(dir.resolve("questions/bank.yaml"));
        assertThat(yaml)
                .contains("title: Delegation")
                .contains("# from bank.gift.txt line 3")
                .contains("evidence: {paragraph: 2}");
        assertThat(CliRun.in(dir, "check", "questions/bank.yaml").code()).isZero();
        CliRun again = CliRun.in(dir, "import", "bank.gift.txt", "--article", "000_d9e472c27e1e5fdd.txt");
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).contains("questions/bank.yaml already exists");
    }

    @Test
    void import_warnsWithCandidates_whenTheAnswerIsInSeveralSentences() throws IOException {
        project();
        Files.writeString(dir.resolve("bank.txt"), "Who will not travel to Istanbul?\nA) Putin\nB) Lula\nANSWER: A\n");
        CliRun run = CliRun.in(dir, "import", "bank.txt", "--article", "000_d9e472c27e1e5fdd.txt", "--out", "q.yaml");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains(
                        "bank.txt:1:1: warning: question 'who-will-not-travel-to-istanbul': the answer" + " occurs in")
                .contains("(aiken)");
    }
}
