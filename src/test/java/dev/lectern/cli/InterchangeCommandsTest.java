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

    private static final String HOSTILE = "\u001b]0;PWNED\u0007\u202E";
    private static final String RAW = "[\u0000-\u0008\u000B-\u001F\u007F\u202A-\u202E\u2066-\u2069]";

    @Test
    void importSummary_showsAFileNameWithEscAndABidiOverrideEscaped() throws IOException {
        project();
        String name = "bank" + HOSTILE + ".gift.txt";
        Files.writeString(
                dir.resolve(name), "::lead:: Who leads Russia's delegation? {=Vladimir Medinsky ~Sergey Lavrov}\n");
        CliRun run =
                CliRun.in(dir, "import", name, "--article", "000_d9e472c27e1e5fdd.txt", "--out", "questions/q.yaml");
        assertThat(run.code()).isZero(); // the file's name is in a comment of the set written, escaped: it loads
        assertThat(run.out())
                .contains("questions/q.yaml:1:8: warning: this text has control characters (\\u001B, \\u0007,"
                        + " \\u202E)")
                .doesNotContainPattern(RAW)
                .endsWith(
                        "wrote 1 question from bank\\u001B]0;PWNED\\u0007\\u202E.gift.txt (gift) to questions/q.yaml\n");
        CliRun missing = CliRun.in(dir, "import", "x" + name, "--article", "000_d9e472c27e1e5fdd.txt");
        assertThat(missing.err())
                .isEqualTo("lectern import: no such file: xbank\\u001B]0;PWNED\\u0007\\u202E.gift.txt\n");
    }

    @Test
    void exportSummary_showsTheSetsNameEscaped_butTheExportOnStandardOutputIsLeftAsItIs() throws IOException {
        project();
        String set = "questions/t" + HOSTILE + ".yaml";
        Files.writeString(
                dir.resolve(set),
                Files.readString(dir.resolve("questions/01-istanbul-talks.yaml"))
                        .replaceFirst("(?m)^title: .*$", "title: \"Talks \\\\u202Eevil\""));
        CliRun run = CliRun.in(dir, "export", set, "--to", "moodle-xml", "--out", "out.xml");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .contains("wrote 12 of 13 questions as moodle-xml to out.xml (1 left out)")
                .doesNotContainPattern(RAW);
        CliRun gift = CliRun.in(dir, "export", set, "--to", "gift", "--out", "-");
        assertThat(gift.err())
                .contains(
                        "questions/t\\u001B]0;PWNED\\u0007\\u202E.yaml: warning: question 'road-to-istanbul' left out")
                .doesNotContainPattern(RAW);
        CliRun file = CliRun.in(dir, "export", set, "--to", "gift", "--out", "out.gift.txt");
        assertThat(gift.out()).isEqualTo(Files.readString(dir.resolve("out.gift.txt")));
        assertThat(file.out()).contains("wrote 10 of 13 questions as gift to out.gift.txt");
    }
}
