package dev.lectern.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** Entry point: wires the commands to the real working folder, environment and console, and exits with their code. */
public final class Main {
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
        return run(args, workingDir, env, console, Clock.systemUTC(), out, err);
    }

    /** As above, with {@code clock} for the history ({@code --batch --record}, {@code stats}). */
    public static int run(String[] args, Path workingDir, Map<String, String> env, Console console, Clock clock,
                          PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new LecternCommand(workingDir, env, console, clock))
                .addSubcommand(new CheckCommand(workingDir))
                .addSubcommand(new PassagesCommand(workingDir, env))
                .addSubcommand(new StatsCommand(workingDir, env, clock, console));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("lectern: internal error: " + e + " (please report it with the command you ran)");
            return ExitCode.INTERNAL.code();
        });
        return cli.execute(args);
    }
}
