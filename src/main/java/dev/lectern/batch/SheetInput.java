package dev.lectern.batch;

import dev.lectern.model.QuestionSet;
import java.io.BufferedReader;
import java.io.IOException;

/** Opens a reader of answer sheets in a given format. */
public final class SheetInput {
    private SheetInput() {
    }

    /**
     * A reader of {@code in} (named {@code file} in messages) for sheets in {@code format}; a CSV export's header
     * is read at once and its columns matched to the questions of {@code set} as {@code layout} says.
     */
    public static SheetReader open(InputFormat format, BufferedReader in, String file, QuestionSet set,
                                   CsvLayout layout) throws IOException {
        return switch (format) {
            case yaml -> new YamlSheets(in, file);
            case jsonl -> new JsonlSheets(in, file);
            case csv -> new CsvSheets(in, file, set, layout);
        };
    }
}
