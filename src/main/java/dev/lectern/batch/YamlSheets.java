package dev.lectern.batch;

import dev.lectern.load.Problem;
import dev.lectern.load.SheetYaml;
import java.io.Reader;
import java.util.Iterator;

/** YAML sheets, one per document, read by the loader's {@link SheetYaml} (the only place that knows YAML). */
final class YamlSheets implements SheetReader {
    private final Iterator<SheetYaml.Doc> docs;

    YamlSheets(Reader in, String file) {
        this.docs = SheetYaml.read(in, file);
    }

    @Override
    public SheetRead next() {
        if (!docs.hasNext()) {
            return null;
        }
        SheetYaml.Doc d = docs.next();
        if (!d.ok()) {
            return new SheetRead(null, d.problems().stream().filter(Problem::isError).toList());
        }
        return SheetRead.of(new Sheet(d.student().orElseThrow(), d.answers(), d.pos(), d.answerPos()));
    }
}
