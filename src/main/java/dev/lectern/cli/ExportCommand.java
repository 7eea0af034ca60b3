package dev.lectern.cli;

import dev.lectern.batch.OutFile;
import dev.lectern.interchange.Export;
import dev.lectern.interchange.ExportNote;
import dev.lectern.interchange.Exporter;
import dev.lectern.interchange.Format;
import dev.lectern.interchange.Formats;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code lectern export SET --to FORMAT}: a question set in a course platform's format. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Write a question set in a course platform's format (Moodle: gift, moodle-xml; Canvas: qti;" + " aiken).",
            "Questions the format cannot hold are left out with a warning that says why."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  lectern export questions/01-istanbul-talks.yaml --to gift      # Moodle: Question bank, Import",
            "  lectern export questions/01-istanbul-talks.yaml --to qti --out istanbul.zip   # Canvas",
            "  lectern export questions/01-istanbul-talks.yaml --to moodle-xml --out -"
        })
public final class ExportCommand extends ValidatedCommand {
    @Parameters(paramLabel = "SET", description = "The question set (a .yaml file).")
    Path set;

    @Option(
            names = "--to",
            required = true,
            paramLabel = "FORMAT",
            converter = FormatConverter.class,
            description = "gift, moodle-xml, qti or aiken.")
    Format to;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write (default: the set's name with .gift.txt, .moodle.xml, .qti.zip or"
                    + " .aiken.txt, in the current folder); '-' for standard output.")
    Path out;

    private final Path workingDir;

    public ExportCommand(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    void validate() {
        if (to == Format.QTI && isStdout()) {
            throw usage("a QTI package is a zip file, not text for standard output; give --out FILE");
        }
    }

    private boolean isStdout() {
        return out != null && out.toString().equals("-");
    }

    @Override
    int execute() {
        boolean toStdout = isStdout();
        // What is said about the export (never the export itself) is escaped: titles and file names come from files.
        PrintWriter report = EscapingWriter.around(
                toStdout ? spec.commandLine().getErr() : spec.commandLine().getOut());
        PrintWriter err = EscapingWriter.around(spec.commandLine().getErr());
        Path file = workingDir.resolve(set);
        Optional<String> notASet = QuestionFiles.notOneSet(workingDir, set);
        if (notASet.isPresent()) {
            err.println("lectern export: " + notASet.get());
            return ExitCode.USAGE.code();
        }
        Optional<Exporter> exporter = Formats.exporter(to);
        if (exporter.isEmpty()) {
            err.println("lectern export: " + Formats.notAvailable(to, "export"));
            return ExitCode.USAGE.code();
        }
        Path target = out != null ? workingDir.resolve(out) : workingDir.resolve(defaultName());
        List<OutFile.Input> inputs = new ArrayList<>(List.of(OutFile.Input.file(file, "the question set")));
        // Checked before the set is loaded (a folder, the set itself), and again once its article is known.
        if (!toStdout && checkOut(target, inputs).isEmpty()) {
            return ExitCode.USAGE.code();
        }
        ArticleLibrary library = ArticleLibrary.forProject(workingDir);
        LoadResult loaded = new QuestionSetLoader(library).load(file, set.toString());
        if (loaded.hasErrors()) {
            new ProblemPrinter().printText(loaded.problems(), Map.of(set.toString(), file), report);
            report.println("lectern export: " + set + " has errors (run lectern check " + set + "); nothing written");
            return ExitCode.PROBLEMS.code();
        }
        Optional<OutFile> written = Optional.empty();
        if (!toStdout) {
            library.filesRead().forEach(a -> inputs.add(OutFile.Input.file(a, "the set's article")));
            written = checkOut(target, inputs);
            if (written.isEmpty()) {
                return ExitCode.USAGE.code();
            }
        }
        Export export = exporter.get().export(loaded.set().orElseThrow());
        for (ExportNote note : export.notes()) {
            report.println(
                    set + ": " + (note.effect() == ExportNote.Effect.LEFT_OUT ? "warning" : "note") + ": " + note);
        }
        int total = loaded.set().orElseThrow().questions().size();
        if (export.isEmpty()) {
            report.println("lectern export: none of the " + Words.count(total, "question") + " can be written as " + to
                    + "; nothing written");
            return ExitCode.PROBLEMS.code();
        }
        try {
            if (toStdout) {
                spec.commandLine().getOut().print(new String(export.bytes(), StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            } else {
                written.orElseThrow().write(export.bytes());
            }
        } catch (IOException e) {
            err.println("lectern export: cannot write " + (toStdout ? "standard output" : out) + ": " + e.getMessage());
            return ExitCode.PROBLEMS.code();
        }
        long leftOut = export.notes().stream()
                .filter(n -> n.effect() == ExportNote.Effect.LEFT_OUT)
                .map(ExportNote::questionId)
                .distinct()
                .count();
        report.println("wrote " + export.written() + " of " + Words.count(total, "question") + " as " + to
                + (toStdout ? "" : " to " + (out != null ? out : workingDir.relativize(target)))
                + (leftOut > 0 ? " (" + leftOut + " left out)" : ""));
        return ExitCode.OK.code();
    }

    /** The file to write, or empty after saying why {@code target} may not be written. */
    private Optional<OutFile> checkOut(Path target, List<OutFile.Input> inputs) {
        OutFile.Checked checked = OutFile.check(target, out != null ? out.toString() : defaultName(), inputs);
        checked.refusal().ifPresent(r -> spec.commandLine().getErr().println("lectern export: " + r));
        return checked.file();
    }

    private String defaultName() {
        String name = set.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        return name + to.suffix();
    }
}
