package dev.lectern.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.QuestionSet;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ProgressTest {
    @Test
    void theProgressLine_showsSheetsAndPercent_andIsClearedBeforeMessages() throws IOException {
        QuestionSet set = new QuestionSetLoader(ArticleLibrary.forProject(Path.of("")))
                .load(Path.of("questions/01-istanbul-talks.yaml"), "set.yaml")
                .set()
                .orElseThrow();
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            lines.append(
                    i == 300 ? "oops\n" : "{\"student\": \"s" + i + "\", \"answers\": {\"delegation-lead\": \"b\"}}\n");
        }
        byte[] bytes = lines.toString().getBytes(StandardCharsets.UTF_8);
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err);
        Progress progress = Progress.on(errWriter, new ByteArrayInputStream(bytes), bytes.length, 0);
        BufferedReader in = new BufferedReader(new InputStreamReader(progress.input(), StandardCharsets.UTF_8), 64);
        new BatchRun(new SheetGrader(set, OptionalDouble.empty()), "in", errWriter)
                .withProgress(progress)
                .run(
                        SheetInput.open(InputFormat.jsonl, in, "in", set, CsvLayout.guessed()),
                        Report.of(
                                ReportFormat.csv,
                                new StringWriter(),
                                new Report.Context(set, "set.yaml", OptionalDouble.empty(), false)));
        // Drawn at the 256th sheet, cleared before the message; not redrawn within 200 ms.
        assertThat(err.toString())
                .matches("\\rgrading: 256 sheets \\(\\d+%\\)\\033\\[K\\r\\033\\[Kin:301:5: error: .*\\n");
    }

    @Test
    void none_drawsNothing() {
        Progress.none().update(256);
        Progress.none().clear();
    }
}
