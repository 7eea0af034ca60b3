package dev.lectern.batch;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/** How answer sheets are written: YAML documents, JSON Lines, or a CSV export with a header row. */
public enum InputFormat {
    yaml,
    jsonl,
    csv;

    /** From a file name's extension: .yaml/.yml, .jsonl/.ndjson/.json, .csv. */
    public static Optional<InputFormat> fromName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".yaml") || n.endsWith(".yml")) {
            return Optional.of(yaml);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return Optional.of(jsonl);
        }
        if (n.endsWith(".csv")) {
            return Optional.of(csv);
        }
        return Optional.empty();
    }

    /**
     * Guesses from the first text of {@code in} (which must support mark/reset): <code>&#123;</code> is JSON Lines,
     * {@code ---}, {@code #} or {@code student:} is YAML, anything else CSV.
     */
    public static InputFormat sniff(BufferedReader in) throws IOException {
        in.mark(4096);
        char[] buffer = new char[4096];
        int n = in.read(buffer);
        in.reset();
        String head = n <= 0 ? "" : new String(buffer, 0, n).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        if (head.startsWith("{")) {
            return jsonl;
        }
        if (head.startsWith("---") || head.startsWith("#") || head.startsWith("student:")) {
            return yaml;
        }
        return csv;
    }
}
