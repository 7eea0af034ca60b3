package dev.lectern.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Writes the files of a release that are made from the picocli model {@code --help} prints, so none can drift from
 * it: one AsciiDoc man page per command ({@code man/}, turned into troff by the {@code dist} build) and the shell
 * completion scripts ({@code completion/}). A build tool run by Maven at {@code package}, not part of Lectern.
 */
public final class ReleaseFiles {
    private ReleaseFiles() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ReleaseFiles OUTPUT_FOLDER");
        }
        Path out = Path.of(args[0]);
        CommandLine commands = commands();
        Path man = Files.createDirectories(out.resolve("man"));
        int code =
                ManPageGenerator.generateManPage(man.toFile(), null, new boolean[0], true, commands.getCommandSpec());
        if (code != 0) {
            throw new IOException("picocli's man page generator exited with " + code);
        }
        Path completion = Files.createDirectories(out.resolve("completion"));
        String script = AutoComplete.bash(commands.getCommandName(), commands);
        // One script for both shells: in zsh it loads bashcompinit first (what `lectern completion zsh` prints).
        Files.writeString(completion.resolve("lectern.bash"), script);
        Files.writeString(completion.resolve("lectern.zsh"), script);
    }

    /** Lectern's commands as the parser sees them; nothing they would read or write is touched here. */
    static CommandLine commands() {
        CommandLine cli = Main.commandLine(
                Path.of("."), Map.of(), Console.system(), Clock.systemUTC(), TextScreen.system(Map.of()));
        cli.setOut(new PrintWriter(new StringWriter()));
        return cli;
    }
}
