package dev.lectern.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lectern.article.Article;
import dev.lectern.interchange.Format;
import dev.lectern.interchange.Formats;
import dev.lectern.interchange.ImportResult;
import dev.lectern.interchange.ImportedQuestion;
import dev.lectern.load.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The importers {@code lectern import} reads a course platform's file with (GIFT, Moodle XML, a QTI 2.1 package or
 * item), given the article as the command gives it: any bytes give questions and problems with positions in that
 * file, never an exception. Seeds: Moodle's own fixtures and Lectern's exports of the bundled sets.
 */
class ImportersFuzzTest {
    private static final Article ARTICLE = article();

    @FuzzTest
    void gift_givesQuestionsOrPositionedProblems(byte[] input) {
        read(Format.GIFT, "quiz.gift.txt", input);
    }

    @FuzzTest
    void moodleXml_givesQuestionsOrPositionedProblems(byte[] input) {
        read(Format.MOODLE_XML, "quiz.moodle.xml", input);
    }

    @FuzzTest
    void qti_givesQuestionsOrPositionedProblems(byte[] input) {
        read(Format.QTI, "quiz.qti.zip", input);
    }

    private static void read(Format format, String name, byte[] input) {
        ImportResult result = Formats.importer(format).orElseThrow().read(name, input, Optional.of(ARTICLE));
        for (Problem p : result.problems()) {
            assertThat(p.file())
                    .as("problems name the file (a package entry as FILE!/ENTRY)")
                    .startsWith(name);
            assertThat(p.message()).isNotBlank();
        }
        for (ImportedQuestion q : result.questions()) {
            assertThat(q.question().id()).isNotBlank();
        }
    }

    private static Article article() {
        try {
            return Article.fromText(
                    "000_d9e472c27e1e5fdd.txt", Files.readString(Path.of("seeds/000_d9e472c27e1e5fdd.txt")));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
