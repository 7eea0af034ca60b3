package dev.lectern.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a command writes a file ({@code --batch --out}, {@code export}, {@code import}, {@code article},
 * {@code draft}, {@code new}, a hand-in), checked before any work is done: never one of the run's own inputs
 * (compared as files, so a second name, a symbolic or a hard link is caught), never a folder, in a folder that
 * exists and can be written. A symbolic link is written through to the file it names; a regular file is replaced
 * atomically ({@link AtomicFile}, with the umask's permissions or those of the file it replaces); anything else (a
 * device such as {@code /dev/null}, a FIFO, {@code /dev/stdout}) is written straight to, never replaced by a file;
 * so is a name of a descriptor already open ({@code /dev/stdout} redirected to a file), appended to as the
 * shell's {@code >>} or {@code >} left it.
 */
public final class OutFile {
    /** Symbolic links followed at most, as the kernel's own limit (ELOOP). */
    private static final int MAX_LINKS = 40;
    /** Names of descriptors the process has open (Linux: /proc; BSD and macOS: /dev/fd). */
    private static final Pattern DESCRIPTOR =
            Pattern.compile("/dev/(stdin|stdout|stderr)|/dev/fd/\\d+|/proc/(self|thread-self|\\d+)/fd/\\d+");

    /** A file the run reads, described for a message ("the answers file"); a folder of sheets when {@code folder}. */
    public record Input(Path path, String what, boolean folder) {
        public static Input file(Path path, String what) {
            return new Input(path, what, false);
        }

        /** A folder whose sheets are read ({@code --answers DIR}): no report may be, or become, one of them. */
        public static Input sheetFolder(Path dir, String shown) {
            return new Input(dir, "the folder of answer sheets " + shown, true);
        }
    }

    /** What {@link #check} found: the file to write, or why it cannot be written (a message without a prefix). */
    public record Checked(Optional<OutFile> file, Optional<String> refusal) {
        public Checked {
            if (file.isPresent() == refusal.isPresent()) {
                throw new IllegalArgumentException("a checked output is a file or a refusal");
            }
        }
    }

    private final Path path;
    private final boolean regular;
    private final boolean exists;

    private OutFile(Path path, boolean regular, boolean exists) {
        this.path = path;
        this.regular = regular;
        this.exists = exists;
    }

    /** {@code target} as given (resolved against the working folder), {@code shown} as the user wrote it. */
    public static Checked check(Path target, String shown, List<Input> inputs) {
        Path abs = target.toAbsolutePath();
        Path real;
        try {
            // What exists is found by the kernel (which also follows /dev/stdout to a pipe, a name no path can
            // spell); only a link to a file not made yet is followed here.
            boolean straight = Files.exists(abs) && !Files.isRegularFile(abs) && !Files.isDirectory(abs);
            if (Files.exists(abs) && !Files.isDirectory(abs) && namesADescriptor(abs)) {
                // /dev/stdout redirected to a file ('>> log'): the shell's open file, written through, never replaced.
                return new Checked(Optional.of(new OutFile(abs, false, true)), Optional.empty());
            }
            real = straight ? abs : Files.exists(abs) ? abs.toRealPath() : throughLinks(abs);
        } catch (IOException e) {
            return refused("cannot write " + shown + ": " + e.getMessage());
        }
        if (Files.isDirectory(real)) {
            return refused(shown + " is a folder; name a file with --out");
        }
        for (Input input : inputs) {
            Optional<String> clash = clash(real, shown, input);
            if (clash.isPresent()) {
                return refused(clash.get());
            }
        }
        boolean exists = Files.exists(real);
        if (exists && !Files.isRegularFile(real)) {
            return new Checked(Optional.of(new OutFile(real, false, true)), Optional.empty());
        }
        Path parent = real.getParent();
        Optional<String> folder = folderProblem(
                        parent, Files.isSymbolicLink(target) ? parent.toString() : shownFolder(shown))
                .map(p -> "cannot write " + shown + ": " + p);
        if (folder.isPresent()) {
            return refused(folder.get());
        }
        return new Checked(Optional.of(new OutFile(real, true, exists)), Optional.empty());
    }

