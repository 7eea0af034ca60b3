package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code stats} and {@code review} on a history in a folder the learner may not write (a shared or archived copy):
 * SQLite cannot make the WAL's index beside it, so the file is read as immutable. File modes do not stop root, so
 * when the tests run as root the commands run as the user {@code nobody} ({@code setpriv}), in a JVM of their own;
 * where that is impossible the test is skipped, saying why.
 */
class ReadOnlyHistoryCliTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T10:15:30Z"), ZoneOffset.UTC);
    private static final int NOBODY = 65534;

    @TempDir
    Path dir;

    private Path data;
    private Path file;

    @BeforeEach
    void aHistoryOfTwoSheets() throws IOException {
        HistoryProject.copyInto(dir);
        data = dir.resolve("data");
        file = data.resolve("progress.db");
        CliRun record = HistoryProject.record(dir, data, CLOCK);
        assertThat(record.err()).startsWith("lectern: recorded 2 sheets");
        // Closed: nothing but the file itself (and the driver's library), no -wal or -shm beside it.
        assertThat(data.resolve("progress.db-wal")).doesNotExist();
        assertThat(data.resolve("progress.db-shm")).doesNotExist();
    }

    @AfterEach
    void writableAgain() throws IOException {
        // So that the test's folder can be deleted when the tests do not run as root.
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void statsAndReview_onAHistoryInAReadOnlyFolder_readIt_andWriteNothing() throws Exception {
        String expected = CliRun.withInput(dir, Map.of(), Clock.systemUTC(), "", "stats", "--data-dir", data.toString())
                .out();
        assertThat(expected).contains("Istanbul talks without Putin").contains("2 attempts");
        List<String> asUser = asUserWhoCannotWrite();
        byte[] before = Files.readAllBytes(file);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("r-xr-xr-x"));

        CliRun stats = run(asUser, "stats", "--data-dir", data.toString());
        assertThat(stats.err()).isEmpty();
        assertThat(stats.code()).isZero();
        assertThat(stats.out()).isEqualTo(expected);

        CliRun review = run(asUser, "review", "--data-dir", data.toString());
        assertThat(review.err()).isEmpty();
        assertThat(review.out()).startsWith("Nothing is due today");
        assertThat(review.code()).isZero();

        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        try (Stream<Path> left = Files.list(data)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .contains("progress.db")
                    .doesNotContain("progress.db-wal", "progress.db-shm", "progress.db-journal");
        }
    }

    /**
     * The command prefix that runs a program as a user for whom the folder is read-only: none when the tests do not
     * run as root; as root, {@code setpriv} to {@code nobody}, with this test's folder and a copy of the class path
     * that {@code nobody} may read.
     */
    private List<String> asUserWhoCannotWrite() throws IOException, InterruptedException {
        List<String> java = new ArrayList<>();
        String classPath = System.getProperty("java.class.path");
        if ((Integer) Files.getAttribute(dir, "unix:uid") == 0) {
            List<String> setpriv = List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "--");
            Assumptions.assumeTrue(
                    exitOf(setpriv, "true") == 0,
                    "the tests run as root, whom file modes do not stop, and setpriv cannot run a program as the user"
                            + " nobody (uid " + NOBODY + ") here");
            java.addAll(setpriv);
            classPath = readableCopy(classPath);
            // @TempDir makes the test's folder for its owner only.
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        java.addAll(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classPath,
                "dev.lectern.cli.Main"));
        return java;
    }

    /**
     * The class path's folders copied into this test's folder, and its jars linked there (else copied): everything
     * in the test's folder readable by all.
     */
    private String readableCopy(String classPath) throws IOException {
        Path cp = Files.createDirectories(dir.resolve("cp"));
        List<String> entries = new ArrayList<>();
        Map<Path, Path> jars = new java.util.LinkedHashMap<>();
        int n = 0;
        for (String entry : classPath.split(java.util.regex.Pattern.quote(java.io.File.pathSeparator), -1)) {
            Path from = Path.of(entry);
            Path to = cp.resolve(n++ + "-" + from.getFileName());
            if (Files.isDirectory(from)) {
                try (Stream<Path> tree = Files.walk(from)) {
                    for (Path p : (Iterable<Path>) tree::iterator) {
                        Files.copy(p, to.resolve(from.relativize(p).toString()));
                    }
                }
                entries.add(to.toString());
            } else if (Files.isRegularFile(from)) {
                jars.put(from, to);
                entries.add(to.toString());
            }
        }
        try (Stream<Path> tree = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) tree::iterator) {
                Files.setPosixFilePermissions(
                        p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--"));
            }
        }
        for (Map.Entry<Path, Path> jar : jars.entrySet()) {
            try {
                Files.createLink(jar.getValue(), jar.getKey());
            } catch (FileSystemException | UnsupportedOperationException e) {
                Files.copy(jar.getKey(), jar.getValue());
                Files.setPosixFilePermissions(jar.getValue(), PosixFilePermissions.fromString("rw-r--r--"));
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }

    private CliRun run(List<String> prefix, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.addAll(List.of(args));
        return HistoryProject.process(command, dir);
    }

    private static int exitOf(List<String> prefix, String program) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(prefix);
        command.add(program);
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
