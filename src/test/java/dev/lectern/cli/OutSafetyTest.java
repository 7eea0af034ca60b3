package dev.lectern.cli;

import static dev.lectern.cli.BatchCommandTest.ANN;
import static dev.lectern.cli.BatchCommandTest.ANN_ROW;
import static dev.lectern.cli.BatchCommandTest.HEADER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command that writes a file never replaces its own inputs, writes through symbolic links, writes straight to
 * devices and FIFOs, refuses a folder before any work, and makes files with the umask's permissions (issue 17).
 */
class OutSafetyTest {
    private static final String SEED = "seeds/000_d9e472c27e1e5fdd.txt";

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of(SEED), dir.resolve(SEED));
        Files.copy(Path.of("questions/01-istanbul-talks.yaml"), dir.resolve("set.yaml"));
    }

    private CliRun batch(String... more) {
        String[] args =
                Stream.concat(Stream.of("--batch", "set.yaml"), Stream.of(more)).toArray(String[]::new);
        return CliRun.withInput(dir, "", args);
    }

    @Test
    void batchOut_thatIsTheAnswersFile_isRefused_andTheAnswersKept() throws IOException {
        Files.writeString(dir.resolve("class.jsonl"), ANN);
        CliRun run = batch("--answers", "class.jsonl", "--format", "csv", "--out", "./class.jsonl");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lectern: ./class.jsonl is the answers file; name another file with --out\n");
        assertThat(Files.readString(dir.resolve("class.jsonl"))).isEqualTo(ANN);
    }

    @Test
    void batchOut_thatIsTheSetUnderAnotherName_isRefused() throws IOException {
        Files.createLink(dir.resolve("same-set.yaml"), dir.resolve("set.yaml"));
        Files.writeString(dir.resolve("class.jsonl"), ANN);
        String before = Files.readString(dir.resolve("set.yaml"));
        CliRun run = batch("--answers", "class.jsonl", "--out", "same-set.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lectern: same-set.yaml is the question set; name another file with --out\n");
        assertThat(Files.readString(dir.resolve("set.yaml"))).isEqualTo(before);
    }

    @Test
    void batchOut_inTheFolderOfSheets_isRefused_evenWhenNew() throws IOException {
        Files.createDirectories(dir.resolve("hand-ins"));
        Files.writeString(dir.resolve("hand-ins/ann.jsonl"), ANN);
        CliRun existing = batch("--answers", "hand-ins", "--out", "hand-ins/ann.jsonl");
        assertThat(existing.code()).isEqualTo(2);
        assertThat(existing.err())
                .isEqualTo("lectern: hand-ins/ann.jsonl is in the folder of answer sheets hand-ins,"
                        + " where it is read as a sheet; write it somewhere else with --out\n");
        assertThat(Files.readString(dir.resolve("hand-ins/ann.jsonl"))).isEqualTo(ANN);
        CliRun fresh = batch("--answers", "hand-ins", "--format", "csv", "--out", "hand-ins/grades.csv");
        assertThat(fresh.err())
                .isEqualTo("lectern: hand-ins/grades.csv is in the folder of answer sheets hand-ins,"
                        + " where the next run would read it as a sheet; write it somewhere else with --out\n");
        // Not a sheet's name: the folder is no reason to refuse it.
        CliRun text = batch("--answers", "hand-ins", "--out", "hand-ins/grades.txt");
        assertThat(text.code()).isZero();
    }

    @Test
    void batchOut_thatIsAFolder_isRefusedBeforeAnySheetIsRead() throws IOException {
        Files.createDirectories(dir.resolve("reports"));
        CliRun run = batch("--answers", "nowhere.jsonl", "--out", "reports");
        assertThat(run.code()).isEqualTo(2);
        // The answers do not exist: had they been read first, that would be the message.
        assertThat(run.err()).isEqualTo("lectern: reports is a folder; name a file with --out\n");
    }

    @Test
    void batchOut_throughASymbolicLink_writesTheFileItNames_andKeepsTheLink() throws IOException {
        Files.createDirectories(dir.resolve("shared"));
        Files.writeString(dir.resolve("shared/grades.csv"), "old\n");
        Files.createSymbolicLink(dir.resolve("grades.csv"), Path.of("shared/grades.csv"));
        Files.writeString(dir.resolve("class.jsonl"), ANN);
        CliRun run = batch("--answers", "class.jsonl", "--format", "csv", "--out", "grades.csv");
        assertThat(run.code()).isZero();
        assertThat(Files.isSymbolicLink(dir.resolve("grades.csv"))).isTrue();
        assertThat(Files.readString(dir.resolve("shared/grades.csv"))).isEqualTo(HEADER + "\n" + ANN_ROW + "\n");
    }

    @Test
    void batchOut_throughADanglingLink_makesTheFileItNames() throws IOException {
        Files.createDirectories(dir.resolve("shared"));
        Files.createSymbolicLink(dir.resolve("grades.csv"), Path.of("shared/new.csv"));
        Files.writeString(dir.resolve("class.jsonl"), ANN);
        assertThat(batch("--answers", "class.jsonl", "--format", "csv", "--out", "grades.csv")
                        .code())
                .isZero();
        assertThat(Files.isSymbolicLink(dir.resolve("grades.csv"))).isTrue();
        assertThat(Files.readString(dir.resolve("shared/new.csv"))).isEqualTo(HEADER + "\n" + ANN_ROW + "\n");
    }

    @Test
    void batchOut_onADevice_writesToIt_andLeavesTheDevice() throws IOException {
        Path devNull = Path.of("/dev/null");
        Assumptions.assumeTrue(Files.exists(devNull), "no /dev/null here");
        Files.writeString(dir.resolve("class.jsonl"), ANN);
        CliRun run = batch("--answers", "class.jsonl", "--out", "/dev/null");
        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(Files.isRegularFile(devNull, LinkOption.NOFOLLOW_LINKS)).isFalse();
        assertThat(Files.readAttributes(devNull, "unix:mode").get("mode"))
                .matches(m -> ((int) m & 0170000) == 0020000, "a character device");
    }

    @Test
    void batchOut_onAFullDevice_saysTheReportIsLost_andExitsTwo() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full here");
        Files.writeString(dir.resolve("class.jsonl"), ANN);
        for (String format : new String[] {"text", "json", "csv"}) {
            CliRun run = batch("--answers", "class.jsonl", "--format", format, "--out", "/dev/full");
            assertThat(run.code()).as(format).isEqualTo(2);
            assertThat(run.err())
                    .as(format)
                    .isEqualTo("lectern: cannot write /dev/full: No space left on device;" + " the report is lost\n");
        }
    }

    @Test
    void batchOut_onAFifo_writesTheReportDownIt() throws Exception {
        Path fifo = dir.resolve("report.pipe");
        Assumptions.assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        Files.writeString(dir.resolve("class.jsonl"), ANN);
        CompletableFuture<String> read = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        CliRun run = batch("--answers", "class.jsonl", "--format", "csv", "--out", "report.pipe");
        assertThat(run.code()).isZero();
        assertThat(read.get(30, TimeUnit.SECONDS)).isEqualTo(HEADER + "\n" + ANN_ROW + "\n");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(Files.exists(fifo)).isTrue();
    }

    @Test
    void reports_getTheUmasksPermissions_asAnyNewFile() throws IOException {
        Set<PosixFilePermission> umask = freshFilePermissions();
        Files.writeString(dir.resolve("class.jsonl"), ANN);
        assertThat(batch("--answers", "class.jsonl", "--out", "grades.txt").code())
                .isZero();
        assertThat(Files.getPosixFilePermissions(dir.resolve("grades.txt"))).isEqualTo(umask);
        // export and import used a JDK temporary file, 0600, before.
        assertThat(CliRun.in(dir, "export", "set.yaml", "--to", "aiken", "--out", "set.aiken.txt")
                        .code())
                .isZero();
        assertThat(Files.getPosixFilePermissions(dir.resolve("set.aiken.txt"))).isEqualTo(umask);
        assertThat(CliRun.in(dir, "new", SEED, "--out", "starter.yaml").code()).isZero();
        assertThat(Files.getPosixFilePermissions(dir.resolve("starter.yaml"))).isEqualTo(umask);
    }

    @Test
    void export_ontoTheSetItself_isRefused() throws IOException {
        String before = Files.readString(dir.resolve("set.yaml"));
        CliRun run = CliRun.in(dir, "export", "set.yaml", "--to", "gift", "--out", "set.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("lectern export: set.yaml is the question set; name another file with" + " --out\n");
        assertThat(Files.readString(dir.resolve("set.yaml"))).isEqualTo(before);
    }

    @Test
    void export_toAFolder_isRefusedBeforeTheSetIsLoaded() throws IOException {
        Files.createDirectories(dir.resolve("out"));
        CliRun run = CliRun.in(dir, "export", "set.yaml", "--to", "gift", "--out", "out");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lectern export: out is a folder; name a file with --out\n");
    }

    @Test
    void import_ontoTheFileImported_isRefused_evenWithForce() throws IOException {
        assertThat(CliRun.in(dir, "export", "set.yaml", "--to", "gift", "--out", "bank.gift.txt")
                        .code())
                .isZero();
        String before = Files.readString(dir.resolve("bank.gift.txt"));
        CliRun run = CliRun.in(dir, "import", "bank.gift.txt", "--article", SEED, "--out", "bank.gift.txt", "--force");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("lectern import: bank.gift.txt is the file imported; name another file with" + " --out\n");
        assertThat(Files.readString(dir.resolve("bank.gift.txt"))).isEqualTo(before);
    }

    @Test
    void newAndDraft_ontoTheArticle_areRefused_evenWithForce() throws IOException {
        String before = Files.readString(dir.resolve(SEED));
        for (String command : new String[] {"new", "draft"}) {
            CliRun run = CliRun.in(dir, command, SEED, "--out", SEED, "--force");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err())
                    .isEqualTo("lectern " + command + ": " + SEED + " is the article; name another"
                            + " file with --out\n");
        }
        assertThat(Files.readString(dir.resolve(SEED))).isEqualTo(before);
    }

    @Test
    void new_toADevice_needsNoForce_andLeavesTheDevice() {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")), "no /dev/null here");
        CliRun run = CliRun.in(dir, "new", SEED, "--out", "/dev/null");
        assertThat(run.code()).isZero();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void article_throughASymbolicLink_writesTheFileItNames() throws IOException {
        Files.writeString(dir.resolve("notes.md"), "# Harbour\n\nThe harbour opened in 1870 and served the town.\n");
        Files.writeString(dir.resolve(SEED + ".old"), "old\n");
        Files.createSymbolicLink(dir.resolve("harbour.txt"), Path.of(SEED + ".old"));
        CliRun run = CliRun.in(dir, "article", "notes.md", "--out", "harbour.txt", "--force");
        assertThat(run.code()).isZero();
        assertThat(Files.isSymbolicLink(dir.resolve("harbour.txt"))).isTrue();
        assertThat(Files.readString(dir.resolve(SEED + ".old"))).contains("The harbour opened in 1870");
    }

    @Test
    void out_inAFolderThatCannotBeWritten_isRefusedBeforeGrading() throws IOException {
        Path locked = dir.resolve("locked");
        Files.createDirectories(locked);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            Assumptions.assumeFalse(Files.isWritable(locked), "permission bits do not bind here (root)");
            Files.writeString(dir.resolve("class.jsonl"), ANN);
            CliRun run = batch("--answers", "class.jsonl", "--out", "locked/grades.txt");
            assertThat(run.code()).isEqualTo(2);
            assertThat(run.err())
                    .isEqualTo("lectern: cannot write locked/grades.txt: the folder locked is not" + " writable\n");
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void batchOut_thatIsTheSetsArticle_isRefused_andTheArticleKept() throws IOException {
        Files.writeString(dir.resolve("class.jsonl"), ANN);
        String before = Files.readString(dir.resolve(SEED));
        CliRun run = batch("--answers", "class.jsonl", "--out", SEED);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lectern: " + SEED + " is the set's article; name another file with --out\n");
        // Another name of the same file (a hard link) is the same article.
        Files.createLink(dir.resolve("article-copy.txt"), dir.resolve(SEED));
        CliRun linked = batch("--answers", "class.jsonl", "--format", "csv", "--out", "article-copy.txt");
        assertThat(linked.code()).isEqualTo(2);
        assertThat(linked.err()).contains("article-copy.txt is the set's article");
        assertThat(Files.readString(dir.resolve(SEED))).isEqualTo(before);
    }

    @Test
    void export_ontoTheSetsArticle_isRefused() throws IOException {
        String before = Files.readString(dir.resolve(SEED));
        CliRun run = CliRun.in(dir, "export", "set.yaml", "--to", "gift", "--out", SEED);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo("lectern export: " + SEED + " is the set's article; name another file with --out\n");
        assertThat(Files.readString(dir.resolve(SEED))).isEqualTo(before);
    }

    @Test
    void draft_checksOut_beforeDrafting() throws IOException {
        // An article with nothing to ask about: drafting fails (exit 1), but only after --out was checked.
        Files.writeString(dir.resolve("seeds/tiny.txt"), "ok.\n");
        CliRun run = CliRun.in(dir, "draft", "seeds/tiny.txt", "--out", "nowhere/draft.yaml");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lectern draft: cannot write nowhere/draft.yaml: no such folder: nowhere\n");
        Files.createDirectories(dir.resolve("drafts"));
        CliRun folder = CliRun.in(dir, "draft", "seeds/tiny.txt", "--out", "drafts");
        assertThat(folder.err()).isEqualTo("lectern draft: drafts is a folder; name a file with --out\n");
        Files.writeString(dir.resolve("taken.yaml"), "kept\n");
        CliRun taken = CliRun.in(dir, "draft", "seeds/tiny.txt", "--out", "taken.yaml");
        assertThat(taken.err()).isEqualTo("lectern draft: taken.yaml exists; give --force to replace it\n");
        assertThat(Files.readString(dir.resolve("taken.yaml"))).isEqualTo("kept\n");
    }

    @Test
    void batchOut_devStdout_redirectedToAFile_appendsToIt_andKeepsTheShellsFile() throws Exception {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/stdout")), "no /dev/stdout here");
        Files.writeString(dir.resolve("class.jsonl"), ANN);
        Path log = Files.writeString(dir.resolve("log"), "earlier line\n");
        Object inode = Files.getAttribute(log, "unix:ino");
        for (String out : new String[] {"/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"}) {
            if (!Files.exists(Path.of(out))) {
                continue;
            }
            // As 'lectern --batch … --out /dev/stdout >> log': the child's standard output is the log, appended to.
            Process p = lectern(dir, "--batch", "set.yaml", "--answers", "class.jsonl", "--format", "csv", "--out", out)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue())
                    .as(out + ": "
                            + new String(p.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .isZero();
        }
        String report = HEADER + "\n" + ANN_ROW + "\n";
        assertThat(Files.readString(log)).startsWith("earlier line\n" + report + report);
        // The same file the shell opened, not a new one renamed over it.
        assertThat(Files.getAttribute(log, "unix:ino")).isEqualTo(inode);
    }

    /** {@code lectern ARGS} as a separate process in {@code dir}, standard input empty. */
    static ProcessBuilder lectern(Path dir, String... args) {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                "dev.lectern.cli.Main"));
        command.addAll(java.util.List.of(args));
        return new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
    }

    /** The permissions a file made now gets (0666 less the umask). */
    private Set<PosixFilePermission> freshFilePermissions() throws IOException {
        Path probe = dir.resolve("probe");
        try (OutputStream out = Files.newOutputStream(probe, StandardOpenOption.CREATE_NEW)) {
            out.write('x');
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(probe);
        Files.delete(probe);
        return permissions;
    }

    private static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString())
                            .inheritIO()
                            .start()
                            .waitFor()
                    == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
