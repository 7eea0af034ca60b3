package dev.lectern.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Exported GIFT read by an independent parser, the {@code gift-pegjs} npm package, run with node. {@code .ci/run}
 * installs it into {@code target/gift-pegjs}; without node or the package the test is skipped and says so.
 */
class GiftPegjsIT {
    private static final Path PACKAGE = Path.of("target/gift-pegjs/node_modules/gift-pegjs");
    private static final Map<String, List<String>> KINDS = Map.of(
            "choice",
            List.of("MC"),
            "multi",
            List.of("MC"),
            "true-false",
            List.of("TF"),
            "short",
            List.of("Short"),
            "number",
            List.of("Numerical"),
            "match",
            List.of("Matching"),
            "cloze",
            List.of("Short"));
    private static final String SCRIPT = """
            const fs = require('fs');
            const gift = require(process.argv[2]);
            const parsed = gift.parse(fs.readFileSync(process.argv[3], 'utf8'));
            console.log(JSON.stringify(parsed.map(q => ({type: q.type, title: q.title || null,
                stem: q.stem ? q.stem.text : null}))));
            """;

    static Stream<Path> sets() throws IOException {
        return dev.lectern.load.SetFiles.yamlIn(Path.of("questions"), Path.of("src/test/resources/sets/valid"))
                .stream();
    }

    @ParameterizedTest
    @MethodSource("sets")
    void exportedGift_parsesWithGiftPegjs_asTheSameQuestions(Path file) throws Exception {
        assumeTrue(
                Files.isDirectory(PACKAGE),
                "gift-pegjs not installed in " + PACKAGE
                        + " (run .ci/run, or: npm install --prefix target/gift-pegjs gift-pegjs); skipped");
        assumeTrue(nodeWorks(), "node is not on the PATH; skipped");
        QuestionSet set = new QuestionSetLoader(ArticleLibrary.forProject(Path.of("")))
                .load(file, file.toString())
                .set()
                .orElseThrow();
        Export export = new GiftExporter().export(set);
        Path dir = Files.createDirectories(Path.of("target/gift-pegjs-it"));
        Path gift = dir.resolve(file.getFileName() + ".gift.txt");
        Files.write(gift, export.bytes());
        Path script = dir.resolve("parse.js");
        Files.writeString(script, SCRIPT);
        Process p = new ProcessBuilder(
                        "node", script.toString(), PACKAGE.toAbsolutePath().toString(), gift.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        List<JsonNode> parsed = new ArrayList<>();
        new ObjectMapper().readTree(output).forEach(parsed::add);
        assertThat(parsed.get(0).get("type").asText()).isEqualTo("Category");
        List<JsonNode> questions = parsed.subList(1, parsed.size());
        List<Question> written = set.questions().stream()
                .filter(q -> export.notes().stream()
                        .noneMatch(n -> n.questionId().equals(q.id()) && n.effect() == ExportNote.Effect.LEFT_OUT))
                .toList();
        assertThat(questions).hasSameSizeAs(written);
        for (int i = 0; i < written.size(); i++) {
            Question q = written.get(i);
            JsonNode n = questions.get(i);
            assertThat(n.get("title").asText()).isEqualTo(q.id());
            assertThat(KINDS.get(q.typeName()))
                    .as(q.id())
                    .contains(n.get("type").asText());
            if (!q.typeName().equals("cloze")) {
                assertThat(n.get("stem").asText())
                        .as(q.id())
                        .isEqualTo(q.prompt()
                                .replace("\n", " ")
                                .replaceAll(" +", " ")
                                .strip());
            }
        }
    }

    private static boolean nodeWorks() {
        try {
            Process p = new ProcessBuilder("node", "--version")
                    .redirectErrorStream(true)
                    .start();
            p.getInputStream().readAllBytes();
            return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
