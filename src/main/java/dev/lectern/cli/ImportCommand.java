package dev.lectern.cli;

import dev.lectern.article.Article;
import dev.lectern.article.SentenceRef;
import dev.lectern.batch.OutFile;
import dev.lectern.interchange.EvidenceFinder;
import dev.lectern.interchange.Format;
import dev.lectern.interchange.Formats;
import dev.lectern.interchange.ImportResult;
import dev.lectern.interchange.ImportedQuestion;
import dev.lectern.interchange.Importer;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.Problem;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.load.SetYamlWriter;
import dev.lectern.load.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code lectern import FILE --article ARTICLE}: a course platform's questions as a Lectern question set. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Turn a question file from a course platform (gift, moodle-xml, qti, aiken) into a Lectern"
                    + " question set on ARTICLE, citing evidence where the answer occurs in one sentence."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  lectern import bank.gift.txt --article istanbul.txt         # writes questions/bank.yaml",
            "  lectern import quiz.moodle.xml --article istanbul.txt --out questions/quiz.yaml",
            "  lectern import canvas.zip --from qti --article istanbul.txt"
        })
public final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "The file exported from the platform.")
    Path file;

    @Option(
            names = "--from",
            paramLabel = "FORMAT",
            converter = FormatConverter.class,
            description = "gift, moodle-xml, qti or aiken (default: guessed from the name and content).")
    Format from;

    @Option(
            names = "--article",
            required = true,
            paramLabel = "ARTICLE",
            description = "The article the questions are about: a file, or its name in seeds/.")
    Path article;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "The question set to write (default: questions/NAME.yaml, or NAME.yaml without questions/).")
    Path out;

    @Option(names = "--force", description = "Replace the --out file if it exists.")
    boolean force;

    private final Path workingDir;

    public ImportCommand(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    public Integer call() {
        // Titles, prompts and file names come from the file imported: shown escaped, not obeyed.
        PrintWriter report = EscapingWriter.around(spec.commandLine().getOut());
        PrintWriter err = EscapingWriter.around(spec.commandLine().getErr());
        Path source = workingDir.resolve(file);
        if (!Files.isRegularFile(source)) {
            err.println("lectern import: no such file: " + file);
            return ExitCode.USAGE.code();
        }
        Path articleFile = workingDir.resolve(article);
        if (!Files.exists(articleFile)
                && Files.exists(workingDir.resolve("seeds").resolve(article))) {
            articleFile = workingDir.resolve("seeds").resolve(article);
        }
        ArticleLibrary.Found text =
                ArticleLibrary.readFile(articleFile, article.getFileName().toString());
        if (!text.ok()) {
            err.println("lectern import: " + text.error());
            return ExitCode.USAGE.code();
        }
        Path target = workingDir.resolve(out != null ? out : defaultOut());
        OutFile.Checked checked = OutFile.check(
                target,
                shown(target),
                List.of(
                        OutFile.Input.file(source, "the file imported"),
                        OutFile.Input.file(articleFile, "the article")));
        if (checked.refusal().isPresent()) {
            err.println("lectern import: " + checked.refusal().get());
            return ExitCode.USAGE.code();
        }
        if (checked.file().orElseThrow().replaces() && !force) {
            err.println("lectern import: " + shown(target) + " already exists; give another --out, or --force to"
                    + " replace it");
            return ExitCode.USAGE.code();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (IOException e) {
            err.println("lectern import: cannot read " + file + ": " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        Format format = from != null ? from : Formats.guess(file.getFileName().toString(), bytes);
        Optional<Importer> importer = Formats.importer(format);
        if (importer.isEmpty()) {
            err.println("lectern import: " + Formats.notAvailable(format, "import"));
            return ExitCode.USAGE.code();
        }
        ImportResult result = importer.get().read(file.toString(), bytes, Optional.of(text.article()));
        List<Problem> problems = new ArrayList<>(result.problems());
        List<SetYamlWriter.Entry> entries = withEvidence(result, text.article(), problems);
        problems.sort((a, b) -> a.pos().line() != b.pos().line()
                ? Integer.compare(a.pos().line(), b.pos().line())
                : Integer.compare(a.pos().column(), b.pos().column()));
        new ProblemPrinter().printText(problems, Map.of(file.toString(), source), report);
        if (entries.isEmpty()) {
            report.println("lectern import: no question in " + file + " can be held by Lectern; nothing written");
            return ExitCode.PROBLEMS.code();
        }
        String title = result.title().orElse(file.getFileName().toString().replaceFirst("\\.[^.]*$", ""));
        SetYamlWriter.SetInfo info = SetYamlWriter.SetInfo.of(
                        title, articleFile.getFileName().toString())
                .withHeaderComments(schemaComment(target));
        String yaml = SetYamlWriter.write(info, text.article(), entries);
        try {
            checked.file().orElseThrow().write(yaml.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println("lectern import: cannot write " + shown(target) + ": " + e.getMessage());
            return ExitCode.PROBLEMS.code();
        }
        // Proved as written; a set sent to a device or a FIFO is proved from the text that went there.
        QuestionSetLoader loader = new QuestionSetLoader(ArticleLibrary.forProject(workingDir));
        LoadResult check = checked.file().orElseThrow().regular()
                ? loader.load(target, shown(target))
                : loader.load(yaml, target.toAbsolutePath().getParent(), shown(target));
        new ProblemPrinter().printText(check.problems(), Map.of(shown(target), target), report);
        long errors = problems.stream().filter(Problem::isError).count();
        report.println("wrote " + Words.count(entries.size(), "question") + " from " + file + " (" + format + ") to "
                + shown(target)
                + (errors > 0
                        ? "; " + Words.count(errors, "error") + " in " + file + " (those questions are left out)"
                        : ""));
        if (check.hasErrors()) {
            report.println("lectern import: the set written does not load; the article must be beside it or in seeds/");
            return ExitCode.PROBLEMS.code();
        }
        return (errors > 0 ? ExitCode.PROBLEMS : ExitCode.OK).code();
    }

    private List<SetYamlWriter.Entry> withEvidence(ImportResult result, Article text, List<Problem> problems) {
        EvidenceFinder finder = new EvidenceFinder(text);
        List<SetYamlWriter.Entry> entries = new ArrayList<>();
        for (ImportedQuestion iq : result.questions()) {
            EvidenceFinder.Found found = finder.find(iq.question());
            List<String> comments = new ArrayList<>();
            comments.add("from " + file.getFileName() + " line " + iq.pos().line());
            if (!found.candidates().isEmpty()) {
                String where =
                        found.candidates().stream().map(SentenceRef::toString).collect(Collectors.joining(", "));
                problems.add(new Problem(
                        file.toString(),
                        iq.pos(),
                        Severity.WARNING,
                        "question '" + iq.question().id()
                                + "': the answer occurs in "
                                + found.candidates().size() + " sentences of the article ("
                                + where + "); cite the one that supports it with evidence: { sentence: \"P.S\" }"));
                comments.add("the answer occurs in sentences " + where + ": cite the right one");
            }
            for (String missing : found.unlocated()) {
                problems.add(new Problem(
                        file.toString(),
                        iq.pos(),
                        Severity.WARNING,
                        "question '" + iq.question().id() + "': the evidence " + missing + " is not in the article "
                                + article));
            }
            entries.add(new SetYamlWriter.Entry(found.question(), comments));
        }
        return entries;
    }

    private Path defaultOut() {
        String name = file.getFileName().toString().replaceFirst("(\\.(gift|aiken|moodle|qti))?\\.[^.]*$", "");
        Path questions = workingDir.resolve("questions");
        return Files.isDirectory(questions) ? questions.resolve(name + ".yaml") : workingDir.resolve(name + ".yaml");
    }

    /** The editor line of the bundled sets, when the project's schema is where the set can point at it. */
    private static List<String> schemaComment(Path target) {
        Path schema =
                target.toAbsolutePath().getParent().resolveSibling("schema").resolve("question-set.schema.json");
        return Files.isRegularFile(schema)
                ? List.of("yaml-language-server: $schema=../schema/question-set.schema.json")
                : List.of();
    }

    private String shown(Path target) {
        Path abs = target.toAbsolutePath().normalize();
        Path wd = workingDir.toAbsolutePath().normalize();
        return abs.startsWith(wd) ? wd.relativize(abs).toString() : abs.toString();
    }
}
