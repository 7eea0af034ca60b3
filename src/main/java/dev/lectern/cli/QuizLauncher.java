package dev.lectern.cli;

import dev.lectern.engine.SessionOptions;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.tui.SetEntry;
import dev.lectern.tui.StartView;
import dev.lectern.tui.TextUi;
import dev.lectern.tui.Theme;
import dev.lectern.tui.View;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** Opens the text UI: checks there is a terminal, loads the sets, and starts on the start screen or one set. */
final class QuizLauncher {
    private final Path workingDir;
    private final Map<String, String> env;
    private final PrintWriter err;

    QuizLauncher(Path workingDir, Map<String, String> env, PrintWriter err) {
        this.workingDir = workingDir;
        this.env = env;
        this.err = err;
    }

    int run(Path path, SessionOptions options, boolean noColor) {
        if (System.console() == null) {
            err.println("lectern: the quiz needs a terminal, and standard input or output is not one."
                    + " To grade answer sheets in a script use --batch; to list the sets use --list.");
            return ExitCode.USAGE.code();
        }
        Path shown = path != null ? path : Path.of("questions");
        Path resolved = workingDir.resolve(shown);
        if (!Files.exists(resolved)) {
            err.println("lectern: no such file or folder: " + shown);
            return ExitCode.USAGE.code();
        }
        QuestionSetLoader loader = new QuestionSetLoader(ArticleLibrary.forProject(workingDir));
        List<SetEntry> entries = QuestionFiles.under(resolved).stream().map(f -> entry(loader, shown, resolved, f))
                .toList();
        Clock clock = Clock.systemUTC();
        StartView start = new StartView(entries, options, clock);
        View first = start;
        if (!Files.isDirectory(resolved)) {
            SetEntry only = entries.get(0);
            if (only.set().isEmpty()) {
                err.println("lectern: " + only.file() + " cannot be used: " + only.problem());
                return ExitCode.PROBLEMS.code();
            }
            first = start.start(only.set().get());
        }
        Path logs = Path.of(env.getOrDefault("TMPDIR", "/tmp"));
        return TextUi.run(first, noColor ? Theme.monochrome() : Theme.colour(), logs, clock, err);
    }

    private static SetEntry entry(QuestionSetLoader loader, Path shown, Path resolved, Path file) {
        String name = file.equals(resolved) ? shown.toString() : shown.resolve(resolved.relativize(file)).toString();
        LoadResult r = loader.load(file, name);
        long errors = r.problems().stream().filter(p -> p.isError()).count();
        return new SetEntry(name, r.set(), Words.count(errors, "error") + "; run: lectern check " + name);
    }
}
