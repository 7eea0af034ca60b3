package dev.lectern.cli;

import dev.lectern.batch.CsvLayout;
import dev.lectern.batch.Encodings;
import dev.lectern.batch.InputFormat;
import dev.lectern.batch.SheetInput;
import dev.lectern.batch.SheetRead;
import dev.lectern.batch.SheetReader;
import dev.lectern.load.Pos;
import dev.lectern.load.Problem;
import dev.lectern.load.Severity;
import dev.lectern.load.Utf8Reader;
import dev.lectern.model.QuestionSet;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The sheets of every file in a folder ({@code --answers DIR/}: the hand-ins of a class), file after file in the
 * order of their names, each read as its extension says. Hidden files (an unfinished hand-in's temporary file)
 * and files of other kinds are left alone. Positions in messages name the file ({@code DIR/ann.jsonl:1:1}).
 */
final class SheetFolder implements SheetReader, Closeable {
    private final Deque<Path> files;
    private final String shown;
    private final QuestionSet set;
    private final CsvLayout layout;
    private BufferedReader open;
    private SheetReader current;

    private SheetFolder(List<Path> files, String shown, QuestionSet set, CsvLayout layout) {
        this.files = new ArrayDeque<>(files);
        this.shown = shown.endsWith("/") ? shown : shown + "/";
        this.set = set;
        this.layout = layout;
    }

    static SheetFolder open(Path dir, String shown, QuestionSet set, CsvLayout layout) throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> sheets = list.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p ->
                            InputFormat.fromName(p.getFileName().toString()).isPresent())
                    .sorted()
                    .toList();
            return new SheetFolder(sheets, shown, set, layout);
        }
    }

    boolean isEmpty() {
        return files.isEmpty() && current == null;
    }

    @Override
    public SheetRead next() throws IOException {
        while (true) {
            if (current != null) {
                SheetRead read = current.next();
                if (read != null) {
                    return read;
                }
                close();
            }
            if (files.isEmpty()) {
                return null;
            }
            Path file = files.removeFirst();
            String name = shown + file.getFileName();
            InputFormat format = InputFormat.fromName(name).orElseThrow();
            // Each file is proved UTF-8 whole before its first sheet is graded; one that is not is one malformed input.
            Optional<Problem> notUtf8 = Utf8Reader.check(file, name);
            if (notUtf8.isPresent()) {
                return new SheetRead(null, List.of(notUtf8.get()));
            }
            open = new BufferedReader(Encodings.open(Files.newInputStream(file), name), 1 << 16);
            current = SheetInput.open(format, open, name, set, layout);
            Optional<String> refusal = current.columns().flatMap(c -> c.refusal());
            if (refusal.isPresent()) {
                // A CSV file whose columns match too little is one malformed input; the other files are graded.
                close();
                return new SheetRead(
                        null,
                        List.of(new Problem(
                                name,
                                Pos.START,
                                Severity.ERROR,
                                refusal.get().replace("nothing was graded", "this file was not graded"))));
            }
        }
    }

    @Override
    public void close() throws IOException {
        current = null;
        if (open != null) {
            open.close();
            open = null;
        }
    }
}
