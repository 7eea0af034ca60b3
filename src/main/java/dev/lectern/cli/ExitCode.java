package dev.lectern.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;

/** What {@code lectern} exits with, so scripts and editors can tell outcomes apart. */
public enum ExitCode {
    /** Everything checked out. */
    OK(0, "Success: everything checked out, every student passed."),
    /** The input has problems (errors, or warnings under {@code --strict}). */
    PROBLEMS(1, "Problems found: a set with errors (or warnings, with --strict), a student below the pass mark."),
    /** The command was used wrongly: an unknown option, a path that does not exist. */
    USAGE(
            2,
            "Usage error, or input that cannot be read: an unknown option, a file that does not exist or is not"
                    + " what it should be."),
    /** A bug in Lectern; reported in one line, never as a stack trace. */
    INTERNAL(70, "Internal error: a bug in Lectern, reported in one line; please report it.");

    private final int code;
    private final String meaning;

    ExitCode(int code, String meaning) {
        this.code = code;
        this.meaning = meaning;
    }

    public int code() {
        return code;
    }

    /**
     * Gives {@code command} and each of its subcommands the same "Exit status" section, in their help and so in
     * their man pages: one table, written here once.
     */
    static void describeIn(CommandLine command) {
        Map<String, String> table = new LinkedHashMap<>();
        for (ExitCode c : values()) {
            table.put(String.valueOf(c.code), c.meaning);
        }
        command.getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit status:%n")
                .exitCodeList(table);
        command.getSubcommands().values().forEach(ExitCode::describeIn);
    }
}
