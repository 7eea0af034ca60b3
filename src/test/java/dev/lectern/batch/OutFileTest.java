package dev.lectern.batch;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutFileTest {
    @TempDir
    Path dir;

    private OutFile.Checked check(String name, OutFile.Input... inputs) {
        return OutFile.check(dir.resolve(name), name, List.of(inputs));
    }

    @Test
    void aLinkToALink_isFollowedToTheEnd() throws IOException {
        Files.createDirectories(dir.resolve("a/b"));
        Files.createSymbolicLink(dir.resolve("one"), Path.of("a/two"));
        Files.createSymbolicLink(dir.resolve("a/two"), Path.of("b/report.txt"));
        OutFile file = check("one").file().orElseThrow();
        assertThat(file.path()).isEqualTo(dir.resolve("a/b").toRealPath().resolve("report.txt"));
        assertThat(file.replaces()).isFalse();
        file.write("x\n".getBytes(UTF_8));
        assertThat(Files.readString(dir.resolve("a/b/report.txt"))).isEqualTo("x\n");
        assertThat(Files.isSymbolicLink(dir.resolve("one"))).isTrue();
    }

    @Test
    void aLoopOfLinks_isRefused_notFollowedForever() throws IOException {
        Files.createSymbolicLink(dir.resolve("p"), Path.of("q"));
        Files.createSymbolicLink(dir.resolve("q"), Path.of("p"));
        assertThat(check("p").refusal()).hasValue("cannot write p: too many levels of symbolic links");
    }

    @Test
    void aLinkToAnInput_isThatInput() throws IOException {
        Files.writeString(dir.resolve("answers.csv"), "student\n");
        Files.createSymbolicLink(dir.resolve("report.csv"), Path.of("answers.csv"));
        assertThat(check("report.csv", OutFile.Input.file(dir.resolve("answers.csv"), "the answers file"))
                        .refusal())
                .hasValue("report.csv is the answers file; name another file with --out");
    }

    @Test
    void aLinkIntoAMissingFolder_namesTheFolderItLeadsTo() throws IOException {
        Files.createSymbolicLink(dir.resolve("r.txt"), Path.of("gone/r.txt"));
        assertThat(check("r.txt").refusal())
                .hasValue("cannot write r.txt: no such folder: "
                        + dir.toRealPath().resolve("gone"));
    }

    @Test
    void aFileAsTheFolder_isNotAFolder() throws IOException {
        Files.writeString(dir.resolve("notes"), "");
        assertThat(check("notes/r.txt").refusal()).hasValue("cannot write notes/r.txt: notes is not a folder");
    }

    @Test
    void anExistingRegularFile_isReplaced_aNewOneIsNot() throws IOException {
        Files.writeString(dir.resolve("old.txt"), "old");
        assertThat(check("old.txt").file().orElseThrow().replaces()).isTrue();
        assertThat(check("new.txt").file().orElseThrow().replaces()).isFalse();
        assertThat(check("new.txt").file().orElseThrow().regular()).isTrue();
    }

    @Test
    void aDevice_isWrittenStraight_neverReplaced() {
        OutFile.Checked checked = OutFile.check(Path.of("/dev/null"), "/dev/null", List.of());
        assertThat(checked.file().orElseThrow().regular()).isFalse();
        assertThat(checked.file().orElseThrow().replaces()).isFalse();
    }
}
