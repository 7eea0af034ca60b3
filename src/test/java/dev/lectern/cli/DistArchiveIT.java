package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive of {@code mvn -Pdist package}, unpacked into a folder of its own and run from there as an
 * installed Lectern: no Maven, no source tree, {@code bin/lectern} on the PATH. Skipped (with the reason) in a
 * build without the {@code dist} profile; {@code .ci/run} builds with it.
 */
class DistArchiveIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    static Path unpacked;

    private static Path release;

    @BeforeAll
    static void unpack() throws IOException, InterruptedException {
        Path archive;
        try (Stream<Path> files = Files.list(ROOT.resolve("target"))) {
            archive = files.filter(f -> f.getFileName().toString().matches("lectern-.*\\.tar\\.gz"))
                    .findFirst()
                    .orElse(null);
        }
        assumeTrue(
                archive != null,
                "no target/lectern-*.tar.gz: build it with mvn -Pdist verify to test the" + " release archive");
        Result tar = run(unpacked, List.of("tar", "xzf", archive.toString()), Map.of());
        assertThat(tar.code()).as(tar.output()).isZero();
        String name = archive.getFileName().toString().replace(".tar.gz", "");
        release = unpacked.resolve(name);
    }

    @Test
    void theArchive_holdsTheLauncherJarManPagesCompletionDocsAndSets() {
        assertThat(release.resolve("bin/lectern")).isExecutable();
        assertThat(release.resolve("lib/lectern.jar")).isRegularFile();
        assertThat(release.resolve("man/man1/lectern.1")).isRegularFile();
        assertThat(release.resolve("man/man1/lectern-check.1")).isRegularFile();
        assertThat(release.resolve("completion/lectern.bash")).isRegularFile();
        assertThat(release.resolve("completion/lectern.zsh")).isRegularFile();
        assertThat(release.resolve("docs/batch.md")).isRegularFile();
        assertThat(release.resolve("questions/01-istanbul-talks.yaml")).isRegularFile();
        assertThat(release.resolve("seeds")).isDirectory();
        assertThat(release.resolve("pom.xml")).doesNotExist();
    }

    @Test
    void version_runsFromAnyFolder_withoutMaven() throws IOException, InterruptedException {
        Result r = lectern(unpacked, "--version");
        assertThat(r.output().strip()).isEqualTo("Lectern " + Version.FALLBACK);
        assertThat(r.code()).isZero();
        // The first run made the CDS archive, beside the jar since lib/ is ours to write.
        assertThat(release.resolve("lib/lectern.jsa")).isRegularFile();
    }

    @Test
    void check_findsTheSetsAndArticles_relativeToTheWorkingFolder() throws IOException, InterruptedException {
        Result r = lectern(release, "check", "questions/");
        assertThat(r.output()).contains("2 files checked: 0 errors");
        assertThat(r.code()).isZero();
    }

    @Test
    void batch_gradesTheExampleClass() throws IOException, InterruptedException {
        Result r = lectern(
                release,
                "--batch",
                "questions/01-istanbul-talks.yaml",
                "--answers",
                "examples/batch/class.yaml",
                "--format",
                "csv");
        assertThat(r.output()).startsWith("student,");
        assertThat(r.code()).isIn(0, 1);
    }

    @Test
    void theManPages_render() throws IOException, InterruptedException {
        assumeTrue(onPath("man"), "man is not installed; skipping the rendering of the man pages");
        Result r = run(
                release,
                List.of("man", "-l", "man/man1/lectern-check.1"),
                Map.of("MANWIDTH", "80", "MANPAGER", "cat", "PAGER", "cat"));
        assertThat(r.output())
                .contains("lectern-check - Check question files", "EXIT STATUS", "Examples".toUpperCase(Locale.ROOT));
        assertThat(r.code()).isZero();
    }

    private static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
                .anyMatch(d -> !d.isEmpty() && Files.isExecutable(Path.of(d, command)));
    }

    /** {@code lectern ARGS} as an installed user runs it: bin/ on the PATH, no Maven on it. */
    private static Result lectern(Path folder, String... args) throws IOException, InterruptedException {
        // The launcher by its path (Java looks a program up on its own PATH), with bin/ on the PATH it sees.
        List<String> command =
                new ArrayList<>(List.of(release.resolve("bin/lectern").toString()));
        command.addAll(List.of(args));
        String java = Path.of(System.getProperty("java.home"), "bin").toString();
        return run(
                folder,
                command,
                Map.of(
                        "PATH",
                        release.resolve("bin") + ":" + java + ":/usr/bin:/bin",
                        "HOME",
                        unpacked.toString(),
                        "XDG_CACHE_HOME",
                        unpacked.resolve("cache").toString()));
    }

    private static Result run(Path folder, List<String> command, Map<String, String> env)
            throws IOException, InterruptedException {
        Path output = Files.createTempFile(unpacked, "output", ".txt");
        ProcessBuilder pb = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        pb.environment().putAll(env);
        if (env.containsKey("PATH")) {
            pb.environment().remove("JAVA_HOME");
        }
        Process p = pb.start();
        // The first run also makes the CDS archive, some seconds of training runs.
        assertThat(p.waitFor(300, TimeUnit.SECONDS))
                .as(String.join(" ", command) + " finished")
                .isTrue();
        return new Result(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }

    private record Result(int code, String output) {}
}
