package dev.lectern.load;

import dev.lectern.article.Article;
import dev.lectern.article.QuoteFinder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * Finds and reads the articles that question sets name: beside the question file first, then in each seeds
 * folder. Names are confined to those folders (no absolute paths, no {@code ..}). Articles are read once
 * and shared by every set that names them.
 */
public final class ArticleLibrary {
    /**
     * An article or the reason it could not be had; {@code unreadable} when the file is there but is not a regular
     * file or is past one of the {@link Limits} (input that cannot be read, exit 2, rather than a mistake in a set);
     * and a warning about its text (control characters).
     */
    public record Found(Article article, String error, boolean unreadable, Optional<String> warning) {
        public Found(Article article, String error) {
            this(article, error, false, Optional.empty());
        }

        public Found(Article article, String error, Optional<String> warning) {
            this(article, error, false, warning);
        }

        static Found refused(String error) {
            return new Found(null, error, true, Optional.empty());
        }

        public boolean ok() {
            return article != null;
        }
    }

    private final List<Path> seedDirs;
    private final Map<Path, Found> cache = new HashMap<>();
    /** Each article's quote index, made once however many sets quote it. */
    private final IdentityHashMap<Article, QuoteFinder> quoteFinders = new IdentityHashMap<>();
    /** Each article's index of texts and numbers by sentence, likewise. */
    private final IdentityHashMap<Article, SentenceIndex> sentenceIndexes = new IdentityHashMap<>();

    public ArticleLibrary(List<Path> seedDirs) {
        this.seedDirs = List.copyOf(seedDirs);
    }

    /** Looks beside each question file, in {@code seeds/} next to its folder, then in {@code workingDir/seeds}. */
    public static ArticleLibrary forProject(Path workingDir) {
        return new ArticleLibrary(List.of(workingDir.resolve("seeds")));
    }

    /**
     * Why {@code name} cannot be a path: a character no file name has (NUL), or one the JVM's file-name encoding
     * lacks, in a JVM started under {@code LC_ALL=C}, where it is ASCII: then the locale is what to change.
     */
    private static String whyNotAFileName(String name) {
        java.nio.charset.Charset names;
        try {
            names = java.nio.charset.Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return "is not a valid file name";
        }
        if (name.indexOf('\0') < 0 && !names.newEncoder().canEncode(name)) {
            return "cannot be looked up: Java was started in a locale where file names are " + names.name()
                    + "; run it in a UTF-8 locale, as the lectern launcher does (LC_ALL=C.UTF-8 java -jar lectern.jar)";
        }
        return "is not a valid file name";
    }

    /** The index of {@code article}'s quotes, made when first asked for. */
    QuoteFinder quotes(Article article) {
        return quoteFinders.computeIfAbsent(article, QuoteFinder::new);
    }

    /** Where texts and numbers occur in {@code article}, one index for every set on it. */
    SentenceIndex sentenceIndex(Article article) {
        return sentenceIndexes.computeIfAbsent(article, SentenceIndex::new);
    }

    /**
     * Starts finding and reading the article {@code name} of a set in {@code questionDir}, and indexing its quotes,
     * on a thread of its own, while the question file is parsed (on the SQuAD set, reading the 1.6 MB article and
     * indexing it was a fifth of {@code check}). Until {@link Prefetch#await} has returned, nothing else may use
     * this library: the library is not shared between threads, only handed over. After that the thread may go on
     * making the article's {@link SentenceIndex}, which it touches only under the index's own lock.
     */
    Prefetch prefetch(String name, Path questionDir) {
        AtomicReference<SentenceIndex> index = new AtomicReference<>();
        FutureTask<Found> task = new FutureTask<>(() -> {
            Found found = find(name, questionDir);
            if (found.ok()) {
                quotes(found.article());
                index.set(sentenceIndex(found.article()));
            }
            return found;
        });
        Prefetch prefetch = new Prefetch(name, questionDir, task);
        Thread thread = new Thread(
                () -> {
                    task.run();
                    // While the file is still being parsed this thread has nothing else to do: it makes what an
                    // answer missing from its evidence needs (a third of reading the SQuAD set's questions, for its
                    // four such answers). Once the set has asked for the article, the cores are the questions'.
                    SentenceIndex made = index.get();
                    if (made != null && !prefetch.taken()) {
                        made.prepare(prefetch::taken);
                    }
                },
                "lectern-article");
        thread.setDaemon(true);
        thread.start();
        return prefetch;
    }

