package dev.lectern.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.lectern.article.Article;
import dev.lectern.source.ArticleText;
import dev.lectern.source.Outcome;
import dev.lectern.source.Sources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The readers {@code lectern article} turns a saved page, a Markdown file or a PDF with: any bytes give an article
 * or a refusal that says why, never an exception; and the article file written is read back by Lectern's article
 * reader as the same paragraphs (a paragraph a line), so a converted article never changes under its citations.
 */
class ArticleSourcesFuzzTest {
    private static final Path FOLDER = Fuzzing.folder();

    @FuzzTest
    void html_givesAnArticleOrARefusal(byte[] input) throws IOException {
        convert("page.html", input);
    }

    @FuzzTest
    void markdown_givesAnArticleOrARefusal(byte[] input) throws IOException {
        convert("notes.md", input);
    }

    @FuzzTest
    void pdf_givesAnArticleOrARefusal(byte[] input) throws IOException {
        convert("paper.pdf", input);
    }

    private static void convert(String name, byte[] input) throws IOException {
        Path file = FOLDER.resolve(name);
        Files.write(file, input);
        Outcome outcome = Sources.fromFile(file, name);
        if (!outcome.ok()) {
            assertThat(outcome.refusal().message()).as("a refusal says why").contains(name);
            return;
        }
        ArticleText text = outcome.article();
        Article read = Article.fromText("article.txt", text.fileText());
        assertThat(read.paragraphs()).as("the article file read back").hasSameSizeAs(text.paragraphs());
        assertThat(text.account()).isNotEmpty();
        text.notes().forEach(n -> assertThat(n.describe()).isNotEmpty());
    }
}
