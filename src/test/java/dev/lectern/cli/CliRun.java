package dev.lectern.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;

/** One run of {@code lectern} in-process: exit code and what it printed. */
record CliRun(int code, String out, String err) {
    static CliRun in(Path dir, String... args) {
        return in(dir, Map.of(), args);
    }

    static CliRun in(Path dir, Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, dir, env, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A run at the time of {@code clock} (its zone deciding the day), drawing any text UI on {@code screen}. */
    static CliRun at(Path dir, Clock clock, TextScreen screen, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                args,
                dir,
                Map.of(),
                Console.piped(InputStream.nullInputStream()),
                clock,
                screen,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /** A run with {@code stdin} as standard input (a pipe, not a terminal). */
    static CliRun withInput(Path dir, String stdin, String... args) {
        return withInput(dir, Map.of(), Clock.systemUTC(), stdin, args);
    }

    /** As above, in the environment {@code env} and at the time of {@code clock}. */
    static CliRun withInput(Path dir, Map<String, String> env, Clock clock, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(
                args,
                dir,
                env,
                Console.piped(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8))),
                clock,
                new PrintWriter(out, true),
                new PrintWriter(err, true));
        return new CliRun(code, out.toString(), err.toString());
    }

    /**
     * The same arguments through picocli's model of every subcommand, as every run went before the fast paths of
     * {@code check} and {@code --batch} (without {@code Main}'s handler of usage mistakes).
     */
    static CliRun throughFullParser(Path dir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Main.commandLine(
                dir,
                Map.of(),
                Console.piped(InputStream.nullInputStream()),
                Clock.systemUTC(),
                TextScreen.system(Map.of()));
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
