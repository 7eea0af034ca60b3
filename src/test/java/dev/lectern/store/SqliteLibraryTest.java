package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The driver's native library is copied out of the jar once, into the data folder, whole or not at all. */
class SqliteLibraryTest {
    @TempDir
    Path dir;

    @Test
    void extract_copiesTheLibraryOnce_underTheDriversVersion() throws IOException {
        Optional<Path> first = SqliteLibrary.extract(dir);
        assertThat(first).isPresent();
        Path library = first.get();
        assertThat(library).startsWith(dir.resolve("native")).isRegularFile();
        assertThat(library.getParent().getFileName().toString()).startsWith("sqlite-3.");
        assertThat(Files.size(library)).isGreaterThan(100_000);
        long modified = Files.getLastModifiedTime(library).toMillis();

        assertThat(SqliteLibrary.extract(dir)).contains(library);
        assertThat(Files.getLastModifiedTime(library).toMillis()).isEqualTo(modified);
        // No half-written copy is left beside it.
        try (var files = Files.list(library.getParent())) {
            assertThat(files).containsExactly(library);
        }
    }

    @Test
    void aCopyCutShort_orDamaged_isCopiedAgain_beforeTheDriverCanLoadIt() throws IOException {
        Path library = SqliteLibrary.extract(dir).orElseThrow();
        byte[] whole = Files.readAllBytes(library);
        Files.write(library, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(SqliteLibrary.extract(dir)).contains(library);
        assertThat(Files.readAllBytes(library)).isEqualTo(whole);

        byte[] damaged = whole.clone();
        damaged[damaged.length / 2] ^= 0x5a;
        Files.write(library, damaged);
        assertThat(SqliteLibrary.extract(dir)).contains(library);
        assertThat(Files.readAllBytes(library)).isEqualTo(whole);
    }

    @Test
    void extract_whereNoFolderCanBeMade_isEmpty() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThat(SqliteLibrary.extract(file)).isEmpty();
    }
}
