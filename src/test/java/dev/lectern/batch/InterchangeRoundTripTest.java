package dev.lectern.batch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.engine.Grader;
import dev.lectern.engine.Presentation;
import dev.lectern.interchange.EvidenceFinder;
import dev.lectern.interchange.Export;
import dev.lectern.interchange.ExportNote;
import dev.lectern.interchange.Format;
import dev.lectern.interchange.Formats;
import dev.lectern.interchange.ImportResult;
import dev.lectern.interchange.ImportedQuestion;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.load.SetYamlWriter;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * export → import → export gives the same file for every bundled set in GIFT and Aiken, and the re-imported set
 * grades the bundled answer sheets as the original does for every question the format holds unchanged.
 */
class InterchangeRoundTripTest {
    private static final QuestionSetLoader LOADER = new QuestionSetLoader(ArticleLibrary.forProject(Path.of("")));
    /** Changes that do not alter how an answer is marked, as a share of the question's points. */
    private static final List<String> MARKING_KEPT = List.of(
            "GIFT has no points",
            "GIFT has no hints",
            "Aiken has no feedback",
            "Aiken has no explanation",
            "Aiken has no hint",
            "Aiken has no points");

    static Stream<Arguments> setsAndFormats() throws IOException {
        List<Arguments> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("questions"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                all.add(Arguments.of(f, Format.GIFT));
                all.add(Arguments.of(f, Format.AIKEN));
            }
        }
        return all.stream();
    }

    @ParameterizedTest
    @MethodSource("setsAndFormats")
    void exportImportExport_isStable_andGradesAsTheOriginal(Path file, Format format) throws IOException {
        QuestionSet original = LOADER.load(file, file.toString()).set().orElseThrow();
        Export first = Formats.exporter(format).orElseThrow().export(original);
        ImportResult imported = Formats.importer(format).orElseThrow().read("exported", first.bytes());
        assertThat(imported.problems()).isEmpty();
        assertThat(imported.questions()).hasSize(first.written());
        EvidenceFinder finder = new EvidenceFinder(original.article());
        List<SetYamlWriter.Entry> entries = imported.questions().stream()
                .map(ImportedQuestion::question)
                .map(q -> SetYamlWriter.Entry.of(finder.find(q).question()))
                .toList();
        String yaml = SetYamlWriter.write(
                SetYamlWriter.SetInfo.of(
                        imported.title().orElse(original.title()),
                        original.article().name()),
                original.article(),
                entries);
        LoadResult again = LOADER.load(yaml, Path.of("questions"), "reimported.yaml");
        assertThat(again.problems()).as(yaml).noneMatch(p -> p.isError());
        QuestionSet reimported = again.set().orElseThrow();
        Export second = Formats.exporter(format).orElseThrow().export(reimported);
        assertThat(new String(second.bytes(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(new String(first.bytes(), java.nio.charset.StandardCharsets.UTF_8));

        List<Question> exported = original.questions().stream()
                .filter(q -> first.notes().stream()
                        .noneMatch(n -> n.questionId().equals(q.id()) && n.effect() == ExportNote.Effect.LEFT_OUT))
                .toList();
        assertThat(reimported.questions()).hasSameSizeAs(exported);
        Set<String> markingChanged = first.notes().stream()
                .filter(n -> MARKING_KEPT.stream().noneMatch(n.reason()::startsWith))
                .map(ExportNote::questionId)
                .collect(Collectors.toSet());
        int compared = 0;
        Grader before = new Grader(original.article());
        Grader after = new Grader(reimported.article());
        for (Sheet sheet : sheets()) {
            for (int i = 0; i < exported.size(); i++) {
                Question q = exported.get(i);
                Question r = reimported.questions().get(i);
                if (markingChanged.contains(q.id())) {
                    continue;
                }
                String answer = sheet.answers().getOrDefault(q.id(), "");
                assertThat(after.grade(r, Presentation.asWritten(r), answer).fraction())
                        .as(sheet.student() + " on " + q.id() + ": " + answer)
                        .isEqualTo(before.grade(q, Presentation.asWritten(q), answer)
                                .fraction());
                compared++;
            }
        }
        assertThat(compared).isPositive();
    }

    private static List<Sheet> sheets() throws IOException {
        List<Sheet> sheets = new ArrayList<>();
        Path dir = Path.of("examples/batch");
        try (BufferedReader yaml = Files.newBufferedReader(dir.resolve("class.yaml"));
                BufferedReader jsonl = Files.newBufferedReader(dir.resolve("class.jsonl"));
                BufferedReader csv = Files.newBufferedReader(dir.resolve("responses.csv"))) {
            for (SheetReader reader : List.of(
                    new YamlSheets(yaml, "class.yaml"),
                    new JsonlSheets(jsonl, "class.jsonl"),
                    new CsvSheets(csv, "responses.csv", SheetReadersTest.SET, CsvLayout.guessed()))) {
                for (SheetRead read = reader.next(); read != null; read = reader.next()) {
                    if (!read.malformed()) {
                        sheets.add(read.sheet());
                    }
                }
            }
        }
        return sheets;
    }
}
