package dev.lectern.cli;

import dev.lectern.batch.AtomicFile;
import dev.lectern.batch.OutFile;
import dev.lectern.source.ArticleText;
import dev.lectern.source.Note;
import dev.lectern.source.Outcome;
import dev.lectern.source.Sources;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lectern article}: a web page, Markdown, plain text or PDF as an article file in Lectern's layout. The
 * converters (and the libraries they need) are only loaded here, so other commands start as fast as before.
 */
@Command(
        name = "article",
        mixinStandardHelpOptions = true,
        description = {
            "Turn a web page (a saved .html file or an http(s) URL), Markdown, plain text or a PDF into an"
                    + " article file: one paragraph a line, UTF-8.",
            "A source with no usable text (empty, binary, not what its name says) exits 1; no such file, an"
                    + " unreachable URL or an output that exists without --force exits 2."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  lectern article saved-page.html --out seeds/istanbul.txt",
            "  lectern article https://example.org/news/story --out seeds/story.txt",
            "  lectern article handout.pdf --out - | less"
        })
public final class ArticleCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SOURCE", description = "A file (.html, .md, .txt, .pdf) or an http(s) URL.")
    String source;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write the article (default: the source's name with .txt, in this folder;"
                    + " '-' for standard output).")
    String out;

    @Option(names = "--force", description = "Overwrite FILE if it exists.")
    boolean force;

    private final Path workingDir;

    public ArticleCommand(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean url = Sources.isUrl(source);
        Path input = null;
        String shownOut;
        Path target = null;
        try {
            input = url ? null : workingDir.resolve(source);
            shownOut = out != null ? out : defaultName(source, url, input);
            if (!shownOut.equals("-")) {
                target = workingDir.resolve(shownOut);
            }
        } catch (InvalidPathException e) {
            return usage(err, "not a valid file name: " + e.getInput());
        }
        OutFile file = null;
        if (target != null) {
            List<OutFile.Input> inputs =
                    input == null ? List.of() : List.of(OutFile.Input.file(input, "the source itself"));
            OutFile.Checked checked = OutFile.check(target, shownOut, inputs);
            if (checked.refusal().isPresent()) {
                return usage(err, checked.refusal().get());
            }
            file = checked.file().orElseThrow();
            if (file.replaces() && !force) {
                return usage(err, shownOut + " exists; add --force to overwrite it, or name another file with --out");
            }
        }
        Outcome outcome = url ? Sources.fromUrl(source) : Sources.fromFile(input, source);
        if (!outcome.ok()) {
            err.println("lectern article: " + outcome.refusal().message());
            return (outcome.refusal().unavailable() ? ExitCode.USAGE : ExitCode.PROBLEMS).code();
        }
        ArticleText article = outcome.article();
        PrintWriter report = target == null ? err : stdout;
        if (target == null) {
            stdout.print(article.fileText());
            stdout.flush();
        } else {
            try (AtomicFile written = file.open()) {
                written.writer().write(article.fileText());
                written.commit();
            } catch (IOException e) {
                return usage(err, "cannot write " + shownOut + ": " + e.getMessage());
            }
            report.println("wrote " + shownOut);
        }
        report.println(article.account());
        for (Note note : article.notes()) {
            report.println("note: " + note.describe());
        }
        return ExitCode.OK.code();
    }

    /**
     * The source's name with {@code .txt} ("news.html" → "news.txt"; a URL's last path segment, or its host), in
     * this folder; a {@code .txt} source gets "NAME.article.txt", never itself.
     */
    static String defaultName(String source, boolean url, Path input) {
        String base;
        if (url) {
            URI uri = URI.create(source.replace(" ", "%20"));
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
            String last = path.substring(path.lastIndexOf('/') + 1);
            base = URLDecoder.decode(last, StandardCharsets.UTF_8);
            if (base.isBlank()) {
                return (uri.getHost() == null ? "article" : uri.getHost()) + ".txt";
            }
        } else {
            base = input.getFileName().toString();
        }
        base = base.replaceAll("[\\\\/:*?\"<>|\\s]+", "-");
        int dot = base.lastIndexOf('.');
        String ext = dot > 0 ? base.substring(dot) : "";
        String stem = dot > 0 && ext.matches("\\.[A-Za-z0-9]{1,8}") ? base.substring(0, dot) : base;
        return ext.equalsIgnoreCase(".txt") ? stem + ".article.txt" : stem + ".txt";
    }

    private static int usage(PrintWriter err, String message) {
        err.println("lectern article: " + message);
        return ExitCode.USAGE.code();
    }
}
