package dev.lectern.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * A command that validates its options in one place, then runs (PMD's {@code AbstractPmdSubcommand}): a usage
 * error is a {@link ParameterException} thrown by {@link #validate()}, which picocli hands to the one handler every
 * usage error goes through ({@code Main.usageError}: the message, the nearest option, where the help is, exit 2).
 * Nothing runs, reads or writes before the options are known to make sense together.
 */
abstract class ValidatedCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public final Integer call() throws Exception {
        validate();
        return execute();
    }

    /** Throws {@link #usage} for options that are wrong alone or together; the default accepts everything. */
    void validate() {
        // Most commands' options are checked by picocli's types and converters alone.
    }

    /** What the command does, once its options are valid; the exit code ({@link ExitCode}). */
    abstract int execute() throws Exception;

    /** A usage error of this command, for {@link #validate()} to throw. */
    final ParameterException usage(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Whether the option named {@code name} was given on the command line (not only defaulted). */
    final boolean given(String name) {
        OptionSpec option = spec.findOption(name);
        return option != null && spec.commandLine().getParseResult().hasMatchedOption(option);
    }

    /** The options given on the command line that the mixin (the field) named {@code mixin} declares, by name. */
    final List<String> givenOf(String mixin) {
        return spec.mixins().get(mixin).options().stream()
                .filter(o -> spec.commandLine().getParseResult().hasMatchedOption(o))
                .map(OptionSpec::longestName)
                .toList();
    }

    /** {@code --a}, {@code --a and --b}, {@code --a, --b and --c}. */
    static String listed(List<String> names) {
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
