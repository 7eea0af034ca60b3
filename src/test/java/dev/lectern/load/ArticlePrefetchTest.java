package dev.lectern.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A large file's article is read while the file is parsed, on the guess of a line {@code article: name}: the set,
 * its problems and their order are what the file gives without the guess, whatever the guess was.
 */
class ArticlePrefetchTest {
    /** {@code article} as the file's line, then enough questions to be read ahead (and a few problems). */
    private static String largeSet(String articleLines) {
        StringBuilder yaml =
                new StringBuilder("title: T\n").append(articleLines).append("questions:\n");
        for (int i = 1; yaml.length() < QuestionSetLoader.PREFETCH_FROM_CHARS + 1_000; i++) {
            yaml.append("  - id: q")
                    .append(i)
                    .append("\n    type: short\n    prompt: Who leads?\n    answer: ")
                    .append(i % 50 == 0 ? "Lavrov" : "Vladimir Medinsky")
                    .append("\n    evidence: { paragraph: 2 }\n");
        }
        return yaml.toString();
    }

    /** Loaded with a new loader, so no article is already in its library. */
    private static LoadResult load(String yaml) {
        return new QuestionSetLoader(new ArticleLibrary(List.of(Path.of("seeds")))).load(yaml, Snippets.DIR, "q.yaml");
    }

    @Test
    void guessedArticle_givesTheSetAndProblemsOfTheFileReadWithoutAGuess() {
        LoadResult guessed = load(largeSet("article: " + Snippets.ARTICLE + "\n"));
        // A comment after the name is no simple line: nothing is read ahead.
        LoadResult plain = load(largeSet("article: " + Snippets.ARTICLE + " # the seed\n"));
        assertThat(guessed.set()).isPresent();
        assertThat(Snippets.shown(guessed)).isNotEmpty().isEqualTo(Snippets.shown(plain));
        assertThat(guessed.set()).isEqualTo(plain.set());
        assertThat(load(largeSet("article: '" + Snippets.ARTICLE + "'\n")).set())
                .isEqualTo(plain.set());
    }

    @Test
    void aWrongGuess_isNotUsed() {
        // The first line that looks like the article's is inside a quoted text; the set names another article.
        String yaml = largeSet("description: \"about\narticle: missing.txt\"\narticle: " + Snippets.ARTICLE + "\n");
        LoadResult result = load(yaml);
        assertThat(Snippets.shown(result)).noneMatch(p -> p.contains("missing.txt"));
        assertThat(result.set()).isPresent();
        assertThat(Snippets.shown(result))
                .isEqualTo(Snippets.shown(load(
                        yaml.replace("article: " + Snippets.ARTICLE, "article:  \"" + Snippets.ARTICLE + "\" #"))));
    }

    @Test
    void aGuessedArticleThatIsNotThere_isReportedAsWithoutTheGuess() {
        LoadResult guessed = load(largeSet("article: seed.txt\n"));
        LoadResult plain = load(largeSet("article: seed.txt #\n"));
        assertThat(Snippets.shown(guessed))
                .first()
                .asString()
                .startsWith("q.yaml:2:10: error: article 'seed.txt' not found; looked in questions/, seeds/");
        assertThat(Snippets.shown(guessed)).isEqualTo(Snippets.shown(plain));
    }
}