    /** An article being found on a thread of its own ({@link #prefetch}), or {@link #NONE}. */
    static final class Prefetch {
        static final Prefetch NONE = new Prefetch("", Path.of(""), null);

        private final String name;
        private final Path questionDir;
        private final FutureTask<Found> task;
        /** Whether the set has asked for its article: then the loader needs the cores. */
        private final AtomicBoolean taken = new AtomicBoolean();

        private Prefetch(String name, Path questionDir, FutureTask<Found> task) {
            this.name = name;
            this.questionDir = questionDir;
            this.task = task;
        }

        private boolean taken() {
            return taken.get();
        }

        /** What {@link #find} gives for {@code name} in {@code questionDir}, the one prefetched if it is that one. */
        Found find(ArticleLibrary library, String name, Path questionDir) {
            if (task == null) {
                return library.find(name, questionDir);
            }
            taken.set(true);
            if (this.name.equals(name) && this.questionDir.equals(questionDir)) {
                try {
                    return result();
                } catch (ExecutionException e) {
                    // As if found on this thread: the same exception, which check reports as an internal error.
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            await();
            return library.find(name, questionDir);
        }

        /** Waits until the prefetch, if any, is over, whatever it found: the file named another article. */
        void await() {
            if (task == null) {
                return;
            }
            taken.set(true);
            try {
                result();
            } catch (ExecutionException | RuntimeException e) {
                // Not the article the set names, or it failed: the set's own look-up will say what is wrong.
            }
        }

        /** The task's result; an interrupt (Ctrl-C in check --watch) is kept for later, not lost, nor a failure. */
        private Found result() throws ExecutionException {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return task.get();
                    } catch (InterruptedException e) {
                        interrupted = true;
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    Found find(String name, Path questionDir) {
        Path relative;
        try {
            relative = Path.of(name).normalize();
        } catch (java.nio.file.InvalidPathException e) {
            return new Found(null, "article '" + name + "' " + whyNotAFileName(name));
        }
        if (Path.of(name).isAbsolute() || escapes(Path.of(name))) {
            return new Found(
                    null,
                    "article '" + name + "' must be a file name beside this question file or in"
                            + " seeds/; absolute paths and '..' are not allowed");
        }
        List<Path> places = places(questionDir);
        Path here = places.get(0);
        for (Path dir : places) {
            Path candidate = dir.resolve(relative);
            if (!Files.exists(candidate, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Optional<Found> refused = refusal(name, candidate, dir, dir.equals(here));
            if (refused.isPresent()) {
                return refused.get();
            }
            return cache.computeIfAbsent(candidate.toAbsolutePath().normalize(), p -> read(name, p));
        }
        return new Found(null, notFound(name, places));
    }

    /**
     * Why {@code candidate}, found in {@code dir}, may not be read, if it may not: it is not a regular file, or it
     * is not really in {@code dir} (a link leading out, or {@code dir} itself a link, as in {@code ln -s /etc
     * seeds}, which quoted /etc/passwd). The rule is applied to where the file really is. The question file's own
     * folder is where the set really is, whatever way it was reached, so only the folders of articles are checked
     * for being links.
     */
    private static Optional<Found> refusal(String name, Path candidate, Path dir, boolean questionFolder) {
        String shownDir = display(dir) + "/";
        try {
            if (!questionFolder && Files.isSymbolicLink(dir)) {
                return Optional.of(new Found(
                        null,
                        "article '" + name + "' is in " + shownDir + ", which is a link"
                                + " to " + dir.toRealPath()
                                + "; articles must really be in that folder: copy the article"
                                + " there"));
            }
            if (!Files.exists(candidate)) {
                return Optional.of(new Found(
                        null,
                        "article '" + name + "' is a link to " + Files.readSymbolicLink(candidate)
                                + ", which does not exist"));
            }
            Path real = candidate.toRealPath();
            if (!real.startsWith(dir.toRealPath())) {
                return Optional.of(new Found(
                        null,
                        "article '" + name + "' is a link to " + real + ", outside " + shownDir
                                + "; copy the article into the folder instead of linking to it"));
            }
            if (Files.isDirectory(real)) {
                return Optional.of(Found.refused("article '" + name + "' is a folder, not a file"));
            }
            if (!Files.isRegularFile(real)) {
                return Optional.of(Found.refused("article '" + name + "' is not a regular file (a device or a"
                        + " pipe); save the article as a text file"));
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(new Found(null, "article '" + name + "' cannot be read: " + e.getMessage()));
        }
    }

    /**
     * The article files read so far (the files, not the names sets gave), so that a command writing a file can
     * refuse to write over the article of the set it read ({@code --out seeds/article.txt}).
     */
    public List<Path> filesRead() {
        return cache.entrySet().stream()
                .filter(e -> e.getValue().ok())
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
    }

    private static boolean escapes(Path path) {
        for (Path part : path) {
            if (part.toString().equals("..")) {
                return true;
            }
        }
        return false;
    }

    private List<Path> places(Path questionDir) {
        // Absolute and normalized, so the same folder reached two ways is searched and listed once.
        Set<Path> places = new LinkedHashSet<>();
        Path here = questionDir.toAbsolutePath().normalize();
        places.add(here);
        if (here.getParent() != null) {
            places.add(here.getParent().resolve("seeds"));
        }
        seedDirs.forEach(d -> places.add(d.toAbsolutePath().normalize()));
        return new ArrayList<>(places);
    }

    /** Reads an article file named directly (as {@code lectern passages} does), calling it {@code name}. */
    public static Found readFile(Path file, String name) {
        if (Files.isDirectory(file)) {
            return Found.refused("article '" + name + "' is a folder, not a file");
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return Found.refused("article '" + name + "' is not a regular file (a device or a pipe); save the"
                    + " article as a text file");
        }
        if (!Files.isRegularFile(file)) {
            return new Found(null, "article '" + name + "' not found");
        }
        return read(name, file);
    }

    private static Found read(String name, Path file) {
        try {
            SourceFile.Read read = SourceFile.read(
                    file, "article '" + name + "'", "split it into several articles, each with its own question sets");
            if (!read.ok()) {
                return Found.refused(read.refusal());
            }
            Utf8.Decoded text = Utf8.decode(read.bytes());
            if (!text.ok()) {
                return new Found(
                        null,
                        "article '" + name + "' (" + file + ") is not valid UTF-8: "
                                + text.badByte().describe() + "; save it as UTF-8");
            }
            Optional<Pos> overLong = SourceFile.overLongLine(text.text());
            if (overLong.isPresent()) {
                return Found.refused("article '" + name + "': "
                        + SourceFile.overLongLineMessage(
                                overLong.get(),
                                "an article",
                                "an article has one paragraph a line, so break this one into paragraphs"));
            }
            return new Found(Article.fromText(name, text.text()), null, ControlCharacters.inArticle(name, text.text()));
        } catch (NoSuchFileException e) {
            return new Found(null, "article '" + name + "' not found");
        } catch (IOException e) {
            return new Found(null, "article '" + name + "' cannot be read: " + e.getMessage());
        }
    }

    private static String notFound(String name, List<Path> places) {
        List<String> shown = new ArrayList<>();
        List<String> available = new ArrayList<>();
        for (Path dir : places) {
            shown.add(display(dir) + "/");
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(Files::isRegularFile)
                        .map(p -> p.getFileName().toString())
                        .filter(f -> f.endsWith(".txt"))
                        .forEach(available::add);
            } catch (IOException e) {
                // a folder that does not exist has nothing to suggest
            }
        }
        return "article '" + name + "' not found; looked in " + String.join(", ", shown)
                + DidYouMean.hint(name, available);
    }

    private static String display(Path dir) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = dir.toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
