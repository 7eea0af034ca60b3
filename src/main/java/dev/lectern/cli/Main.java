package dev.lectern.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import picocli.CommandLine;

/** Entry point: wires the commands to the real working folder, environment and console, and exits with their code. */
public final class Main {
    /** The subcommands' names: an argument with one of these names is a command, never a question set's path. */
    static final Set<String> SUBCOMMANDS =
            Set.of("check", "passages", "stats", "review", "article", "new", "draft", "export", "import", "completion");

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        int code = run(args, Path.of("").toAbsolutePath(), System.getenv(), out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs {@code lectern args} against the given folder, environment and writers; returns the exit code. */
    public static int run(String[] args, Path workingDir, Map<String, String> env, PrintWriter out, PrintWriter err) {
        return run(args, workingDir, env, Console.system(), out, err);
    }

    /** As above, with {@code console} for {@code --batch}: its standard input, and which streams are terminals. */
    public static int run(
            String[] args,
            Path workingDir,
            Map<String, String> env,
            Console console,
            PrintWriter out,
            PrintWriter err) {
        return run(args, workingDir, env, console, new LocalClock(), out, err);
    }

    /**
     * As above, at the time of {@code clock}, whose time zone decides which day it is for the review schedule (the
     * system's zone for a learner; tests simulate days with fixed clocks).
     */
    public static int run(
            String[] args,
            Path workingDir,
            Map<String, String> env,
            Console console,
            Clock clock,
            PrintWriter out,
            PrintWriter err) {
        return run(args, workingDir, env, console, clock, TextScreen.system(env), out, err);
    }

    /** As above, with the text UIs of {@code lectern review} drawn on {@code screen}. */
    static int run(
            String[] args,
            Path workingDir,
            Map<String, String> env,
            Console console,
            Clock clock,
            TextScreen screen,
            PrintWriter out,
            PrintWriter err) {
        Optional<String> unreadable = FileNameEncoding.ofThisJvm().unreadableArgument(args, env);
        if (unreadable.isPresent()) {
            err.println("lectern: " + unreadable.get());
            return ExitCode.USAGE.code();
        }
        Optional<LecternCommand> plain = LecternCommand.plainQuiz(args, workingDir, env, clock, screen, SUBCOMMANDS);
        if (plain.isPresent()) {
            try {
                return outputWritten(plain.get().quiz(err), out, err);
            } catch (RuntimeException e) {
                return internalError(e, err);
            }
        }
        Optional<CheckCommand> check = CheckCommand.plain(args, workingDir);
        if (check.isPresent()) {
            try {
                return outputWritten(check.get().check(out, err), out, err);
            } catch (RuntimeException e) {
                return internalError(e, err);
            }
        }
        CommandLine cli = batchCommandLine(args, workingDir, env, console, clock, screen)
                .orElseGet(() -> commandLine(workingDir, env, console, clock, screen, wanted(args)));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> internalError(e, err));
        cli.setParameterExceptionHandler((e, given) -> usageError(e, err));
        return outputWritten(cli.execute(args), out, err);
    }

    /**
     * {@code code}, unless what was written to {@code out} did not all arrive ({@code > /dev/full}, a closed pipe):
     * then the report is lost, and saying so with exit code 2 is the only honest end. PrintWriter keeps write errors
     * to itself until asked.
     */
    static int outputWritten(int code, PrintWriter out, PrintWriter err) {
        if (out.checkError()) {
            err.println("lectern: could not write to standard output (a full disk, or a closed pipe): the output is"
                    + " incomplete");
            return ExitCode.USAGE.code();
        }
        return code;
    }

    /** The commands, for the parser; their names are {@link #SUBCOMMANDS}. */
    static CommandLine commandLine(
            Path workingDir, Map<String, String> env, Console console, Clock clock, TextScreen screen) {
        return commandLine(workingDir, env, console, clock, screen, name -> true);
    }

