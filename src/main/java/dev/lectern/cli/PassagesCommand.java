package dev.lectern.cli;

import dev.lectern.article.Article;
import dev.lectern.article.Paragraph;
import dev.lectern.load.ArticleLibrary;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lectern passages}: the article with {@code [P.S]} numbers, so teachers can write references. */
@Command(
        name = "passages",
        mixinStandardHelpOptions = true,
        description = "Print an article with paragraph and sentence numbers ([4.2]) for writing evidence references.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  lectern passages 000_d9e472c27e1e5fdd.txt      # an article in seeds/",
            "  lectern passages seeds/000_d9e472c27e1e5fdd.txt --paragraph 4"
        })
public final class PassagesCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "ARTICLE", description = "The article file, or its name in seeds/.")
    Path article;

    @Option(names = "--paragraph", paramLabel = "N", description = "Print only paragraph N.")
    Integer paragraph;

    @Option(
            names = "--width",
            paramLabel = "COLUMNS",
            description = "Wrap lines to this width (default: $COLUMNS, else 80).")
    Integer width;

    private final Path workingDir;
    private final Map<String, String> env;

    public PassagesCommand(Path workingDir, Map<String, String> env) {
        this.workingDir = workingDir;
        this.env = env;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path file = workingDir.resolve(article);
        if (!Files.exists(file) && Files.exists(workingDir.resolve("seeds").resolve(article))) {
            file = workingDir.resolve("seeds").resolve(article);
        }
        ArticleLibrary.Found found = ArticleLibrary.readFile(file, article.toString());
        if (!found.ok()) {
            err.println("lectern passages: " + found.error());
            return ExitCode.USAGE.code();
        }
        Article text = found.article();
        if (paragraph != null && !text.hasParagraph(paragraph)) {
            err.println("lectern passages: paragraph " + paragraph + " does not exist: " + article + " has "
                    + Words.count(text.paragraphCount(), "paragraph"));
            return ExitCode.USAGE.code();
        }
        int columns = Math.max(30, width != null ? width : columnsFromEnv());
        List<Paragraph> shown = paragraph != null ? List.of(text.paragraph(paragraph)) : text.paragraphs();
        for (int i = 0; i < shown.size(); i++) {
            if (i > 0) {
                out.println();
            }
            Paragraph p = shown.get(i);
            for (int s = 1; s <= p.sentenceCount(); s++) {
                String label = "[" + p.number() + "." + s + "] ";
                Wrap.hanging(label, p.sentence(s), columns).forEach(out::println);
            }
        }
        return ExitCode.OK.code();
    }

    private int columnsFromEnv() {
        try {
            return Integer.parseInt(env.getOrDefault("COLUMNS", "80").strip());
        } catch (NumberFormatException e) {
            return 80;
        }
    }
}
