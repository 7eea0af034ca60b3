package dev.lectern.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    private long filesIn() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }

    @Test
    void commit_replacesTheTargetWhole() throws IOException {
        Path target = dir.resolve("r.csv");
        Files.writeString(target, "x".repeat(10_000));
        try (AtomicFile f = AtomicFile.create(target)) {
            f.writer().write("new\n");
            assertThat(Files.readString(target)).hasSize(10_000);
            f.commit();
        }
        assertThat(Files.readString(target)).isEqualTo("new\n");
        assertThat(filesIn()).isEqualTo(1);
    }

    @Test
    void failureBeforeCommit_deletesTheTemporaryFile_andKeepsTheOldTarget() throws IOException {
        Path target = dir.resolve("r.csv");
        Files.writeString(target, "old\n");
        assertThatThrownBy(() -> {
                    try (AtomicFile f = AtomicFile.create(target)) {
                        f.writer().write("half a report");
                        throw new IllegalStateException("interrupted");
                    }
                })
                .hasMessage("interrupted");
        assertThat(Files.readString(target)).isEqualTo("old\n");
        assertThat(filesIn()).isEqualTo(1);
    }

    @Test
    @SuppressWarnings("try") // the open AtomicFile is what is looked at: its temporary file, while it is open
    void theTemporaryFileLivesBesideTheTarget_hiddenAndNamedAfterIt() throws IOException {
        try (AtomicFile f = AtomicFile.create(dir.resolve("grades.csv"))) {
            try (Stream<Path> s = Files.list(dir)) {
                assertThat(s.map(p -> p.getFileName().toString()))
                        .singleElement()
                        .satisfies(name ->
                                assertThat(name).startsWith(".grades.csv.").endsWith(".tmp"));
            }
        }
        assertThat(filesIn()).isZero();
    }

    @Test
    void aNewReport_getsThePermissionsTheUmaskGivesAnyNewFile_notThoseOfATemporaryFile() throws IOException {
        Assumptions.assumeTrue(posix(), "POSIX permissions only");
        Path reference = Files.createFile(dir.resolve("reference"));
        Set<PosixFilePermission> umasked = Files.getPosixFilePermissions(reference);
        Assumptions.assumeFalse(
                umasked.equals(PosixFilePermissions.fromString("rw-------")),
                "the umask (077) makes every new file 0600 anyway");
        Path target = dir.resolve("grades.csv");
        try (AtomicFile f = AtomicFile.create(target)) {
            f.writer().write("student,score\n");
            f.commit();
        }
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(umasked);
    }

    @Test
    void replacingAReport_keepsItsPermissions() throws IOException {
        Assumptions.assumeTrue(posix(), "POSIX permissions only");
        Path target = dir.resolve("grades.csv");
        Files.writeString(target, "old\n");
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rw-r-----"));
        try (AtomicFile f = AtomicFile.create(target)) {
            f.writer().write("new\n");
            f.commit();
        }
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r-----");
    }

    private boolean posix() {
        return Files.getFileAttributeView(dir, PosixFileAttributeView.class) != null;
    }
}
