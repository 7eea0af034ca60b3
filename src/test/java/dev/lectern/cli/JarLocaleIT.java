package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar lectern.jar} started under {@code LC_ALL=C}, without the launcher that switches to C.UTF-8: Java
 * reads file names as ASCII there. A non-ASCII name on the command line is refused naming the locale and the fix
 * (its bytes are gone before Lectern sees them); names found in folders are shown right; an article named with
 * non-ASCII letters says the locale is the problem.
 */
class JarLocaleIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final Path JAR = ROOT.resolve("target/lectern.jar");

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        assumeTrue(Files.isRegularFile(JAR), "target/lectern.jar is built by mvn package; run mvn verify");
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(ROOT.resolve("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/000_d9e472c27e1e5fdd.txt"));
        Files.copy(ROOT.resolve("questions/01-istanbul-talks.yaml"), dir.resolve("été.yaml"));
    }

    @Test
    void aNonAsciiNameOnTheCommandLine_isRefused_namingTheLocaleAndTheFix() throws Exception {
        Run run = run("check", "été.yaml");
        if (run.code() == 0) {
            // A JDK that reads file names as UTF-8 whatever the locale (as on macOS): the name works.
            assertThat(run.out()).isEqualTo("1 file checked: 0 errors, 0 warnings\n");
            return;
        }
        assertThat(run.err())
                .isEqualTo("lectern: '??t??.yaml' has characters Java could not read from the command"
                        + " line: it was started in the locale LC_ALL=C, where it reads file names as US-ASCII. Run it in a"
                        + " UTF-8 locale, as the lectern launcher does: LC_ALL=C.UTF-8 java -jar lectern.jar ...\n");
        assertThat(run.out()).isEmpty();
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void namesFoundInAFolder_areShownAsTheirUtf8Bytes_inListAndCheck() throws Exception {
        Files.writeString(dir.resolve("café.yaml"), "title: x\n");
        Run list = run("--list", ".");
        assertThat(list.out())
                .contains("  ./été.yaml\n    Istanbul talks")
                .contains("  ./café.yaml\n    cannot be used");
        Run check = run("check", ".");
        assertThat(check.out())
                .startsWith("./café.yaml:1:1: error: the set is missing 'article'")
                .endsWith("2 files checked: 2 errors, 0 warnings\n");
        assertThat(check.code()).isEqualTo(1);
    }

    @Test
    void anArticleWithANonAsciiName_saysTheLocaleIsWhy() throws Exception {
        Files.copy(ROOT.resolve("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/café.txt"));
        Files.writeString(
                dir.resolve("set.yaml"),
                Files.readString(dir.resolve("été.yaml")).replaceFirst("(?m)^article: .*$", "article: café.txt"));
        Run run = run("check", "set.yaml");
        if (run.code() == 0) {
            return; // file names are UTF-8 in this JDK whatever the locale
        }
        assertThat(run.out())
                .startsWith("set.yaml:7:10: error: article 'café.txt' cannot be looked up: Java was"
                        + " started in a locale where file names are US-ASCII; run it in a UTF-8 locale, as the lectern"
                        + " launcher does (LC_ALL=C.UTF-8 java -jar lectern.jar)\n");
        assertThat(run.code()).isEqualTo(1);
    }

    private record Run(int code, String out, String err) {}

    private Run run(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 3];
        command[0] = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        command[1] = "-jar";
        command[2] = JAR.toString();
        System.arraycopy(args, 0, command, 3, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
        pb.environment().put("LC_ALL", "C");
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }
}
