package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where one question set's file is expected, a folder (even one named like a set), a device or nothing is called what
 * it is, with what to give instead.
 */
class NotASetTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(ROOT.resolve("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/000_d9e472c27e1e5fdd.txt"));
        Files.createDirectories(dir.resolve("unit.yaml/week1"));
        Files.copy(ROOT.resolve("questions/01-istanbul-talks.yaml"), dir.resolve("unit.yaml/week1/talks.yaml"));
        Files.copy(ROOT.resolve("questions/01-istanbul-talks.yaml"), dir.resolve("unit.yaml/week1/again.yml"));
        Files.createDirectories(dir.resolve("empty.yaml"));
    }

    @Test
    void batch_onAFolderNamedLikeASet_saysItIsAFolder_andNamesASetInIt() {
        CliRun run = CliRun.withInput(dir, "", "--batch", "unit.yaml");
        assertThat(run.err())
                .isEqualTo("lectern: unit.yaml is a folder, not a question set: give one set's file,"
                        + " such as unit.yaml/week1/again.yml (2 sets in it; lectern --list unit.yaml lists them)\n");
        assertThat(run.code()).isEqualTo(2);
        CliRun empty = CliRun.withInput(dir, "", "--batch", "empty.yaml");
        assertThat(empty.err())
                .isEqualTo("lectern: empty.yaml is a folder, not a question set, and has no question"
                        + " sets (.yaml, .yml) in it; give one set's file\n");
        assertThat(empty.code()).isEqualTo(2);
    }

    @Test
    void batch_onNothing_andOnADevice_sayWhich() {
        CliRun missing = CliRun.withInput(dir, "", "--batch", "nope.yaml");
        assertThat(missing.err()).isEqualTo("lectern: no such question set: nope.yaml\n");
        assertThat(missing.code()).isEqualTo(2);
        if (Files.exists(Path.of("/dev/null"))) {
            CliRun device = CliRun.withInput(dir, "", "--batch", "/dev/null");
            assertThat(device.err())
                    .isEqualTo("lectern: /dev/null is not a regular file (a device or a pipe), not a"
                            + " question set; give a set's .yaml file\n");
            assertThat(device.code()).isEqualTo(2);
        }
    }

    @Test
    void export_review_andRelink_sayTheSame() {
        String folder = "unit.yaml is a folder, not a question set: give one set's file, such as"
                + " unit.yaml/week1/again.yml (2 sets in it; lectern --list unit.yaml lists them)";
        CliRun export = CliRun.withInput(dir, "", "export", "unit.yaml", "--to", "gift");
        assertThat(export.err()).isEqualTo("lectern export: " + folder + "\n");
        assertThat(export.code()).isEqualTo(2);
        CliRun review = CliRun.withInput(dir, "", "review", "--all", "unit.yaml", "--data-dir", "data");
        assertThat(review.err()).isEqualTo("lectern review: " + folder + "\n");
        assertThat(review.code()).isEqualTo(2);
        CliRun relink = CliRun.withInput(dir, "", "stats", "--relink", "old.yaml", "unit.yaml", "--data-dir", "data");
        assertThat(relink.err())
                .isEqualTo("lectern stats: --relink: " + folder + " (NEW is the set's file where it" + " is now)\n");
        assertThat(relink.code()).isEqualTo(2);
    }
}
