package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher under the C locale, where Java would read file names as ASCII: a set named été.yaml still works. */
class LauncherLocaleIT {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void underTheCLocale_aSetWithAnAccentedName_isCheckedAndListed() throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(ROOT.resolve("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/000_d9e472c27e1e5fdd.txt"));
        Files.copy(ROOT.resolve("questions/01-istanbul-talks.yaml"), dir.resolve("été.yaml"));
        assertThat(run("check", "été.yaml")).isEqualTo("1 file checked: 0 errors, 0 warnings\n");
        assertThat(run("--list", ".")).contains("  ./été.yaml\n");
    }

    private String run(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = ROOT.resolve("lectern").toString();
        System.arraycopy(args, 0, command, 1, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG"));
        pb.environment().put("LC_ALL", "C");
        Path out = dir.resolve("out.txt");
        Process p = pb.redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return Files.readString(out, StandardCharsets.UTF_8);
    }
}
