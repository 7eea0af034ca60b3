package dev.lectern.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lectern completion bash|zsh}: a completion script made from the same picocli model as {@code --help}, so
 * it completes every command, option and option value there is, and never drifts from them.
 */
@Command(
        name = "completion",
        mixinStandardHelpOptions = true,
        description = "Print a shell completion script for lectern's commands, options and their values.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  source <(lectern completion bash)                  # in this shell",
            "  lectern completion bash > ~/.local/share/bash-completion/completions/lectern",
            "  lectern completion zsh > \"${fpath[1]}/_lectern\"      # zsh (uses bashcompinit)"
        })
public final class CompletionCommand implements Callable<Integer> {
    /** The shells the script is for; zsh runs bash's script through its {@code bashcompinit}. */
    enum Shell {
        bash,
        zsh
    }

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "${COMPLETION-CANDIDATES}.")
    Shell shell;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        // picocli's script starts by loading bashcompinit when it runs in zsh, so one script serves both shells.
        spec.commandLine().getOut().print(AutoComplete.bash(root.getCommandName(), root));
        spec.commandLine().getOut().flush();
        return ExitCode.OK.code();
    }
}
