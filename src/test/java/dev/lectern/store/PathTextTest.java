package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paths as text and back; the C locale, where names cannot be spelled, is NonAsciiNamesInTmuxIT's. */
class PathTextTest {
    @TempDir
    Path dir;

    @Test
    void aPathThisJvmCanSpell_isItsOwnText_andComesBackTheSame() throws IOException {
        Path file = Files.createFile(dir.resolve("été.yaml"));
        String text = PathText.of(file);

        assertThat(text).isEqualTo(file.toString());
        assertThat(PathText.absolute(text)).isEqualTo(file);
    }

    @Test
    void onlyAnAbsolutePath_canBeMadeFromText() {
        assertThat(PathText.isAbsolute("/tmp/a.yaml")).isTrue();
        assertThat(PathText.isAbsolute("questions/a.yaml")).isFalse();
        assertThatThrownBy(() -> PathText.absolute("questions/a.yaml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not an absolute path: questions/a.yaml");
    }
}
