package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PassagesCommandTest {
    private static final Path PROJECT = Path.of("").toAbsolutePath();

    @Test
    void oneParagraph_printsNumberedSentences_wrappedWithHangingIndent() {
        CliRun run =
                CliRun.in(PROJECT, "passages", "seeds/000_d9e472c27e1e5fdd.txt", "--paragraph", "3", "--width", "60");
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).isEqualTo("""
                [3.1] Shortly after the Kremlin’s announcement, a US
                      official said Donald Trump would also skip the talks.
                [3.2] Trump had previously suggested he would travel to
                      Turkey only if Putin were present.
                """);
    }

    @Test
    void articleNameAlone_isFoundInSeeds_andWidthComesFromColumns() {
        CliRun run = CliRun.in(PROJECT, Map.of("COLUMNS", "200"), "passages", "000_d9e472c27e1e5fdd.txt");
        assertThat(run.code()).isEqualTo(0);
        assertThat(run.out()).startsWith("[1.1] Vladimir Putin will not travel to Istanbul");
        assertThat(run.out().lines().filter(l -> l.startsWith("[")).count()).isEqualTo(39);
        assertThat(run.out()).contains("\n\n[2.1] In a statement late on Wednesday");
    }

    @Test
    void paragraphOutOfRange_saysHowManyThereAre() {
        CliRun run = CliRun.in(PROJECT, "passages", "seeds/000_d9e472c27e1e5fdd.txt", "--paragraph", "30");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err())
                .isEqualTo(
                        "lectern passages: paragraph 30 does not exist: seeds/000_d9e472c27e1e5fdd.txt has 29 paragraphs\n");
    }

    @Test
    void missingArticle_isReportedWithoutStackTrace() {
        CliRun run = CliRun.in(PROJECT, "passages", "nope.txt");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("lectern passages: article 'nope.txt' not found\n");
    }
}
