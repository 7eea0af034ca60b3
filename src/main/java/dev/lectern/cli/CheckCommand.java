package dev.lectern.cli;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.Problem;
import dev.lectern.load.QuestionSetLoader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lectern check}: reports every problem in question files, like a compiler. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check question files and report every problem as file:line:col: message.",
        footerHeading = "%nExamples:%n",
        footer = {"  lectern check                                  # every set in questions/",
            "  lectern check questions/01-istanbul-talks.yaml --strict",
            "  lectern check --format json questions/ | jq '.[] | .message'"})
public final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Question files or folders (default: questions/).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", description = "Output: ${COMPLETION-CANDIDATES} (default: text).")
    Format format = Format.text;

    private final Path workingDir;

    public CheckCommand(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<Path> roots = paths.isEmpty() ? List.of(Path.of("questions")) : paths;
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path root : roots) {
            Path resolved = workingDir.resolve(root);
            if (!Files.exists(resolved)) {
                err.println("lectern check: no such file or folder: " + root);
                return ExitCode.USAGE.code();
            }
            for (Path file : QuestionFiles.under(resolved)) {
                files.put(shown(root, resolved, file), file);
            }
        }
        if (files.isEmpty()) {
            err.println("lectern check: no question files (*.yaml, *.yml) in " + roots);
            return ExitCode.USAGE.code();
        }
        QuestionSetLoader loader = new QuestionSetLoader(ArticleLibrary.forProject(workingDir));
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Path> f : files.entrySet()) {
            LoadResult result = loader.load(f.getValue(), f.getKey());
            problems.addAll(result.problems());
        }
        report(problems, files, out);
        boolean failed = problems.stream().anyMatch(p -> p.isError() || strict);
        return (failed ? ExitCode.PROBLEMS : ExitCode.OK).code();
    }

    private void report(List<Problem> problems, Map<String, Path> files, PrintWriter out) {
        ProblemPrinter printer = new ProblemPrinter();
        if (format == Format.json) {
            printer.printJson(problems, files.size(), out);
            return;
        }
        printer.printText(problems, files, out);
        long errors = problems.stream().filter(Problem::isError).count();
        out.println(Words.count(files.size(), "file") + " checked: " + Words.count(errors, "error")
                + ", " + Words.count(problems.size() - errors, "warning"));
    }

    /** The path as the user wrote it, extended below a folder they named. */
    private static String shown(Path root, Path resolved, Path file) {
        return file.equals(resolved) ? root.toString() : root.resolve(resolved.relativize(file)).toString();
    }
}
