package dev.lectern.cli;

import dev.lectern.store.HistoryFile;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * {@code --data-dir DIR}, declared once for every command that reads or writes the history ({@code lectern} and
 * its {@code --batch --record}, {@code review}, {@code stats}): the same name, help and default everywhere.
 */
final class DataDirOption {
    @Option(
            names = "--data-dir",
            paramLabel = "DIR",
            description = "Where the history of answers is kept"
                    + " (default: $LECTERN_HOME, else $XDG_DATA_HOME/lectern, else ~/.local/share/lectern).")
    Path dir;

    /** Whether {@code --data-dir} was given. */
    boolean given() {
        return dir != null;
    }

    /** The history file for this run, from {@code --data-dir} (relative to {@code workingDir}) and {@code env}. */
    Path historyFile(Path workingDir, Map<String, String> env) {
        return HistoryFile.locate(
                Optional.ofNullable(dir).map(workingDir::resolve), env, Path.of(System.getProperty("user.home")));
    }
}
