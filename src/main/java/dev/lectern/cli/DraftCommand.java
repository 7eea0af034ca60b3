package dev.lectern.cli;

import dev.lectern.article.Article;
import dev.lectern.draft.Drafted;
import dev.lectern.draft.Drafter;
import dev.lectern.draft.OpenNlpProperNouns;
import dev.lectern.draft.ProperNouns;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code lectern draft}: candidate questions on an article, evidence filled in, for the teacher to edit and prune. */
@Command(
        name = "draft",
        mixinStandardHelpOptions = true,
        description = "Propose questions on an article (numbers, names, claims), each with its evidence filled in.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  lectern draft seeds/istanbul.txt --max 20 --out questions/istanbul-draft.yaml",
            "  lectern draft seeds/istanbul.txt | less                 # read the candidates first"
        })
public final class DraftCommand extends ValidatedCommand {
    static final List<String> HEADER = List.of(
            "yaml-language-server: $schema=../schema/question-set.schema.json",
            "Candidate questions written by 'lectern draft', each from the sentence named above it. They are a",
            "first draft: keep the good ones, reword their prompts, add distractors and explanations, delete the",
            "rest, then run: lectern check --show THIS-FILE (docs/authoring.md)");

    @Mixin
    StarterOptions options;

    @Option(names = "--max", paramLabel = "N", description = "At most N questions (default: 20).")
    int max = 20;

    private final Path workingDir;

    public DraftCommand(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    void validate() {
        if (max < 1) {
            throw usage("--max must be at least 1; found " + max);
        }
    }

    @Override
    int execute() {
        Optional<StarterOutput.Start> start = StarterOutput.start(
                workingDir, options, "draft", spec.commandLine().getErr());
        if (start.isEmpty()) {
            return ExitCode.USAGE.code();
        }
        Article text = StarterOutput.read(start.get().articleFile());
        List<Drafted> drafted = new Drafter(OpenNlpProperNouns.load().orElse(ProperNouns.NONE)).draft(text, max);
        if (drafted.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("lectern draft: found no numbers, names or statements to ask about in " + options.article
                            + "; try lectern new " + options.article);
            return ExitCode.PROBLEMS.code();
        }
        return StarterOutput.write(
                workingDir,
                start.get(),
                text,
                drafted,
                HEADER,
                options.outFile,
                "draft",
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
