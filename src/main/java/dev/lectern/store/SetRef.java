package dev.lectern.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Which set a history row belongs to: its {@code key}, the set file's absolute path with symbolic links resolved
 * (so the same file is the same set from any folder, under any name), and the {@code label} it was named by, kept
 * for display only. A key that is not an absolute path is a set recorded before Lectern knew its file (schema 1),
 * whose file could not be told since.
 */
public record SetRef(String key, String label) {
    public SetRef {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        if (key.isBlank()) {
            throw new IllegalArgumentException("a set's key cannot be blank");
        }
    }

    /** The set {@code typed} (a path, relative to {@code workingDir} or absolute), with that as its label. */
    public static SetRef of(Path workingDir, String typed) {
        return new SetRef(PathText.of(canonical(workingDir.resolve(typed))), typed);
    }

    /** The set in {@code file}, named {@code label}. */
    public static SetRef ofFile(Path file, String label) {
        return new SetRef(PathText.of(canonical(file)), label);
    }

    /**
     * {@code path} absolute and normalized, with symbolic links resolved as far as the path exists: a file that is
     * gone (a set moved away) still gets the key it had, as long as its folder is where it was.
     */
    public static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        try {
            if (Files.exists(absolute)) {
                return absolute.toRealPath();
            }
            Path parent = absolute.getParent();
            if (parent != null && Files.isDirectory(parent)) {
                return parent.toRealPath().resolve(absolute.getFileName());
            }
        } catch (IOException | SecurityException e) {
            // Unreadable on the way: the absolute path is the best name there is.
        }
        return absolute;
    }

    /** The set's file, when its key is one. */
    public Optional<Path> file() {
        return PathText.isAbsolute(key) ? Optional.of(PathText.absolute(key)) : Optional.empty();
    }
}
