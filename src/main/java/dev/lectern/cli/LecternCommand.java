package dev.lectern.cli;

import dev.lectern.engine.SessionOptions;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Printable;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The top-level {@code lectern} command. Without a subcommand it opens the text UI on a folder of question sets
 * (default {@code questions/}) or on one set; {@code --list} prints the sets instead.
 */
@Command(
        name = "lectern",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "A terminal quiz and reading-comprehension trainer.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  lectern                                        # choose a set in questions/",
            "  lectern questions/01-istanbul-talks.yaml --exam",
            "  lectern --batch questions/01-istanbul-talks.yaml --answers class.csv --format csv --out grades.csv"
        })
public final class LecternCommand extends ValidatedCommand {
    /** The options of the quiz and of {@code --list} that {@code --batch SET} cannot take. */
    private static final List<String> NOT_WITH_BATCH =
            List.of("--list", "--exam", "--missed", "--hand-in", "--student");

    @Parameters(
            paramLabel = "PATH",
            arity = "0..1",
            description = "A question set (.yaml) or a folder of them (default: questions/).")
    Path path;

    @Option(
            names = "--batch",
            paramLabel = "SET",
            description = "Grade answer sheets against the question set SET, without the text UI (docs/batch.md).")
    Path batch;

    @Mixin
    BatchOptions batchOptions = new BatchOptions();

    private final Path workingDir;
    private final Map<String, String> env;
    private final Console console;
    private final Clock clock;
    private final TextScreen screen;

    public LecternCommand(Path workingDir, Map<String, String> env) {
        this(workingDir, env, Console.system(), new LocalClock());
    }

    /**
     * {@code console}: where {@code --batch} reads sheets without {@code --answers} (never from a terminal);
     * {@code clock}: the time of the quiz and of what is recorded in the history ({@code --batch --record} too).
     */
    public LecternCommand(Path workingDir, Map<String, String> env, Console console, Clock clock) {
        this(workingDir, env, console, clock, TextScreen.system(env));
    }

    /** As above, with the text UI drawn on {@code screen}. */
    LecternCommand(Path workingDir, Map<String, String> env, Console console, Clock clock, TextScreen screen) {
        this.workingDir = workingDir;
        this.env = env;
        this.console = console;
        this.clock = clock;
        this.screen = screen;
    }

    private SessionOptions sessionOptions() {
        return new SessionOptions(
                exam ? SessionOptions.Mode.EXAM : SessionOptions.Mode.PRACTICE,
                !noShuffle,
                textUi.seed(),
                Optional.empty());
    }

    @Option(names = "--list", description = "Print the question sets and exit, without the text UI.")
    boolean list;

    @Option(names = "--exam", description = "Exam mode: no feedback until the end; skip, flag and revisit.")
    boolean exam;

    @Option(names = "--no-shuffle", description = "Keep questions and options in file order.")
    boolean noShuffle;

    @Option(
            names = "--hand-in",
            paramLabel = "DIR",
            description = "With --exam and one set: hand the finished"
                    + " session in as DIR/<student>.jsonl, a sheet lectern --batch SET --answers DIR/ grades.")
    Path handIn;

    @Option(
            names = "--student",
            paramLabel = "NAME",
            description = "With --hand-in: the learner's name (default:" + " asked on the first screen).")
    String student;

    @Option(
            names = "--missed",
            description = "Only the questions of the set (a file) answered wrongly in its last"
                    + " session, from the history.")
    boolean missed;

    @Mixin
    TextUiOptions textUi = new TextUiOptions();

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    /**
     * The options that go together, checked before anything is read: {@code --batch SET} with its own options
     * (those {@link BatchOptions} declares, named from that declaration) and not the quiz's; the quiz's with each
     * other.
     */
    @Override
    void validate() {
        if (batch != null) {
            List<String> quizOnly =
                    new ArrayList<>(NOT_WITH_BATCH.stream().filter(this::given).toList());
            if (path != null) {
                quizOnly.add(0, "a PATH (" + path + ")");
            }
            if (!quizOnly.isEmpty()) {
                throw usage(
                        "--batch takes the question set as its value and cannot be combined with " + listed(quizOnly));
            }
            if (dataDir.given() && !batchOptions.record) {
                throw usage("--data-dir says where --batch --record writes the history; without --record, --batch"
                        + " records nothing");
            }
            batchOptions.problem().ifPresent(problem -> {
                throw usage(problem);
            });
            return;
        }
        List<String> batchOnly = givenOf("batchOptions");
        if (batchOnly.equals(List.of("--record"))) {
            throw usage("--record goes with --batch SET; the quiz records every answer without it");
        }
        if (!batchOnly.isEmpty()) {
            throw usage(listed(batchOnly) + (batchOnly.size() == 1 ? " only goes" : " only go") + " with --batch SET,"
                    + " which grades answer sheets; without --batch, lectern opens the quiz");
        }
        if (student != null && handIn == null) {
            throw usage("--student names the learner of a --hand-in; give --hand-in DIR too");
        }
        if (handIn != null && (!exam || missed || path == null)) {
            throw usage("--hand-in goes with --exam and one question set: lectern SET --exam --hand-in DIR");
        }
        if (student != null && student.isBlank()) {
            throw usage("--student needs a name");
        }
    }

