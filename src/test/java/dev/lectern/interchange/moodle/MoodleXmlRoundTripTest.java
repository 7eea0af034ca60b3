package dev.lectern.interchange.moodle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.interchange.AnswerSheets;
import dev.lectern.interchange.BundledSets;
import dev.lectern.interchange.Export;
import dev.lectern.interchange.ExportNote;
import dev.lectern.interchange.ImportResult;
import dev.lectern.interchange.ImportedQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** export → import → export is stable, and the re-imported set grades the bundled sheets as the original does. */
class MoodleXmlRoundTripTest {
    static java.util.List<String> sets() {
        return BundledSets.FILES;
    }

    static QuestionSet reimported(QuestionSet original, Export first) {
        ImportResult in = new MoodleXmlImporter().read("set.moodle.xml", first.bytes(),
                Optional.of(original.article()));
        assertThat(in.problems()).isEmpty();
        return new QuestionSet(in.title().orElseThrow(), Optional.empty(), original.article(),
                in.questions().stream().map(ImportedQuestion::question).toList(), false, OptionalDouble.empty(),
                false);
    }

    @ParameterizedTest
    @MethodSource("sets")
    void moodleXml_exportImportExport_givesTheSameFile(String file) {
        QuestionSet original = BundledSets.load(file);
        Export first = new MoodleXmlExporter().export(original);
        Export second = new MoodleXmlExporter().export(reimported(original, first));
        assertThat(new String(second.bytes(), StandardCharsets.UTF_8))
                .isEqualTo(new String(first.bytes(), StandardCharsets.UTF_8));
        assertThat(second.written()).isEqualTo(first.written());
    }

    @ParameterizedTest
    @MethodSource("sets")
    void moodleXml_reimportedSet_keepsEveryQuestionTheFormatHolds(String file) {
        QuestionSet original = BundledSets.load(file);
        Export first = new MoodleXmlExporter().export(original);
        QuestionSet back = reimported(original, first);
        Set<String> changed = first.notes().stream().map(ExportNote::questionId).collect(Collectors.toSet());
        Map<String, Question> byId = back.questions().stream().collect(Collectors.toMap(Question::id, q -> q));
        for (Question q : original.questions()) {
            if (!changed.contains(q.id())) {
                assertThat(byId.get(q.id())).as(q.id()).isEqualTo(q);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("sets")
    void moodleXml_reimportedSet_gradesTheBundledSheetsAsTheOriginal(String file) throws Exception {
        QuestionSet original = BundledSets.load(file);
        Export first = new MoodleXmlExporter().export(original);
        QuestionSet back = reimported(original, first);
        Set<String> changed = first.notes().stream().map(ExportNote::questionId).collect(Collectors.toSet());
        Map<String, Map<String, Double>> before = AnswerSheets.grades(original);
        Map<String, Map<String, Double>> after = AnswerSheets.grades(back);
        assertThat(after.keySet()).isEqualTo(before.keySet());
        int compared = 0;
        for (String sheet : before.keySet()) {
            for (Map.Entry<String, Double> e : before.get(sheet).entrySet()) {
                if (!changed.contains(e.getKey())) {
                    assertThat(after.get(sheet).get(e.getKey())).as(sheet + " " + e.getKey()).isEqualTo(e.getValue());
                    compared++;
                }
            }
        }
        assertThat(compared).isGreaterThan(0);
    }
}
