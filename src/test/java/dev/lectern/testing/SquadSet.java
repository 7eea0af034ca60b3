package dev.lectern.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.article.FoldedText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;

/**
 * Turns the SQuAD v1.1 dev set (read from {@code ../shared/data/}, never copied into the repository) into one
 * Lectern question set: an article of its 2,067 paragraphs and 10,570 short questions with their accepted
 * answers. Real, external material for scale tests and load benchmarks.
 */
public final class SquadSet {
    public static final Path DEV_SET = Path.of("../shared/data/squad-v1.1/dev-v1.1.json");

    /** What was written. */
    public record Written(Path yaml, Path article, int paragraphs, int questions) {}

    private SquadSet() {}

    /** The dev set, when this machine has it. */
    public static Optional<Path> devSet() {
        // A worktree of the clone (/work/wt/NAME) sits one folder deeper than the clone that shared/ lies beside.
        return Stream.of(DEV_SET, Path.of("..").resolve(DEV_SET))
                .filter(Files::isRegularFile)
                .findFirst();
    }

    /** The dev set, or the test is skipped, saying where the set was looked for and what is {@code skipped}. */
    public static Path devSetOrSkip(String skipped) {
        Optional<Path> found = devSet();
        org.junit.jupiter.api.Assumptions.assumeTrue(
                found.isPresent(),
                "SQuAD v1.1 dev set not found at " + DEV_SET.toAbsolutePath() + "; skipping " + skipped);
        return found.orElseThrow();
    }

    public static Written write(Path json, Path outDir) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        List<String> paragraphs = new ArrayList<>();
        List<Map<String, Object>> questions = new ArrayList<>();
        for (JsonNode doc : root.get("data")) {
            for (JsonNode p : doc.get("paragraphs")) {
                String context = p.get("context").asText().strip().replaceAll("\\s+", " ");
                paragraphs.add(context);
                for (JsonNode qa : p.get("qas")) {
                    questions.add(question(qa, paragraphs.size(), context));
                }
            }
        }
        Files.createDirectories(outDir);
        Path article = outDir.resolve("squad-dev-article.txt");
        Files.writeString(article, String.join("\n", paragraphs) + "\n", StandardCharsets.UTF_8);
        Map<String, Object> set = new LinkedHashMap<>();
        set.put("title", "SQuAD v1.1 dev set");
        set.put("article", article.getFileName().toString());
        set.put("match", "squad");
        set.put("questions", questions);
        Path yaml = outDir.resolve("squad-dev.yaml");
        Files.writeString(
                yaml,
                new Dump(DumpSettings.builder().setWidth(1000).build()).dumpToString(set),
                StandardCharsets.UTF_8);
        return new Written(yaml, article, paragraphs.size(), questions.size());
    }

    private static Map<String, Object> question(JsonNode qa, int paragraph, String context) {
        LinkedHashSet<String> answers = new LinkedHashSet<>();
        qa.get("answers").forEach(a -> answers.add(a.get("text").asText().strip()));
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", "q-" + qa.get("id").asText());
        q.put("type", "short");
        q.put("prompt", qa.get("question").asText().strip());
        q.put("answers", new ArrayList<>(answers));
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("paragraph", paragraph);
        String first = answers.iterator().next();
        if (occursOnce(FoldedText.of(context).text(), FoldedText.foldQuery(first))) {
            evidence.put("quote", first);
        }
        q.put("evidence", evidence);
        return q;
    }

    private static boolean occursOnce(String text, String quote) {
        int at = text.indexOf(quote);
        return !quote.isEmpty() && at >= 0 && text.indexOf(quote, at + 1) < 0;
    }
}
