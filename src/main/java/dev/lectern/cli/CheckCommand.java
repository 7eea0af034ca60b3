package dev.lectern.cli;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.Problem;
import dev.lectern.load.QuestionSetLoader;
import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lectern check}: reports every problem in question files, like a compiler. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Check question files and report every problem as file:line:col: message.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  lectern check                                  # every set in questions/",
            "  lectern check questions/01-istanbul-talks.yaml --strict",
            "  lectern check --format json questions/ | jq '.[] | .message'"
        })
public final class CheckCommand implements Callable<Integer> {
    enum Format {
        text,
        json
    }

    /** Something that says when the watched files have changed: the JDK's watch service, or a test's script. */
    interface Changes extends Closeable {
        /** Blocks until the files changed; false when watching should stop. */
        boolean await() throws InterruptedException;
    }

    /** Opens the changes of the given files and folders. */
    interface Watcher {
        Changes watch(List<Path> paths) throws IOException;
    }

    /** Clears a terminal and puts the cursor at the top left. */
    static final String CLEAR_SCREEN = "\033[H\033[2J";

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Question files or folders (default: questions/).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "Output: ${COMPLETION-CANDIDATES} (default: text).")
    Format format = Format.text;

    @Option(
            names = "--show",
            description = "Also print each question with its answer and the text its evidence" + " points at.")
    boolean show;

    @Option(
            names = "--watch",
            description = "Check again each time a question file or article is saved (Ctrl-C to" + " stop).")
    boolean watch;

    private final Path workingDir;
    private final Clock clock;
    private final Watcher watcher;
    private final boolean stdoutIsTerminal;

    public CheckCommand(Path workingDir) {
        // The watch line's time is the teacher's wall clock, in the machine's own zone, looked up only when --watch
        // prints it: finding the zone loads the time-zone database, some 5 ms of every save hook's check.
        this(workingDir, new LocalClock(), FileChanges::watching, Console.stdoutIsTerminal());
    }

    CheckCommand(Path workingDir, Clock clock, Watcher watcher, boolean stdoutIsTerminal) {
        this.workingDir = workingDir;
        this.clock = clock;
        this.watcher = watcher;
        this.stdoutIsTerminal = stdoutIsTerminal;
    }

    /**
     * {@code lectern check [PATH...]} with no option, made without picocli, whose command model (read by reflection
     * from the annotations) was about a third of the command's start-up: the save-hook case, as
     * {@link LecternCommand#plainQuiz} is for the quiz. An option, an {@code @file}, an empty argument or a path
     * Java cannot name stays with the parser, and so gets its messages.
     */
    static Optional<CheckCommand> plain(String[] args, Path workingDir) {
        if (args.length == 0 || !args[0].equals("check")) {
            return Optional.empty();
        }
        CheckCommand command = new CheckCommand(workingDir);
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@")) {
                return Optional.empty();
            }
            try {
                command.paths.add(Path.of(arg));
            } catch (java.nio.file.InvalidPathException e) {
                return Optional.empty();
            }
        }
        return Optional.of(command);
    }

    @Override
    public Integer call() {
        return check(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Checks as the options say, writing the report to {@code out} and usage errors to {@code err}. */
    int check(PrintWriter out, PrintWriter err) {
        List<Path> roots = paths.isEmpty() ? List.of(Path.of("questions")) : paths;
        Optional<Map<String, Path>> files = files(roots, err);
        if (files.isEmpty()) {
            return ExitCode.USAGE.code();
        }
        if (!watch) {
            return checkOnce(files.get(), out);
        }
        List<Path> watched =
                new ArrayList<>(roots.stream().map(workingDir::resolve).toList());
        if (Files.isDirectory(workingDir.resolve("seeds"))) {
            watched.add(workingDir.resolve("seeds"));
        }
        try (Changes changes = watcher.watch(watched)) {
            while (true) {
                int code = checkOnce(files.get(), out);
                out.println("[" + LocalTime.now(clock).truncatedTo(ChronoUnit.SECONDS) + "] watching "
                        + String.join(", ", roots.stream().map(Path::toString).toList())
                        + " for changes; Ctrl-C to stop");
                out.flush();
                if (!changes.await()) {
                    return code;
                }
                Optional<Map<String, Path>> again = files(roots, err);
                if (again.isEmpty()) {
                    return ExitCode.USAGE.code();
                }
                files = again;
                out.print(stdoutIsTerminal ? CLEAR_SCREEN : "\n");
            }
        } catch (IOException e) {
            err.println("lectern check: cannot watch " + roots + " for changes: " + e.getMessage());
            return ExitCode.USAGE.code();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ExitCode.OK.code();
        }
    }

    /** The question files under the roots, by the name shown for each; empty (reported) when there are none. */
    private Optional<Map<String, Path>> files(List<Path> roots, PrintWriter err) {
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path root : roots) {
            Path resolved = workingDir.resolve(root);
            if (!Files.exists(resolved)) {
                err.println("lectern check: no such file or folder: " + root);
                return Optional.empty();
            }
            for (Path file : QuestionFiles.under(resolved)) {
                files.put(shown(root, resolved, file), file);
            }
        }
        if (files.isEmpty()) {
            err.println("lectern check: no question files (*.yaml, *.yml) in " + roots);
            return Optional.empty();
        }
        return Optional.of(files);
    }

    private int checkOnce(Map<String, Path> files, PrintWriter out) {
        QuestionSetLoader loader = new QuestionSetLoader(ArticleLibrary.forProject(workingDir));
        List<Problem> problems = new ArrayList<>();
        boolean unreadable = false;
        for (Map.Entry<String, Path> f : files.entrySet()) {
            LoadResult result = loader.load(f.getValue(), f.getKey());
            problems.addAll(result.problems());
            unreadable |= result.unreadable();
            if (show && format == Format.text) {
                result.set().ifPresent(set -> SetView.print(f.getKey(), set, out));
            }
        }
        report(problems, files, out);
        boolean failed = problems.stream().anyMatch(p -> p.isError() || strict);
        // A file that is not a regular file or is past a limit cannot be read: exit 2, as for a missing one.
        return (unreadable ? ExitCode.USAGE : failed ? ExitCode.PROBLEMS : ExitCode.OK).code();
    }

    private void report(List<Problem> problems, Map<String, Path> files, PrintWriter out) {
        ProblemPrinter printer = new ProblemPrinter();
        if (format == Format.json) {
            printer.printJson(problems, files.size(), out);
            return;
        }
        printer.printText(problems, files, out);
        long errors = problems.stream().filter(Problem::isError).count();
        out.println(Words.count(files.size(), "file") + " checked: " + Words.count(errors, "error") + ", "
                + Words.count(problems.size() - errors, "warning"));
    }

    /** The path as the user wrote it, extended below a folder they named. */
    private static String shown(Path root, Path resolved, Path file) {
        return FileNameEncoding.shown(file.equals(resolved) ? root : root.resolve(resolved.relativize(file)));
    }
}
