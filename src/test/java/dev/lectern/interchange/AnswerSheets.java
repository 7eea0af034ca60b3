package dev.lectern.interchange;

import dev.lectern.batch.CsvLayout;
import dev.lectern.batch.InputFormat;
import dev.lectern.batch.SheetGrader;
import dev.lectern.batch.SheetInput;
import dev.lectern.batch.SheetRead;
import dev.lectern.batch.SheetReader;
import dev.lectern.engine.Grade;
import dev.lectern.model.QuestionSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/** Grades the answer sheets bundled in examples/batch/ against a set, as {@code lectern --batch} does. */
public final class AnswerSheets {
    public static final List<String> FILES =
            List.of("examples/batch/class.yaml", "examples/batch/class.jsonl", "examples/batch/responses.csv");

    private AnswerSheets() {}

    /** For each sheet ("file#student"), the points earned on each question the set holds. */
    public static Map<String, Map<String, Double>> grades(QuestionSet set) throws IOException {
        SheetGrader grader = new SheetGrader(set, OptionalDouble.empty());
        Map<String, Map<String, Double>> all = new LinkedHashMap<>();
        for (String file : FILES) {
            try (BufferedReader in = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
                SheetReader sheets =
                        SheetInput.open(InputFormat.fromName(file).orElseThrow(), in, file, set, CsvLayout.guessed());
                SheetRead read;
                while ((read = sheets.next()) != null) {
                    if (read.malformed()) {
                        continue;
                    }
                    Map<String, Double> earned = new LinkedHashMap<>();
                    for (Grade g : grader.grade(read.sheet()).grades()) {
                        earned.put(g.questionId(), g.earned());
                    }
                    all.put(file + "#" + read.sheet().student(), earned);
                }
            }
        }
        return all;
    }
}
