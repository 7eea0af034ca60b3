package dev.lectern.cli;

import dev.lectern.engine.SessionOptions;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.QuestionSet;
import dev.lectern.schedule.AnswerMode;
import dev.lectern.store.History;
import dev.lectern.store.NextDue;
import dev.lectern.store.SetRef;
import dev.lectern.store.StoreException;
import dev.lectern.tui.ReviewQueue;
import dev.lectern.tui.SetEntry;
import dev.lectern.tui.StartView;
import dev.lectern.tui.Theme;
import dev.lectern.tui.View;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code lectern review [SET]}: the questions due today (Leitner boxes, see {@code dev.lectern.schedule.Leitner}),
 * across every set in the history or only SET, in the text UI, recorded as {@code review}. {@code --all SET}
 * practises the whole set outside the schedule instead, recorded as {@code cram}, which never moves a question in
 * the schedule. Today is the clock's day in its time zone: the learner's.
 */
@Command(
        name = "review",
        mixinStandardHelpOptions = true,
        description = {
            "Review the questions that are due today, across every set you have practised. A right answer"
                    + " sends a question further out (1, 2, 4, 8, 16 days: Leitner boxes); any other brings it back"
                    + " the next day.",
            "With --all SET: practise the whole set now (cram), without changing when its questions are due."
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  lectern review                                 # what is due today, in every set",
            "  lectern review questions/01-istanbul-talks.yaml",
            "  lectern review --all questions/01-istanbul-talks.yaml   # cram the whole set"
        })
public final class ReviewCommand extends ValidatedCommand {
    @Parameters(
            paramLabel = "SET",
            arity = "0..1",
            description = "Only this question set's due questions; with --all, the whole set.")
    Path set;

    @Option(names = "--all", description = "Cram: every question of SET, outside the schedule.")
    boolean all;

    @Mixin
    TextUiOptions textUi = new TextUiOptions();

    @Mixin
    DataDirOption dataDir = new DataDirOption();

    private final Path workingDir;
    private final Map<String, String> env;
    private final Clock clock;
    private final TextScreen screen;

    /** {@code clock}: now, and in its time zone which day it is; {@code screen}: the terminal the review runs on. */
    ReviewCommand(Path workingDir, Map<String, String> env, Clock clock, TextScreen screen) {
        this.workingDir = workingDir;
        this.env = env;
        this.clock = clock;
        this.screen = screen;
    }

    @Override
    void validate() {
        if (all && set == null) {
            throw usage("--all needs the SET to practise, e.g. lectern review --all questions/01-istanbul-talks.yaml");
        }
    }

    @Override
    int execute() {
        PrintWriter err = EscapingWriter.around(spec.commandLine().getErr()); // set names from the history
        Optional<String> notASet = Optional.ofNullable(set).flatMap(s -> QuestionFiles.notOneSet(workingDir, s));
        if (notASet.isPresent()) {
            err.println("lectern review: " + notASet.get());
            return ExitCode.USAGE.code();
        }
        Path history = dataDir.historyFile(workingDir, env);
        return all ? cram(history, err) : review(history, err);
    }

    private SessionOptions options() {
        return new SessionOptions(SessionOptions.Mode.PRACTICE, true, textUi.seed(), Optional.empty());
    }

    private Theme theme() {
        return textUi.noColor(env) ? Theme.monochrome() : Theme.colour();
    }

    private int review(Path history, PrintWriter err) {
        PrintWriter out = EscapingWriter.around(spec.commandLine().getOut());
        LocalDate today = LocalDate.now(clock);
        if (!Files.exists(history)) {
            out.println(nothingDue(Optional.empty(), today, false));
            return ExitCode.OK.code();
        }
        ReviewPlan plan;
        try {
            plan = plan(history, today, err, true);
            if (plan.parts().isEmpty()) {
                plan.skipped().forEach(s -> err.println("lectern review: " + s));
                out.println(set != null ? nothingDueIn(history, today) : status(history, today, plan));
                return ExitCode.OK.code();
            }
        } catch (StoreException e) {
            err.println("lectern review: " + e.getMessage());
            return ExitCode.USAGE.code();
        }
        if (!screen.present()) {
            err.println("lectern review: " + Words.count(plan.questions(), "question") + " due, but the review needs"
                    + " a terminal, and standard input or output is not one. To grade answer sheets in a script use"
                    + " lectern --batch SET.");
            return ExitCode.USAGE.code();
        }
        if (unfitTerminal(err)) {
            return ExitCode.USAGE.code();
        }
        plan.skipped().forEach(s -> err.println("lectern review: " + s));
        int code = run(history, err, log -> new ReviewQueue(plan.parts(), options(), clock, log), plan::setOf);
        if (code == ExitCode.OK.code()) {
            try {
                out.println(status(history, today, plan(history, today, err, false)));
            } catch (StoreException e) {
                err.println("lectern review: " + e.getMessage());
            }
        }
        return code;
    }

