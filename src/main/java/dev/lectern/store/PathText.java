package dev.lectern.store;

import java.io.IOException;
import java.net.URI;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Paths as text, and back, in any file-name encoding. A JVM started in a locale that is not UTF-8 (raw
 * {@code LC_ALL=C java -jar}) turns each byte of a name it cannot decode into U+FFFD, and cannot turn a name such
 * as {@code été.yaml} back into a path at all. Lectern's names are UTF-8 (its files are, and the launcher starts
 * Java in C.UTF-8), so a path is shown and recorded as its bytes read in UTF-8, and that text is made a path again
 * by finding the name in its folder: the history keys a set alike in every locale.
 */
public final class PathText {
    /** What the JVM puts for each byte it could not decode. */
    private static final char LOST = '\uFFFD';

    private PathText() {}

    /**
     * {@code path} as text, with the names this JVM could not decode read from their bytes as UTF-8 (a path keeps
     * the bytes its folder listing gave; its URI writes them percent-encoded, which {@link URI#getPath} reads as
     * UTF-8); a name that is not UTF-8 either keeps its replacement characters.
     */
    public static String of(Path path) {
        String text = path.toString();
        if (text.indexOf(LOST) < 0) {
            return text;
        }
        List<String> names = new ArrayList<>();
        for (Path name : path) {
            names.add(name.toString().indexOf(LOST) < 0 ? name.toString() : utf8(name));
        }
        return (path.isAbsolute() ? path.getRoot().toString() : "") + String.join("/", names);
    }

    /** One name element read from its bytes as UTF-8. */
    private static String utf8(Path name) {
        Path root = name.getFileSystem().getRootDirectories().iterator().next();
        String decoded = root.resolve(name).toUri().getPath();
        return decoded.replaceAll("^/+|/+$", "");
    }

    /** Whether {@code text} is an absolute path (whether or not this JVM's encoding can hold its characters). */
    public static boolean isAbsolute(String text) {
        return text.startsWith("/");
    }

    /**
     * The path whose text ({@link #of}) is {@code absolute}, which must be absolute. A name this JVM cannot spell
     * is looked up in its folder's listing, which gives paths with the name's own bytes (a file URI does not help:
     * the JDK makes its path from a string too); one not there has its unspellable characters as {@code ?}.
     */
    public static Path absolute(String absolute) {
        if (!isAbsolute(absolute)) {
            throw new IllegalArgumentException("not an absolute path: " + absolute);
        }
        Path root = FileSystems.getDefault().getRootDirectories().iterator().next();
        try {
            return root.resolve(absolute);
        } catch (InvalidPathException e) {
            Path path = root;
            for (String name : absolute.split("/", -1)) {
                path = name.isEmpty() ? path : child(path, name);
            }
            return path;
        }
    }

    private static Path child(Path folder, String name) {
        try {
            return folder.resolve(name);
        } catch (InvalidPathException e) {
            try (DirectoryStream<Path> listing = Files.newDirectoryStream(folder)) {
                for (Path entry : listing) {
                    if (of(entry.getFileName()).equals(name)) {
                        return entry;
                    }
                }
            } catch (IOException | DirectoryIteratorException | SecurityException unreadable) {
                // Not listed: the name as near as this JVM can spell it, which names no file of Lectern's.
            }
            return folder.resolve(spellable(name));
        }
    }

    private static String spellable(String name) {
        StringBuilder b = new StringBuilder();
        name.codePoints().forEach(c -> b.append(c < 0x80 ? (char) c : '?'));
        return b.toString();
    }
}
