package dev.lectern.cli;

import dev.lectern.article.Article;
import dev.lectern.draft.ProperNouns;
import dev.lectern.draft.Starter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code lectern new}: a starter set on an article, one working example of each question type. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        description = "Write a starter question set on an article: one example of each type, with working evidence.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  lectern new seeds/istanbul.txt --out questions/istanbul.yaml",
            "  lectern new istanbul.txt > questions/istanbul.yaml     # an article in seeds/"
        })
public final class NewCommand implements Callable<Integer> {
    static final List<String> HEADER = List.of(
            "yaml-language-server: $schema=../schema/question-set.schema.json",
            "A starter set written by 'lectern new': one example of each of the nine question types, each built",
            "from a real sentence of the article, with evidence that works. Rewrite the prompts in your own words,",
            "keep the evidence, delete what you do not need, then run: lectern check --show THIS-FILE",
            "The format: docs/question-format.md; from an article to a checked set: docs/authoring.md");

    @Spec
    CommandSpec spec;

    @Mixin
    StarterOptions options;

    private final Path workingDir;

    public NewCommand(Path workingDir) {
        this.workingDir = workingDir;
    }

    @Override
    public Integer call() {
        Optional<StarterOutput.Start> start = StarterOutput.start(
                workingDir, options, "new", spec.commandLine().getErr());
        if (start.isEmpty()) {
            return ExitCode.USAGE.code();
        }
        Article text = StarterOutput.read(start.get().articleFile());
        return StarterOutput.write(
                workingDir,
                start.get(),
                text,
                new Starter(ProperNouns.NONE).starter(text),
                HEADER,
                options.outFile,
                "new",
                spec.commandLine().getOut(),
                spec.commandLine().getErr());
    }
}
