package dev.lectern.store;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the history file lives. Apart from {@link History}, whose class set-up (its migrations, formats and SQL)
 * costs some 7 ms: the text UI decides where its history is before the first screen, and opens it after.
 */
public final class HistoryFile {
    public static final String NAME = "progress.db";

    private HistoryFile() {}

    /**
     * The history file: {@code dataDir} (from {@code --data-dir}) when given, else {@code $LECTERN_HOME}, else
     * {@code $XDG_DATA_HOME/lectern}, else {@code userHome/.local/share/lectern}; {@code userHome} is {@code $HOME}
     * when {@code env} has it.
     */
    public static Path locate(Optional<Path> dataDir, Map<String, String> env, Path userHome) {
        Path dir;
        if (dataDir.isPresent()) {
            dir = dataDir.get();
        } else if (!env.getOrDefault("LECTERN_HOME", "").isEmpty()) {
            dir = Path.of(env.get("LECTERN_HOME"));
        } else if (!env.getOrDefault("XDG_DATA_HOME", "").isEmpty()) {
            dir = Path.of(env.get("XDG_DATA_HOME"), "lectern");
        } else {
            String home = env.getOrDefault("HOME", "");
            dir = (home.isEmpty() ? userHome : Path.of(home)).resolve(".local/share/lectern");
        }
        return dir.resolve(NAME);
    }
}