    /**
     * Why files cannot be made in {@code dir} ({@code shown} as the user named it), or empty when they can. As root
     * every folder is writable to {@link Files#isWritable}; a read-only file system is still caught when the file is
     * made, before any work is done.
     */
    public static Optional<String> folderProblem(Path dir, String shown) {
        if (!Files.isDirectory(dir)) {
            return Optional.of(Files.exists(dir) ? shown + " is not a folder" : "no such folder: " + shown);
        }
        return Files.isWritable(dir) ? Optional.empty() : Optional.of("the folder " + shown + " is not writable");
    }

    private static String shownFolder(String shown) {
        Path parent = Path.of(shown).getParent();
        return parent == null ? "." : parent.toString();
    }

    private static Optional<String> clash(Path real, String shown, Input input) {
        if (!Files.exists(input.path())) {
            return Optional.empty();
        }
        if (input.folder()) {
            String name = real.getFileName().toString();
            if (!sameFile(real.getParent(), input.path())
                    || name.startsWith(".")
                    || InputFormat.fromName(name).isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(shown + " is in " + input.what() + ", where "
                    + (Files.exists(real) ? "it is read as a sheet" : "the next run would read it as a sheet")
                    + "; write it somewhere else with --out");
        }
        return Files.exists(real) && sameFile(real, input.path())
                ? Optional.of(shown + " is " + input.what() + "; name another file with --out")
                : Optional.empty();
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether {@code path} names a file descriptor the process already has open ({@code /dev/stdout}, {@code
     * /dev/stderr}, {@code /dev/fd/N}, {@code /proc/self/fd/N}), itself or through its links. Such a name leads to
     * the shell's redirection ({@code > log}, {@code >> log}): the file must be written through that name, not
     * replaced by a new one (which would leave the shell's open file orphaned and lose what {@code >>} kept).
     */
    static boolean namesADescriptor(Path path) {
        Path p = path.toAbsolutePath().normalize();
        for (int i = 0; i < MAX_LINKS; i++) {
            if (DESCRIPTOR.matcher(p.toString()).matches()) {
                return true;
            }
            if (!Files.isSymbolicLink(p)) {
                return false;
            }
            try {
                p = p.resolveSibling(Files.readSymbolicLink(p)).normalize();
            } catch (IOException e) {
                return false;
            }
        }
        return false;
    }

    /** The file {@code path} names once every symbolic link is followed, even one that names a file not made yet. */
    private static Path throughLinks(Path path) throws IOException {
        Path p = path;
        for (int i = 0; i < MAX_LINKS; i++) {
            Path parent = p.getParent();
            if (parent != null && Files.isDirectory(parent)) {
                // Links in the folders above are the kernel's business: only the last name is followed here.
                p = parent.toRealPath().resolve(p.getFileName());
            }
            if (!Files.isSymbolicLink(p)) {
                return p;
            }
            Path link = Files.readSymbolicLink(p);
            p = p.resolveSibling(link).normalize();
        }
        throw new IOException("too many levels of symbolic links");
    }

    private static Checked refused(String why) {
        return new Checked(Optional.empty(), Optional.of(why));
    }

    /** The file written: the target with symbolic links followed. */
    public Path path() {
        return path;
    }

    /** Whether the file is a regular one (not a device or a FIFO), so that it can be read back once written. */
    public boolean regular() {
        return regular;
    }

    /** Whether writing replaces a regular file there now (what {@code --force} is asked for). */
    public boolean replaces() {
        return regular && exists;
    }

    /**
     * Opens the file for writing: a regular file replaced at {@link AtomicFile#commit()}, anything else written
     * straight to (a FIFO's open waits for a reader, as a shell's redirection does).
     */
    public AtomicFile open() throws IOException {
        return regular ? AtomicFile.create(path) : AtomicFile.straight(path);
    }

    /** Writes {@code bytes} whole, as {@link #open()} does. */
    public void write(byte[] bytes) throws IOException {
        try (AtomicFile file = open()) {
            file.writeBytes(bytes);
            file.commit();
        }
    }
}