    /** The review's plan from the history; {@code notice}: say so when the history was damaged and moved aside. */
    private ReviewPlan plan(Path history, LocalDate today, PrintWriter err, boolean notice) {
        try (History h = History.openToRead(history, clock)) {
            if (notice) {
                h.notice().ifPresent(n -> err.println("lectern review: " + n));
            }
            Optional<SetRef> only = Optional.ofNullable(set).map(s -> SetRef.of(workingDir, s.toString()));
            only.ifPresent(h::find);
            Predicate<Path> wanted =
                    file -> only.map(o -> o.key().equals(SetRef.canonical(file).toString()))
                            .orElse(true);
            return ReviewPlan.of(h.due(today), workingDir, wanted);
        }
    }

    /** What is left: the questions still due today, or when the next are due. */
    private String status(Path history, LocalDate today, ReviewPlan plan) {
        if (plan.questions() > 0) {
            return "Still due today: " + Words.count(plan.questions(), "question");
        }
        try (History h = History.openToRead(history, clock)) {
            return nothingDue(h.nextDue(today), today, h.dueCount(today) > 0);
        }
    }

    /** The line for a day with nothing of SET to review: when its next questions are due. */
    private String nothingDueIn(Path history, LocalDate today) {
        try (History h = History.openToRead(history, clock)) {
            return "Nothing in " + set + " is due today"
                    + h.nextDueIn(today, h.find(SetRef.of(workingDir, set.toString())))
                            .map(n -> "; next: " + when(n, today))
                            .orElse("");
        }
    }

    private static String when(NextDue n, LocalDate today) {
        return Words.count(n.questions(), "question") + " on " + n.day()
                + (n.day().equals(today.plusDays(1)) ? " (tomorrow)" : "");
    }

    /**
     * The line for a day with nothing to review: when the next questions are due; {@code stuck}: some are due but
     * cannot be offered (the notes before this line say why).
     */
    static String nothingDue(Optional<NextDue> next, LocalDate today, boolean stuck) {
        if (next.isPresent()) {
            NextDue n = next.get();
            return "Nothing is due today; next: " + when(n, today);
        }
        return stuck
                ? "Nothing is due today that can be offered"
                : "Nothing is due today, and nothing is scheduled: questions are, once answered in a quiz";
    }

    private int cram(Path history, PrintWriter err) {
        String name = set.toString();
        LoadResult loaded =
                new QuestionSetLoader(ArticleLibrary.forProject(workingDir)).load(workingDir.resolve(set), name);
        if (loaded.set().isEmpty()) {
            err.println("lectern review: " + name + " cannot be used: " + Words.errorsRunCheck(loaded, name));
            return ExitCode.PROBLEMS.code();
        }
        if (!screen.present()) {
            err.println("lectern review: cramming needs a terminal, and standard input or output is not one."
                    + " To grade answer sheets in a script use lectern --batch SET.");
            return ExitCode.USAGE.code();
        }
        if (unfitTerminal(err)) {
            return ExitCode.USAGE.code();
        }
        QuestionSet whole = loaded.set().get();
        return run(
                history,
                err,
                log -> new StartView(List.of(new SetEntry(name, Optional.of(whole), "")), options(), clock)
                        .recordingTo(log.inMode(AnswerMode.CRAM))
                        .start(name, whole),
                n -> SetRef.of(workingDir, n));
    }

    /** Says so when the terminal there is cannot show the text UI ({@link TextScreen#unfit}). */
    private boolean unfitTerminal(PrintWriter err) {
        Optional<String> unfit = screen.unfit();
        unfit.ifPresent(why -> err.println(TextScreen.refusal("lectern review", why)));
        return unfit.isPresent();
    }

    /** Runs the text UI from the view {@code first} makes, recording its answers; reports what could not be. */
    private int run(Path history, PrintWriter err, Function<HistoryLog, View> first, Function<String, SetRef> sets) {
        HistoryLog log = new HistoryLog(history, clock, sets);
        int code;
        try (log) {
            View view = first.apply(log);
            log.openInBackground();
            Theme theme = theme();
            // The history's notices (found damaged and moved aside, or no longer recording) show at once, over the
            // review, as they do over the quiz.
            code = screen.open().run(view, () -> theme, () -> {}, log::onScreen, clock, err);
        }
        // After close, which waits for the last writes: the report says what was and was not recorded.
        log.report(err);
        return code;
    }
}
