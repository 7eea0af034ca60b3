package dev.lectern.cli;

import dev.lectern.article.Article;
import dev.lectern.batch.OutFile;
import dev.lectern.draft.Drafted;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.load.SetYamlWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What {@code lectern new} and {@code lectern draft} share: finding the article as {@code passages} does, writing
 * the set through the set writer, proving it loads without errors before anyone sees it, and writing it to
 * standard output or to a file that is never overwritten without {@code --force}.
 */
final class StarterOutput {
    private StarterOutput() {}

    /** The article file, and the {@code --out} file to write (empty: standard output), both checked. */
    record Start(Path articleFile, Optional<OutFile> out) {}

    /**
     * The article named on the command line (a path, or a name in {@code seeds/}) and the {@code --out} file, checked
     * before anything is drafted, so that a folder, a missing folder or the article itself as {@code --out} is said at
     * once rather than after the slow work; empty (reported) when either is wrong.
     */
    static Optional<Start> start(Path workingDir, StarterOptions options, String command, PrintWriter err) {
        Optional<Path> file = articleFile(workingDir, options.article, command, err);
        if (file.isEmpty() || options.outFile == null) {
            return file.map(f -> new Start(f, Optional.empty()));
        }
        OutFile.Checked checked = OutFile.check(
                workingDir.resolve(options.outFile),
                options.outFile.toString(),
                List.of(OutFile.Input.file(file.get(), "the article")));
        if (checked.refusal().isPresent()) {
            err.println("lectern " + command + ": " + checked.refusal().get());
            return Optional.empty();
        }
        if (checked.file().orElseThrow().replaces() && !options.force) {
            err.println("lectern " + command + ": " + options.outFile + " exists; give --force to replace it");
            return Optional.empty();
        }
        return Optional.of(new Start(file.get(), checked.file()));
    }

    private static Optional<Path> articleFile(Path workingDir, Path article, String command, PrintWriter err) {
        Path file = workingDir.resolve(article);
        if (!Files.exists(file) && Files.exists(workingDir.resolve("seeds").resolve(article))) {
            file = workingDir.resolve("seeds").resolve(article);
        }
        ArticleLibrary.Found found = ArticleLibrary.readFile(file, article.toString());
        if (!found.ok()) {
            err.println("lectern " + command + ": " + found.error());
            return Optional.empty();
        }
        if (found.article().paragraphCount() == 0) {
            err.println("lectern " + command + ": article '" + article + "' has no text");
            return Optional.empty();
        }
        return Optional.of(file);
    }

    static Article read(Path file) {
        return ArticleLibrary.readFile(file, file.getFileName().toString()).article();
    }

    /** The title: the article's first line, without its final period, shortened at a word to 70 characters. */
    static String title(Article article) {
        String first = article.paragraph(1).sentence(1).replaceAll("[.!]+$", "").strip();
        if (first.length() <= 70) {
            return first;
        }
        String cut = first.substring(0, 69);
        return cut.substring(0, Math.max(cut.lastIndexOf(' '), 20)).strip() + "…";
    }

    static int write(
            Path workingDir,
            Start start,
            Article article,
            List<Drafted> drafted,
            List<String> header,
            Path outOption,
            String command,
            PrintWriter out,
            PrintWriter err) {
        Path articleFile = start.articleFile();
        String articleName = articleFile.getFileName().toString();
        String yaml = SetYamlWriter.write(
                SetYamlWriter.SetInfo.of(title(article), articleName).withHeaderComments(header),
                article,
                drafted.stream()
                        .map(d -> new SetYamlWriter.Entry(d.question(), d.comments()))
                        .toList());
        Path dir = outOption == null
                ? workingDir
                : workingDir.resolve(outOption).toAbsolutePath().getParent();
        LoadResult check = new QuestionSetLoader(
                        new ArticleLibrary(List.of(articleFile.toAbsolutePath().getParent())))
                .load(yaml, dir, outOption == null ? "(standard output)" : outOption.toString());
        if (check.hasErrors()) {
            err.println("lectern " + command + ": internal error: the set written does not load: "
                    + check.problems().get(0) + " (please report it with the article)");
            return ExitCode.INTERNAL.code();
        }
        if (outOption == null) {
            out.print(yaml);
            return ExitCode.OK.code();
        }
        Path target = workingDir.resolve(outOption);
        try {
            start.out().orElseThrow().write(yaml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("lectern " + command + ": cannot write " + outOption + ": " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        out.println("wrote " + outOption + ": " + Words.count(drafted.size(), "question") + " on " + articleName
                + "; next: lectern check --show " + outOption);
        if (!Files.exists(target.toAbsolutePath().getParent().resolve(articleName))
                && !Files.exists(workingDir.resolve("seeds").resolve(articleName))
                && !Files.exists(target.toAbsolutePath()
                        .getParent()
                        .getParent()
                        .resolve("seeds")
                        .resolve(articleName))) {
            err.println("lectern " + command + ": note: " + articleName + " is neither beside " + outOption
                    + " nor in seeds/; copy it there so that the set finds its article");
        }
        return ExitCode.OK.code();
    }
}
