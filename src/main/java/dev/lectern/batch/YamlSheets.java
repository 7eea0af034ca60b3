package dev.lectern.batch;

import dev.lectern.load.Problem;
import dev.lectern.load.SheetYaml;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;

/** YAML sheets, one per document, read by the loader's {@link SheetYaml} (the only place that knows YAML). */
final class YamlSheets implements SheetReader {
    private final Iterator<SheetYaml.Doc> docs;

    YamlSheets(Reader in, String file) {
        this.docs = SheetYaml.read(in, file);
    }

    @Override
    public SheetRead next() throws IOException {
        SheetYaml.Doc d;
        try {
            if (!docs.hasNext()) {
                return null;
            }
            d = docs.next();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        if (!d.ok()) {
            return new SheetRead(
                    null, d.problems().stream().filter(Problem::isError).toList());
        }
        return SheetRead.of(new Sheet(d.student().orElseThrow(), d.answers(), d.pos(), d.answerPos()));
    }
}
