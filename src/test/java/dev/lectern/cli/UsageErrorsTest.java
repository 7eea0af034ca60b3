package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command's usage errors, picocli's and the commands' own ({@link ValidatedCommand#validate()}), go through
 * one handler: the command, the message, where the help is, exit 2, nothing on standard output.
 */
class UsageErrorsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();
    private static final String SET = "questions/01-istanbul-talks.yaml";

    static Stream<Arguments> usageErrors() {
        return Stream.of(
                // lectern and lectern --batch
                error(
                        "lectern",
                        "--batch takes the question set as its value and cannot be combined with --list and"
                                + " --exam",
                        "--batch",
                        SET,
                        "--exam",
                        "--list"),
                error(
                        "lectern",
                        "--batch takes the question set as its value and cannot be combined with a PATH"
                                + " (questions) and --missed",
                        "--batch",
                        SET,
                        "questions/",
                        "--missed"),
                error(
                        "lectern",
                        "--data-dir says where --batch --record writes the history; without --record,"
                                + " --batch records nothing",
                        "--batch",
                        SET,
                        "--data-dir",
                        "d"),
                error(
                        "lectern",
                        "--stats goes with --format text, json or jsonl; a CSV gradebook has no room for it"
                                + " (run once more with --format text --stats)",
                        "--batch",
                        SET,
                        "--stats",
                        "--format",
                        "csv"),
                error(
                        "lectern",
                        "--format, --out and --details only go with --batch SET, which grades answer sheets;"
                                + " without --batch, lectern opens the quiz",
                        SET,
                        "--details",
                        "--out",
                        "g.csv",
                        "--format",
                        "csv"),
                error(
                        "lectern",
                        "--record goes with --batch SET; the quiz records every answer without it",
                        "--record"),
                error(
                        "lectern",
                        "--student names the learner of a --hand-in; give --hand-in DIR too",
                        SET,
                        "--student",
                        "Ann"),
                error(
                        "lectern",
                        "--hand-in goes with --exam and one question set: lectern SET --exam --hand-in DIR",
                        "--exam",
                        "--hand-in",
                        "class"),
                error("lectern", "--student needs a name", SET, "--exam", "--hand-in", "class", "--student", " "),
                error("lectern", "Missing required parameter for option '--batch' (SET)", "--batch"),
                error(
                        "lectern",
                        "Invalid value for option '--pass': '0.x' is not a pass mark; write a percentage from"
                                + " 0% to 100%, like 60%",
                        "--batch",
                        SET,
                        "--pass",
                        "0.x"),
                error(
                        "lectern",
                        "Invalid value for option '--format': expected one of [text, json, jsonl, csv]"
                                + " (case-sensitive) but was 'xml'",
                        "--batch",
                        SET,
                        "--format",
                        "xml"),
                // the subcommands
                error(
                        "lectern check",
                        "Invalid value for option '--format': expected one of [text, json]"
                                + " (case-sensitive) but was 'xml'",
                        "check",
                        "--format",
                        "xml"),
                error("lectern passages", "Missing required parameter: 'ARTICLE'", "passages"),
                error(
                        "lectern passages",
                        "Invalid value for option '--paragraph': 'abc' is not an int",
                        "passages",
                        "x.txt",
                        "--paragraph",
                        "abc"),
                error("lectern stats", "--reset needs the SET whose history goes", "stats", "--reset"),
                error("lectern stats", "--yes only goes with --reset SET", "stats", SET, "--yes"),
                error(
                        "lectern stats",
                        "--relink OLD NEW goes alone, without a SET, --reset or --yes",
                        "stats",
                        "--relink",
                        "a.yaml",
                        "b.yaml",
                        SET),
                error(
                        "lectern stats",
                        "Invalid value for option '--format': expected one of [text, json, csv]"
                                + " (case-sensitive) but was 'xml'",
                        "stats",
                        "--format",
                        "xml"),
                error(
                        "lectern review",
                        "--all needs the SET to practise, e.g. lectern review --all"
                                + " questions/01-istanbul-talks.yaml",
                        "review",
                        "--all"),
                error(
                        "lectern review",
                        "Invalid value for option '--seed': 'abc' is not a long",
                        "review",
                        "--seed",
                        "abc"),
                error("lectern article", "Missing required parameter: 'SOURCE'", "article"),
                error("lectern new", "Missing required parameter: 'ARTICLE'", "new"),
                error("lectern draft", "--max must be at least 1; found 0", "draft", "x.txt", "--max", "0"),
                error(
                        "lectern draft",
                        "Invalid value for option '--max': 'x' is not an int",
                        "draft",
                        "x.txt",
                        "--max",
                        "x"),
                error("lectern export", "Missing required option: '--to=FORMAT'", "export", SET),
                error(
                        "lectern export",
                        "a QTI package is a zip file, not text for standard output; give --out FILE",
                        "export",
                        SET,
                        "--to",
                        "qti",
                        "--out",
                        "-"),
                error(
                        "lectern export",
                        "Invalid value for option '--to': unknown format 'docx' (formats: gift,"
                                + " moodle-xml, qti, aiken)",
                        "export",
                        SET,
                        "--to",
                        "docx"),
                error("lectern import", "Missing required option: '--article=ARTICLE'", "import", "bank.gift.txt"),
                error(
                        "lectern import",
                        "Invalid value for option '--from': unknown format 'docx' (formats: gift,"
                                + " moodle-xml, qti, aiken)",
                        "import",
                        "bank.gift.txt",
                        "--article",
                        "a.txt",
                        "--from",
                        "docx"),
                error(
                        "lectern completion",
                        "Invalid value for positional parameter at index 0 (SHELL): expected one"
                                + " of [bash, zsh] (case-sensitive) but was 'fish'",
                        "completion",
                        "fish"));
    }

    private static Arguments error(String command, String message, String... args) {
        return Arguments.of(
                String.join(" ", args),
                args,
                command + ": " + message + "\nSee '" + command + " --help' for every option.\n");
    }

    @ParameterizedTest(name = "lectern {0}")
    @MethodSource("usageErrors")
    void aUsageError_isOneMessageNamingTheCommand_thenWhereTheHelpIs_exitTwo(
            String shown, String[] args, String expected) {
        CliRun run = CliRun.withInput(ROOT, "", args);
        assertThat(run.err()).isEqualTo(expected);
        assertThat(run.out()).isEmpty();
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void aMistypedOptionOfASubcommand_suggestsTheNearest_underTheSubcommandsName() {
        CliRun run = CliRun.withInput(ROOT, "", "check", "--formt", "json");
        assertThat(run.err()).isEqualTo("""
                                        lectern check: Unknown option: '--formt'
                                        Possible solutions: --format
                                        See 'lectern check --help' for every option.
                                        """);
        assertThat(run.code()).isEqualTo(2);
    }

    /**
     * Every option {@link BatchOptions} declares, and only those, is refused without {@code --batch}, by its name:
     * the declaration is the list, so an option added there is covered without another edit.
     */
    @Test
    void everyBatchOption_withoutBatch_isRefusedByName() {
        List<OptionSpec> declared =
                CommandSpec.forAnnotatedObject(new BatchOptions()).options();
        assertThat(declared).hasSizeGreaterThan(10);
        for (OptionSpec option : declared) {
            List<String> args = new ArrayList<>(List.of(SET, option.longestName()));
            if (option.arity().min() > 0) {
                args.add(validValue(option));
            }
            CliRun run = CliRun.withInput(ROOT, "", args.toArray(String[]::new));
            assertThat(run.code()).as(option.longestName()).isEqualTo(2);
            assertThat(run.err())
                    .as(option.longestName())
                    .startsWith("lectern: " + option.longestName() + " ")
                    .contains(" with --batch SET");
        }
    }

    @Test
    void optionsOfTheQuiz_areNotTakenForBatchOptions() {
        // --seed, --no-shuffle and --data-dir are the quiz's (and --data-dir is --batch --record's too).
        CliRun run = CliRun.withInput(ROOT, "", SET, "--seed", "7", "--no-shuffle", "--data-dir", "d", "--list");
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
    }

    /** A value picocli accepts for {@code option}: its first candidate, else one its converter reads. */
    private static String validValue(OptionSpec option) {
        Iterable<String> candidates = option.completionCandidates();
        if (candidates != null) {
            Iterator<String> first = candidates.iterator();
            if (first.hasNext()) {
                return first.next();
            }
        }
        if (option.type() == OptionalDouble.class) {
            return "60%";
        }
        if (option.type() == dev.lectern.batch.Delimiter.class) {
            return ",";
        }
        return "value";
    }

    /** {@code --data-dir} is one declaration: the same option, help and default in each command with a history. */
    @Test
    void dataDir_isTheSameOption_inEveryCommandThatKeepsAHistory() {
        CommandLine cli = Main.commandLine(
                ROOT,
                Map.of(),
                Console.piped(java.io.InputStream.nullInputStream()),
                Clock.systemUTC(),
                TextScreen.system(Map.of()));
        List<CommandSpec> withHistory = List.of(
                cli.getCommandSpec(),
                cli.getSubcommands().get("review").getCommandSpec(),
                cli.getSubcommands().get("stats").getCommandSpec());
        List<String> help = new ArrayList<>();
        for (CommandSpec command : withHistory) {
            OptionSpec dataDir = command.findOption("--data-dir");
            assertThat(dataDir).as(command.qualifiedName()).isNotNull();
            assertThat(command.mixins().values().stream().anyMatch(m -> m.userObject() instanceof DataDirOption))
                    .as(command.qualifiedName())
                    .isTrue();
            String usage = command.commandLine().getUsageMessage(CommandLine.Help.Ansi.OFF);
            // Each command's help lays its columns out for its own options: compare the words, not the wrapping.
            help.add(helpOf("--data-dir=DIR", usage).replaceAll("\\s+", ""));
        }
        assertThat(help.get(0))
                .isEqualTo(("--data-dir=DIR Where the history of answers is kept (default:"
                                + " $LECTERN_HOME, else $XDG_DATA_HOME/lectern, else ~/.local/share/lectern).")
                        .replaceAll("\\s+", ""));
        assertThat(help).containsOnly(help.get(0));
        for (String command : cli.getSubcommands().keySet()) {
            if (!List.of("review", "stats").contains(command)) {
                assertThat(cli.getSubcommands().get(command).getCommandSpec().findOption("--data-dir"))
                        .as(command)
                        .isNull();
            }
        }
    }

    /** The lines of {@code usage} that describe the option shown as {@code option}: its line and those under it. */
    private static String helpOf(String option, String usage) {
        List<String> lines = usage.lines().toList();
        int first = 0;
        while (!lines.get(first).strip().startsWith(option)) {
            first++;
        }
        int end = first + 1;
        while (end < lines.size() && lines.get(end).startsWith("                ")) {
            end++;
        }
        return String.join("\n", lines.subList(first, end));
    }

    @Test
    void dataDir_isWhereEachCommandLooksForTheHistory(@org.junit.jupiter.api.io.TempDir Path data) {
        CliRun stats = CliRun.withInput(ROOT, "", "stats", "--data-dir", data.toString());
        assertThat(stats.out()).isEqualTo("no history yet (" + data.resolve("progress.db") + ")\n");
        CliRun review = CliRun.withInput(ROOT, "", "review", "--data-dir", data.toString());
        assertThat(review.out()).startsWith("Nothing is due today");
        CliRun record = CliRun.withInput(
                ROOT,
                "{\"student\": \"Ann\", \"answers\": {}}\n",
                "--batch",
                SET,
                "--input-format",
                "jsonl",
                "--record",
                "--data-dir",
                data.toString());
        assertThat(record.err()).contains("in " + data.resolve("progress.db"));
        CliRun after = CliRun.withInput(ROOT, "", "stats", "--data-dir", data.toString());
        assertThat(after.out()).contains("01-istanbul-talks");
    }
}