    @Override
    int execute() throws IOException {
        if (batch != null) {
            Optional<Path> history =
                    batchOptions.record ? Optional.of(dataDir.historyFile(workingDir, env)) : Optional.empty();
            return new BatchLauncher(
                            workingDir,
                            console,
                            clock,
                            spec.commandLine().getOut(),
                            spec.commandLine().getErr())
                    .run(batch, batchOptions, history);
        }
        if (!list) {
            return quiz(spec.commandLine().getErr());
        }
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
            String name =
                    FileNameEncoding.shown(file.equals(resolved) ? shown : shown.resolve(resolved.relativize(file)));
            LoadResult result = loader.load(file, name);
            out.println();
            out.println("  " + Printable.oneLine(name));
            if (result.set().isPresent()) {
                out.println("    " + describe(result.set().get()));
            } else {
                broken = true;
                long errors =
                        result.problems().stream().filter(p -> p.isError()).count();
                out.println("    cannot be used: " + Words.count(errors, "error") + "; run: lectern check " + name);
            }
        }
        out.println();
        return (broken ? ExitCode.PROBLEMS : ExitCode.OK).code();
    }

    /**
     * Opens the text UI with this command's options (valid: {@link #validate()}, or none at all from
     * {@link #plainQuiz}); what {@code lectern [PATH]} does.
     */
    int quiz(PrintWriter err) {
        QuizLauncher launcher = new QuizLauncher(workingDir, err, clock, screen);
        if (handIn != null) {
            Path dir = workingDir.resolve(handIn);
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                err.println("lectern: cannot hand in to " + handIn + ": " + e.getMessage());
                return ExitCode.USAGE.code();
            }
            // Before the quiz, not after the first answer: a folder the sheets cannot be written to.
            Optional<String> unwritable = dev.lectern.batch.OutFile.folderProblem(dir, handIn.toString());
            if (unwritable.isPresent()) {
                err.println("lectern: cannot hand in to " + handIn + ": " + unwritable.get());
                return ExitCode.USAGE.code();
            }
            launcher.handingIn(new HandIn(dir, Optional.ofNullable(student)), student == null);
        }
        return launcher.run(path, sessionOptions(), textUi.noColor(env), dataDir.historyFile(workingDir, env), missed);
    }

    /**
     * {@code lectern} or {@code lectern PATH}, with nothing else: the quiz with default options, without the
     * command-line parser. Building picocli's model of the commands takes some 40 ms, a third of the time to the
     * first screen; the common start skips it. Returns empty when {@code args} need the parser.
     */
    static Optional<LecternCommand> plainQuiz(
            String[] args,
            Path workingDir,
            Map<String, String> env,
            Clock clock,
            TextScreen screen,
            java.util.Set<String> subcommands) {
        if (args.length > 1) {
            return Optional.empty();
        }
        LecternCommand command = new LecternCommand(workingDir, env, Console.system(), clock, screen);
        if (args.length == 1) {
            String arg = args[0];
            // Options, subcommands and picocli's @argument files stay with the parser.
            if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@") || subcommands.contains(arg)) {
                return Optional.empty();
            }
            try {
                command.path = Path.of(arg);
            } catch (java.nio.file.InvalidPathException e) {
                return Optional.empty();
            }
        }
        return Optional.of(command);
    }

    static String describe(QuestionSet set) {
        List<String> types =
                set.questions().stream().map(Question::typeName).distinct().toList();
        return Printable.oneLine(
                set.title() + " · " + Words.count(set.questions().size(), "question") + " (" + String.join(", ", types)
                        + ") · on " + set.article().name());
    }
}
