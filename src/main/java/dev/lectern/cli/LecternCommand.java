package dev.lectern.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** The top-level {@code lectern} command. */
@Command(name = "lectern", mixinStandardHelpOptions = true, version = "Lectern 0.1.0",
        description = "A terminal quiz and reading-comprehension trainer.")
public final class LecternCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        return 0;
    }
}
