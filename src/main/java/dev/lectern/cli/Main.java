package dev.lectern.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine;

/** Entry point: wires the commands to the real working folder, environment and console, and exits with their code. */
public final class Main {
    /** The subcommands' names: an argument with one of these names is a command, never a question set's path. */
    static final Set<String> SUBCOMMANDS = Set.of("check", "passages", "stats", "review", "article", "new",
            "draft", "export", "import", "completion");

    private Main() {
    }

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
    public static int run(String[] args, Path workingDir, Map<String, String> env, Console console, PrintWriter out,
                          PrintWriter err) {
        return run(args, workingDir, env, console, new LocalClock(), out, err);
    }

    /**
     * As above, at the time of {@code clock}, whose time zone decides which day it is for the review schedule (the
     * system's zone for a learner; tests simulate days with fixed clocks).
     */
    public static int run(String[] args, Path workingDir, Map<String, String> env, Console console, Clock clock,
                          PrintWriter out, PrintWriter err) {
        return run(args, workingDir, env, console, clock, TextScreen.system(env), out, err);
    }

    /** As above, with the text UIs of {@code lectern review} drawn on {@code screen}. */
    static int run(String[] args, Path workingDir, Map<String, String> env, Console console, Clock clock,
                   TextScreen screen, PrintWriter out, PrintWriter err) {
        Optional<LecternCommand> plain = LecternCommand.plainQuiz(args, workingDir, env, clock, SUBCOMMANDS);
        if (plain.isPresent()) {
            try {
                return outputWritten(plain.get().quiz(err), out, err);
            } catch (RuntimeException e) {
                return internalError(e, err);
            }
        }
        CommandLine cli = commandLine(workingDir, env, console, clock, screen);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> internalError(e, err));
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
    static CommandLine commandLine(Path workingDir, Map<String, String> env, Console console, Clock clock,
                                   TextScreen screen) {
        CommandLine cli = new CommandLine(new LecternCommand(workingDir, env, console, clock))
                .addSubcommand(new CheckCommand(workingDir))
                .addSubcommand(new PassagesCommand(workingDir, env))
                .addSubcommand(new StatsCommand(workingDir, env, clock, console))
                .addSubcommand(new ReviewCommand(workingDir, env, clock, screen))
                .addSubcommand(new ArticleCommand(workingDir))
                .addSubcommand(new NewCommand(workingDir))
                .addSubcommand(new DraftCommand(workingDir))
                .addSubcommand(new ExportCommand(workingDir))
                .addSubcommand(new ImportCommand(workingDir))
                .addSubcommand(new CompletionCommand());
        ExitCode.describeIn(cli);
        return cli;
    }

    private static int internalError(Exception e, PrintWriter err) {
        err.println("lectern: internal error: " + e + " (please report it with the command you ran)");
        return ExitCode.INTERNAL.code();
    }
}