    /**
     * The commands, with only the subcommands {@code wanted} accepts: picocli reads each command's annotations when
     * it is added, and with ten of them that was some 20 ms of every start ({@code lectern check} 184 → 212 ms,
     * {@code --version} 119 → 136 ms). A run names at most one subcommand, first ({@link #wanted}).
     */
    static CommandLine commandLine(
            Path workingDir,
            Map<String, String> env,
            Console console,
            Clock clock,
            TextScreen screen,
            Predicate<String> wanted) {
        Map<String, Supplier<Object>> subcommands = new LinkedHashMap<>();
        subcommands.put("check", () -> new CheckCommand(workingDir));
        subcommands.put("passages", () -> new PassagesCommand(workingDir, env));
        subcommands.put("stats", () -> new StatsCommand(workingDir, env, clock, console));
        subcommands.put("review", () -> new ReviewCommand(workingDir, env, clock, screen));
        subcommands.put("article", () -> new ArticleCommand(workingDir));
        subcommands.put("new", () -> new NewCommand(workingDir));
        subcommands.put("draft", () -> new DraftCommand(workingDir));
        subcommands.put("export", () -> new ExportCommand(workingDir));
        subcommands.put("import", () -> new ImportCommand(workingDir));
        subcommands.put("completion", CompletionCommand::new);
        CommandLine cli = new CommandLine(new LecternCommand(workingDir, env, console, clock, screen));
        subcommands.forEach((name, command) -> {
            if (wanted.test(name)) {
                cli.addSubcommand(name, command.get());
            }
        });
        ExitCode.describeIn(cli);
        return cli;
    }

    /**
     * For a run of {@code --batch}, the top-level command alone: it takes no subcommand, and picocli's reading of
     * the ten subcommands' annotations was most of what {@code --batch} on a small class spent before loading the
     * set (bench/README.md, "Batch grading, session 7"). Only when {@code args} parse with it, name no subcommand
     * (anywhere: the full parser would take one as a command) and ask for no help; anything else, a mistake above
     * all (whose "did you mean" may name a subcommand), is left to the full parser, so every message is as before.
     */
    static Optional<CommandLine> batchCommandLine(
            String[] args, Path workingDir, Map<String, String> env, Console console, Clock clock, TextScreen screen) {
        boolean batch = false;
        for (String arg : args) {
            if (SUBCOMMANDS.contains(arg) || arg.startsWith("@")) {
                return Optional.empty();
            }
            batch |= arg.equals("--batch") || arg.startsWith("--batch=");
        }
        if (!batch) {
            return Optional.empty();
        }
        CommandLine cli = commandLine(workingDir, env, console, clock, screen, name -> false);
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(args);
            if (parsed.isUsageHelpRequested()
                    || parsed.isVersionHelpRequested()
                    || !parsed.hasMatchedOption("--batch")
                    || parsed.hasSubcommand()) {
                return Optional.empty();
            }
        } catch (CommandLine.ParameterException e) {
            return Optional.empty();
        }
        return Optional.of(cli);
    }

    /**
     * Which subcommands a run of {@code args} needs: the one named first (but completion, which describes them
     * all); none for {@code --version}; otherwise all, so that help lists them and a mistyped one gets "did you
     * mean".
     */
    static Predicate<String> wanted(String[] args) {
        if (args.length > 0 && SUBCOMMANDS.contains(args[0]) && !args[0].equals("completion")) {
            return args[0]::equals;
        }
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return name -> false;
        }
        return name -> true;
    }

    /**
     * An option or argument picocli refused: its message, the nearest option or command where picocli has one
     * ("Did you mean: --format?"), and where the whole usage is, instead of the whole usage itself. The commands'
     * own checks of their options come here too ({@link ValidatedCommand}); each message starts with the command
     * it is about ("lectern stats: ...").
     */
    private static int usageError(CommandLine.ParameterException e, PrintWriter err) {
        CommandLine command = e.getCommandLine();
        err.println(command.getCommandSpec().qualifiedName() + ": " + e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        err.println("See '" + command.getCommandSpec().qualifiedName() + " --help' for every option.");
        return ExitCode.USAGE.code();
    }

    private static int internalError(Exception e, PrintWriter err) {
        err.println("lectern: internal error: " + e + " (please report it with the command you ran)");
        return ExitCode.INTERNAL.code();
    }
}
