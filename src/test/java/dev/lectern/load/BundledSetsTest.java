package dev.lectern.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The sets shipped in questions/ are what learners meet first: they must be flawless and cover every type. */
class BundledSetsTest {
    private final QuestionSetLoader loader = new QuestionSetLoader(ArticleLibrary.forProject(Path.of("")));

    private List<LoadResult> loadAll(String folder) throws IOException {
        try (Stream<Path> files = Files.list(Path.of(folder))) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .sorted()
                    .map(f -> loader.load(f, f.toString()))
                    .toList();
        }
    }

    @Test
    void bundledSets_loadWithoutAnyProblem() throws IOException {
        List<LoadResult> results = loadAll("questions");
        assertThat(results).hasSizeGreaterThanOrEqualTo(2);
        assertThat(results).flatMap(LoadResult::problems).isEmpty();
    }

    @Test
    void bundledSets_coverEveryTypeTwice_withEvidenceAndExplanations() throws IOException {
        List<Question> all = new ArrayList<>();
        for (LoadResult r : loadAll("questions")) {
            QuestionSet set = r.set().orElseThrow();
            assertThat(set.questions())
                    .filteredOn(q -> q.typeName().equals("evidence"))
                    .as(r.file())
                    .hasSize(1);
            all.addAll(set.questions());
        }
        assertThat(all).hasSizeGreaterThanOrEqualTo(25);
        Map<String, Long> perType =
                all.stream().collect(Collectors.groupingBy(Question::typeName, Collectors.counting()));
        assertThat(perType.keySet())
                .containsExactlyInAnyOrder(
                        "choice", "multi", "true-false", "short", "number", "cloze", "order", "match", "evidence");
        assertThat(perType.values()).allMatch(n -> n >= 2);
        assertThat(all)
                .allMatch(q -> !q.evidence().isEmpty(), "has evidence")
                .allMatch(q -> q.header().explain().isPresent(), "has an explanation");
    }

    @Test
    void validFixtures_loadWithoutErrors() throws IOException {
        List<LoadResult> results = loadAll("src/test/resources/sets/valid");
        assertThat(results).isNotEmpty();
        assertThat(results)
                .allMatch(r -> r.set().isPresent(), "loads")
                .flatMap(LoadResult::problems)
                .allMatch(p -> !p.isError());
        assertThat(results.stream()
                        .flatMap(r -> r.set().orElseThrow().questions().stream())
                        .map(Question::typeName)
                        .distinct()
                        .count())
                .isEqualTo(9);
    }
}
