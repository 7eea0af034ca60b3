package dev.lectern.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lectern.article.Article;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The readers of the files teachers write: a question set (YAML, with the article it names) and an article. Any
 * bytes give a set or problems with positions, never an exception.
 */
class ReadersFuzzTest {
    private static final Path FOLDER = Fuzzing.folder();

    @FuzzTest
    void questionSet_givesASetOrPositionedProblems(byte[] input) throws IOException {
        Path file = FOLDER.resolve("questions/fuzzed.yaml");
        Files.write(file, input);
        LoadResult result = new QuestionSetLoader(ArticleLibrary.forProject(FOLDER)).load(file, "fuzzed.yaml");
        assertThat(result.set().isPresent() || result.problems().stream().anyMatch(p -> p.isError()))
                .as("a set, or an error saying why not")
                .isTrue();
        result.problems().forEach(p -> assertThat(p.pos().line()).isPositive());
    }

    @FuzzTest
    void article_givesParagraphsAndSentences(byte[] input) {
        Article article = Article.fromText("fuzzed.txt", new String(input, StandardCharsets.UTF_8));
        article.paragraphs().forEach(p -> assertThat(p.sentenceCount()).isPositive());
    }
}
