package dev.lectern.cli;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The top-level {@code lectern} command. Without a subcommand it lists the question sets in a folder (default
 * {@code questions/}) or describes one set; the interactive quiz will start from here once the text UI exists.
 */
@Command(name = "lectern", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "A terminal quiz and reading-comprehension trainer.")
public final class LecternCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATH", arity = "0..1",
            description = "A question set (.yaml) or a folder of them (default: questions/).")
    Path path;

    private final Path workingDir;

    public LecternCommand(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path shown = path != null ? path : Path.of("questions");
        Path resolved = workingDir.resolve(shown);
        if (!Files.exists(resolved)) {
            err.println("lectern: no such file or folder: " + shown);
            return ExitCode.USAGE.code();
        }
        List<Path> files = QuestionFiles.under(resolved);
        QuestionSetLoader loader = new QuestionSetLoader(ArticleLibrary.forProject(workingDir));
        out.println("Question sets in " + shown + ":");
        boolean broken = false;
        for (Path file : files) {
            String name = file.equals(resolved) ? shown.toString() : shown.resolve(resolved.relativize(file)).toString();
            LoadResult result = loader.load(file, name);
            out.println();
            out.println("  " + name);
            if (result.set().isPresent()) {
                out.println("    " + describe(result.set().get()));
            } else {
                broken = true;
                long errors = result.problems().stream().filter(p -> p.isError()).count();
                out.println("    cannot be used: " + Words.count(errors, "error") + "; run: lectern check " + name);
            }
        }
        out.println();
        out.println("The interactive quiz is not built yet. Meanwhile: lectern check, lectern passages ARTICLE.");
        return (broken ? ExitCode.PROBLEMS : ExitCode.OK).code();
    }

    static String describe(QuestionSet set) {
        List<String> types = set.questions().stream().map(Question::typeName).distinct().toList();
        return set.title() + " · " + Words.count(set.questions().size(), "question") + " (" + String.join(", ", types)
                + ") · on " + set.article().name();
    }
}
