package dev.lectern.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lectern.bench.SheetGenerator;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.QuestionSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** Grading on many threads changes nothing a teacher sees: the report, the messages and their order. */
class BatchRunThreadsTest {
    private static final QuestionSet SET = new QuestionSetLoader(ArticleLibrary.forProject(Path.of("")))
            .load(Path.of("questions/01-istanbul-talks.yaml"), "questions/01-istanbul-talks.yaml")
            .set()
            .orElseThrow();

    private record Output(String report, String messages, long graded, long malformed, long warnings) {}

    private static Output run(String sheets, ReportFormat format, int threads) throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        BatchRun run = new BatchRun(new SheetGrader(SET, OptionalDouble.of(0.5)), "class.jsonl", new PrintWriter(err))
                .withThreads(threads)
                .withStats(format != ReportFormat.csv);
        Report report = Report.of(format, out, new Report.Context(SET, "set.yaml", OptionalDouble.of(0.5), true));
        Totals t = run.run(new JsonlSheets(new BufferedReader(new StringReader(sheets)), "class.jsonl"), report);
        return new Output(out.toString(), err.toString(), t.graded(), t.malformed(), t.warnings());
    }

    private static String generated(int sheets) throws IOException {
        StringWriter w = new StringWriter();
        SheetGenerator.write(w, sheets, 11);
        // A duplicate student and an unknown id near the end: warnings in the middle of the graded sheets.
        return w + "{\"student\": \"s000001\", \"answers\": {\"nope\": \"x\"}}\n" + "not json\n";
    }

    @Test
    void manyThreads_giveTheReportAndMessagesOfOne_inTheSameOrder() throws IOException {
        String sheets = generated(3000);
        for (ReportFormat format : ReportFormat.values()) {
            Output one = run(sheets, format, 1);
            assertThat(one.malformed()).isGreaterThan(5);
            assertThat(one.warnings()).isGreaterThanOrEqualTo(2);
            for (int threads : new int[] {2, 3, 8}) {
                assertThat(run(sheets, format, threads))
                        .as("%s on %d threads", format, threads)
                        .isEqualTo(one);
            }
        }
    }

    @Test
    void aReaderThatFails_stillReportsTheSheetsBeforeIt_thenTheFailure() {
        java.util.List<String> reported = new java.util.ArrayList<>();
        Report report = new Report() {
            @Override
            public void sheet(GradedSheet graded) {
                reported.add(graded.sheet().student());
            }

            @Override
            public void finish(Totals totals) {
                reported.add("finished");
            }
        };
        SheetReader failing = new SheetReader() {
            private final SheetReader sheets =
                    new JsonlSheets(new BufferedReader(new StringReader(unchecked())), "class.jsonl");
            private int n;

            @Override
            public SheetRead next() throws IOException {
                if (++n > 700) {
                    throw new IOException("disk gone");
                }
                return sheets.next();
            }
        };
        BatchRun run = new BatchRun(
                        new SheetGrader(SET, OptionalDouble.empty()),
                        "class.jsonl",
                        new PrintWriter(new StringWriter()))
                .withThreads(3);
        assertThatThrownBy(() -> run.run(failing, report)).hasMessage("disk gone");
        assertThat(reported).hasSize(700).startsWith("s0", "s1").endsWith("s698", "s699");
    }

    private static String unchecked() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            sb.append("{\"student\": \"s").append(i).append("\", \"answers\": {\"delegation-lead\": \"b\"}}\n");
        }
        return sb.toString();
    }
}
