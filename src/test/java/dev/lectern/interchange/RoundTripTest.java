package dev.lectern.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.interchange.xml.ArticleAwareImporter;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For Moodle XML and QTI: export → import → export is stable for every bundled set, the questions the format
 * holds come back equal, and the re-imported set grades the bundled answer sheets exactly as the original does.
 */
class RoundTripTest {
    static Stream<Arguments> cases() {
        return Stream.of(Format.MOODLE_XML, Format.QTI)
                .flatMap(f -> BundledSets.FILES.stream().map(file -> Arguments.of(f, file)));
    }

    private static Export export(Format format, QuestionSet set) {
        return Formats.exporter(format).orElseThrow().export(set);
    }

    /** The file as text: a zip as each entry's name and content, so that a difference shows where it is. */
    static String readable(byte[] bytes) {
        if (bytes.length < 2 || bytes[0] != 'P' || bytes[1] != 'K') {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        StringBuilder sb = new StringBuilder();
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                sb.append("== ")
                        .append(e.getName())
                        .append('\n')
                        .append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return sb.toString();
    }

    static QuestionSet reimported(Format format, QuestionSet original, Export first) {
        ArticleAwareImporter importer =
                (ArticleAwareImporter) Formats.importer(format).orElseThrow();
        ImportResult in = importer.read("set" + format.suffix(), first.bytes(), Optional.of(original.article()));
        assertThat(in.problems()).isEmpty();
        return new QuestionSet(
                in.title().orElseThrow(),
                Optional.empty(),
                original.article(),
                in.questions().stream().map(ImportedQuestion::question).toList(),
                false,
                OptionalDouble.empty(),
                false);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void exportImportExport_givesTheSameFile(Format format, String file) {
        QuestionSet original = BundledSets.load(file);
        Export first = export(format, original);
        Export second = export(format, reimported(format, original, first));
        assertThat(readable(second.bytes())).isEqualTo(readable(first.bytes()));
        assertThat(second.bytes()).isEqualTo(first.bytes());
        assertThat(second.written()).isEqualTo(first.written());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reimportedSet_keepsEveryQuestionTheFormatHolds(Format format, String file) {
        QuestionSet original = BundledSets.load(file);
        Export first = export(format, original);
        QuestionSet back = reimported(format, original, first);
        Set<String> changed = first.notes().stream().map(ExportNote::questionId).collect(Collectors.toSet());
        Map<String, Question> byId = back.questions().stream().collect(Collectors.toMap(Question::id, q -> q));
        for (Question q : original.questions()) {
            if (!changed.contains(q.id())) {
                assertThat(byId.get(q.id())).as(q.id()).isEqualTo(q);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void reimportedSet_gradesTheBundledSheetsAsTheOriginal(Format format, String file) throws Exception {
        QuestionSet original = BundledSets.load(file);
        Export first = export(format, original);
        QuestionSet back = reimported(format, original, first);
        Set<String> changed = first.notes().stream().map(ExportNote::questionId).collect(Collectors.toSet());
        Map<String, Map<String, Double>> before = AnswerSheets.grades(original);
        Map<String, Map<String, Double>> after = AnswerSheets.grades(back);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        int compared = 0;
        for (String sheet : before.keySet()) {
            for (Map.Entry<String, Double> e : before.get(sheet).entrySet()) {
                if (!changed.contains(e.getKey())) {
                    assertThat(after.get(sheet).get(e.getKey()))
                            .as(sheet + " " + e.getKey())
                            .isEqualTo(e.getValue());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(0);
    }
}
