package dev.lectern.batch;

import dev.lectern.load.Limits;
import dev.lectern.load.LineLimitReader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.stream.Collectors;

/** Opens a reader of answer sheets in a given format. */
public final class SheetInput {
    private SheetInput() {}

    /**
     * A reader of {@code in} (named {@code file} in messages) for sheets in {@code format}; a CSV export's header
     * is read at once and its columns matched to the questions of {@code set} as {@code layout} says.
     */
    public static SheetReader open(
            InputFormat format, BufferedReader in, String file, QuestionSet set, CsvLayout layout) throws IOException {
        return switch (format) {
            case yaml -> new YamlSheets(in, file); // bounded by SheetYaml, per line and per document
            case jsonl ->
                new JsonlSheets(
                        bounded(
                                in,
                                file,
                                "JSON Lines answer sheets",
                                "is this really a file of answer sheets? JSON Lines has one sheet a line"),
                        file,
                        set.questions().stream().map(Question::id).collect(Collectors.toUnmodifiableSet()));
            case csv ->
                new CsvSheets(
                        bounded(
                                in,
                                file,
                                "a CSV export",
                                "is this really a CSV export of answers? Each row is a student's answers"),
                        file,
                        set,
                        layout);
        };
    }

    /**
     * {@code in} with lines of at most {@link Limits#MAX_SHEET_CHARS}: a reader past it throws {@link
     * dev.lectern.load.LimitExceeded} instead of gathering a line that never ends ({@code --answers /dev/zero}).
     */
    private static BufferedReader bounded(BufferedReader in, String file, String what, String hint) {
        return new BufferedReader(new LineLimitReader(in, file, Limits.MAX_SHEET_CHARS, what, hint), 1 << 16);
    }
}
