package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.engine.SessionOptions;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.schedule.Slot;
import dev.lectern.store.Attempts;
import dev.lectern.store.DamagedFile;
import dev.lectern.store.History;
import dev.lectern.store.HistoryFile;
import dev.lectern.tui.Answering;
import dev.lectern.tui.ScreenTester;
import dev.lectern.tui.SetEntry;
import dev.lectern.tui.StartView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code lectern review}, end to end over simulated days: the set is taken in the real text UI (headless) recording
 * through the real history log, and each day's {@code lectern review} runs through the command line with a clock
 * on that day, its text UI driven on a headless terminal.
 */
class ReviewCommandTest {
    private static final String SET = "questions/01-istanbul-talks.yaml";
    /** The set's key in the history: its file. */
    private static final String KEY =
            dev.lectern.store.SetRef.of(Path.of("").toAbsolutePath(), SET).key();

    private static final Path PROJECT = Path.of("").toAbsolutePath();
    private static final LocalDate DAY1 = LocalDate.of(2026, 3, 1);
    private static final List<String> THREE_WRONG =
            List.of("medinsky-former-post", "kyiv-rejected-terms", "road-to-istanbul");

    @TempDir
    Path data;

    private QuestionSet set;

    @BeforeEach
    void loadTheSet() {
        set = new QuestionSetLoader(ArticleLibrary.forProject(PROJECT))
                .load(PROJECT.resolve(SET), SET)
                .set()
                .orElseThrow();
    }

    private static Clock on(LocalDate day) {
        return Clock.fixed(day.atTime(18, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private Path history() {
        return data.resolve(HistoryFile.NAME);
    }

    /** A terminal the test's learner uses: {@code learner} presses keys on whatever the command opens. */
    private static TextScreen headless(Consumer<ScreenTester> learner) {
        return new HeadlessScreen(learner);
    }

    private CliRun lectern(LocalDate day, Path dir, Consumer<ScreenTester> learner, String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--data-dir", data.toString()))
                .toArray(String[]::new);
        return CliRun.at(dir, on(day), headless(learner), all);
    }

    private static void noLearner(ScreenTester t) {
        throw new AssertionError("no text UI expected, but it opened on\n" + t);
    }

    /**
     * Takes the whole set in practice on {@code day} as {@code lectern SET} would, through the text UI and the
     * history log: the questions in {@code wrong} answered wrongly ("I was right" after those in {@code overridden}),
     * the others right; then quits.
     */
    private void takeTheSet(LocalDate day, List<String> wrong, List<String> overridden) {
        Clock clock = on(day);
        try (HistoryLog log = new HistoryLog(history(), clock, n -> dev.lectern.store.SetRef.of(PROJECT, n))) {
            ScreenTester t = new ScreenTester(
                    new StartView(List.of(new SetEntry(SET, Optional.of(set), "")), SessionOptions.practice(3), clock)
                            .recordingTo(log)
                            .start(SET, set));
            answerAll(t, set.questions().size(), wrong, overridden);
            assertThat(t.rows().get(0)).isEqualTo("Summary · " + set.title());
            t.type("q");
            assertThat(t.view()).isNull();
        }
    }

    /** Answers {@code count} questions in a row; returns their ids in the order offered. */
    private List<String> answerAll(ScreenTester t, int count, List<String> wrong, List<String> overridden) {
        List<String> offered = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            assertThat(t.rows().get(0)).startsWith("Question " + (i + 1) + " of " + count);
            Question q = Answering.onScreen(t, set);
            offered.add(q.id());
            if (wrong.contains(q.id())) {
                Answering.wrong(t, q);
                if (overridden.contains(q.id())) {
                    t.type("!");
                    assertThat(t.text()).contains("(you marked it right)");
                }
            } else {
                Answering.right(t, q);
            }
            t.enter();
        }
        return offered;
    }

    /** Reviews on {@code day}: checks the first screen, answers every due question right, goes on and quits. */
    private CliRun reviewAllRight(LocalDate day, List<String> offered, String firstLine) {
        return lectern(
                day,
                PROJECT,
                t -> {
                    assertThat(t.rows().get(0)).isEqualTo(firstLine);
                    t.enter();
                    int due = Integer.parseInt(t.rows().get(0).replaceAll("Question 1 of (\\d+).*", "$1"));
                    offered.addAll(answerAll(t, due, List.of(), List.of()));
                    t.type("s");
                    assertThat(t.text()).contains("Every due question has been offered.");
                    t.enter();
                    assertThat(t.view()).isNull();
                },
                "review",
                "--seed",
                "5");
    }

    @Test
    void threeWrong_quit_theNextDay_reviewOffersExactlyThoseThree_andOnceRightNothingIsDue() {
        takeTheSet(DAY1, THREE_WRONG, List.of());

        List<String> offered = new ArrayList<>();
        CliRun day2 = reviewAllRight(DAY1.plusDays(1), offered, "Review · 3 questions due today in 1 set");
        assertThat(offered).containsExactlyInAnyOrderElementsOf(THREE_WRONG);
        assertThat(day2.code()).isZero();
        assertThat(day2.err()).isEmpty();
        assertThat(day2.out()).isEqualTo("Nothing is due today; next: 10 questions on 2026-03-03 (tomorrow)\n");

        CliRun later = lectern(DAY1.plusDays(1), PROJECT, ReviewCommandTest::noLearner, "review");
        assertThat(later.code()).isZero();
        assertThat(later.out()).isEqualTo("Nothing is due today; next: 10 questions on 2026-03-03 (tomorrow)\n");

        // The day after: the ten answered right on day one (box 2) are due; the three (box 2 since day two) are not.
        List<String> day3 = new ArrayList<>();
        reviewAllRight(DAY1.plusDays(2), day3, "Review · 10 questions due today in 1 set");
        assertThat(day3).hasSize(10).doesNotContainAnyElementsOf(THREE_WRONG);
        try (History h = History.open(history(), on(DAY1.plusDays(2)))) {
            assertThat(h.slot(KEY, "road-to-istanbul")).hasValue(new Slot(2, DAY1.plusDays(3)));
            assertThat(h.slot(KEY, "delegation-lead")).hasValue(new Slot(3, DAY1.plusDays(6)));
        }
    }

    @Test
    void aHistoryDamagedDuringTheReview_isMovedAside_andTheLearnerIsToldOnScreenAtOnce() {
        takeTheSet(DAY1, THREE_WRONG, List.of());
        long before = rowsOf(history());
        Path aside = data.resolve(HistoryFile.NAME + ".broken-20260302-180000");
        List<String> shownAfter = new ArrayList<>();
        CliRun day2 = lectern(
                DAY1.plusDays(1),
                PROJECT,
                t -> {
                    t.enter();
                    answerRight(t, 1, 3);
                    // Damaged DURING the review: once the history is open and has recorded the first answer (on the
                    // history's own thread). Damaged while it was still being opened, the damage is found on opening
                    // instead, and this test's own connections (in the same process, where SQLite's file locks do
                    // not keep connections apart) race with moving the file aside.
                    long until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
                    while (rowsOf(history()) == before && System.nanoTime() < until) {
                        Thread.onSpinWait();
                    }
                    try {
                        DamagedFile.checkpoint(history());
                        DamagedFile.overwrite(history(), DamagedFile.lastAttemptsPage(history()));
                        DamagedFile.touch(history());
                    } catch (IOException | java.sql.SQLException e) {
                        throw new AssertionError(e);
                    }
                    answerRight(t, 2, 3);
                    answerRight(t, 3, 3);
                    // The answers are written on the history's own thread: wait for the notice it leaves.
                    until = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
                    while (!t.text().contains("damaged") && System.nanoTime() < until) {
                        t.draw();
                        Thread.onSpinWait();
                    }
                    shownAfter.add(t.text());
                    t.type("q");
                },
                "review");
        // The notice wraps at the screen's width; read it as one line.
        String notice = shownAfter.get(0).replace("\n", " ");
        assertThat(notice)
                .doesNotContain("could not be moved aside")
                .contains("! the history " + history() + " was damaged (")
                .contains(aside.toString());
        assertThat(aside).exists();
        assertThat(day2.err()).startsWith("lectern: the history " + history() + " was damaged (");
        // The answer that met the damage, and the one after it, are in the new history.
        assertThat(rowsOf(history())).isEqualTo(2);
    }

    /** Answers question {@code n} of {@code count} on screen right. */
    private void answerRight(ScreenTester t, int n, int count) {
        assertThat(t.rows().get(0)).startsWith("Question " + n + " of " + count);
        Answering.right(t, Answering.onScreen(t, set));
        t.enter();
    }

    /** The rows recorded for the set in the history {@code file}, read as another program would. */
    private static long rowsOf(Path file) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + file);
                java.sql.Statement s = c.createStatement();
                java.sql.ResultSet r = s.executeQuery("SELECT count(*) FROM attempts")) {
            return r.next() ? r.getLong(1) : 0;
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The screen as docs/review.md shows it: its rows, each run of blank rows shown as one. */
    private static String shown(ScreenTester t) {
        return t.text().replaceAll("\n{3,}", "\n\n");
    }

    /** The first fenced text block after {@code heading} in docs/review.md. */
    private static String docsBlock(String heading) throws IOException {
        String docs = Files.readString(PROJECT.resolve("docs/review.md"));
        Matcher m = Pattern.compile("```text\n(.*?)```", Pattern.DOTALL).matcher(docs);
        assertThat(docs.indexOf(heading)).as(heading).isNotNegative();
        assertThat(m.find(docs.indexOf(heading))).as(heading).isTrue();
        return m.group(1);
    }

    @Test
    void theScreensAndLinesInTheDocs_areWhatTheDoneWhenScenarioShows() throws IOException {
        takeTheSet(DAY1, THREE_WRONG, List.of());
        List<String> screens = new ArrayList<>();
        CliRun day2 = lectern(
                DAY1.plusDays(1),
                PROJECT,
                t -> {
                    screens.add(shown(t));
                    t.enter();
                    answerAll(t, 3, List.of("road-to-istanbul"), List.of());
                    screens.add(shown(t));
                    t.type("s");
                    screens.add(shown(t));
                    t.enter();
                },
                "review",
                "--seed",
                "5");
        assertThat(screens.get(0)).isEqualTo(docsBlock("### The next day"));
        assertThat(screens.get(1)).isEqualTo(docsBlock("### The set's summary"));
        assertThat(screens.get(2)).isEqualTo(docsBlock("### The end of the review"));
        assertThat("$ lectern review\n" + day2.out()).isEqualTo(docsBlock("### After the review"));
        CliRun later = lectern(DAY1.plusDays(1), PROJECT, ReviewCommandTest::noLearner, "review");
        assertThat("$ lectern review\n" + later.out()).isEqualTo(docsBlock("### Nothing due"));
    }

    @Test
    void review_ofOneSet_withNothingDue_saysWhenItsNextAre() {
        takeTheSet(DAY1, THREE_WRONG, List.of());
        CliRun sameDay = lectern(DAY1, PROJECT, ReviewCommandTest::noLearner, "review", SET);
        assertThat(sameDay.out())
                .isEqualTo("Nothing in " + SET + " is due today; next: 3 questions on 2026-03-02" + " (tomorrow)\n");
        assertThat(sameDay.code()).isZero();
    }

    @Test
    void iWasRight_countsAsRight_soThatQuestionIsNotDueTheNextDay() {
        takeTheSet(DAY1, THREE_WRONG, List.of("medinsky-former-post"));
        List<String> offered = new ArrayList<>();
        reviewAllRight(DAY1.plusDays(1), offered, "Review · 2 questions due today in 1 set");
        assertThat(offered).containsExactlyInAnyOrder("kyiv-rejected-terms", "road-to-istanbul");
    }

    @Test
    void cram_practisesTheWholeSet_recordedAsCram_andLeavesTheScheduleAsItWas() {
        takeTheSet(DAY1, THREE_WRONG, List.of());
        List<Slot> before = slots(DAY1.plusDays(1));
        List<String> crammed = new ArrayList<>();
        CliRun cram = lectern(
                DAY1.plusDays(1),
                PROJECT,
                t -> {
                    // Every question, the three answered right, the ten others wrongly.
                    List<String> others = set.questions().stream()
                            .map(Question::id)
                            .filter(id -> !THREE_WRONG.contains(id))
                            .toList();
                    crammed.addAll(answerAll(t, 13, others, List.of()));
                    t.type("q");
                },
                "review",
                "--all",
                SET);
        assertThat(cram.code()).isZero();
        assertThat(cram.err()).isEmpty();
        assertThat(crammed).hasSize(13);
        assertThat(slots(DAY1.plusDays(1))).isEqualTo(before);
        try (History h = History.open(history(), on(DAY1.plusDays(1)))) {
            assertThat(h.rows(KEY)).isEqualTo(26);
            assertThat(h.sets(Optional.of(KEY)).get(0).attempts()).isEqualTo(2);
        }
        List<String> offered = new ArrayList<>();
        reviewAllRight(DAY1.plusDays(1), offered, "Review · 3 questions due today in 1 set");
        assertThat(offered).containsExactlyInAnyOrderElementsOf(THREE_WRONG);
    }

    private List<Slot> slots(LocalDate day) {
        try (History h = History.open(history(), on(day))) {
            return set.questions().stream()
                    .map(q -> h.slot(KEY, q.id()).orElseThrow())
                    .toList();
        }
    }

    @Test
    void review_fromAnotherFolder_findsTheSetByTheFileRecordedWithItsAnswers(@TempDir Path elsewhere) {
        takeTheSet(DAY1, THREE_WRONG, List.of());
        List<String> offered = new ArrayList<>();
        CliRun run = lectern(
                DAY1.plusDays(1),
                elsewhere,
                t -> {
                    assertThat(t.rows().get(4)).isEqualTo("    3 questions due · " + SET);
                    t.enter();
                    offered.addAll(answerAll(t, 3, List.of(), List.of()));
                    t.type("q");
                },
                "review");
        assertThat(run.err()).isEmpty();
        assertThat(offered).containsExactlyInAnyOrderElementsOf(THREE_WRONG);
    }

    @Test
    void review_withoutATerminal_saysHowManyAreDue_pointsAtBatch_andExitsTwo() {
        takeTheSet(DAY1, THREE_WRONG, List.of());
        // This process's own terminal: under a test runner standard input and output are pipes.
        CliRun run = CliRun.at(
                PROJECT,
                on(DAY1.plusDays(1)),
                TextScreen.system(java.util.Map.of()),
                "review",
                "--data-dir",
                data.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .isEqualTo(
                        "lectern review: 3 questions due, but the review needs a terminal, and"
                                + " standard input or output is not one. To grade answer sheets in a script use lectern --batch SET.\n");
    }

    @Test
    void review_withNoHistory_saysNothingIsScheduled_andExitsZero() {
        CliRun run = lectern(DAY1, PROJECT, ReviewCommandTest::noLearner, "review");
        assertThat(run.code()).isZero();
        assertThat(run.out())
                .isEqualTo("Nothing is due today, and nothing is scheduled: questions are, once answered in a quiz\n");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void review_ofOneSet_offersOnlyThatSetsDueQuestions() {
        takeTheSet(DAY1, THREE_WRONG, List.of());
        try (History h = History.open(history(), on(DAY1))) {
            h.record(Attempts.of(
                    "questions/02-who-said-what.yaml",
                    "Who said what",
                    "comrade-putin",
                    "h",
                    "x",
                    "WRONG",
                    0,
                    1,
                    10,
                    "other",
                    "practice",
                    false,
                    Optional.of(PROJECT.resolve("questions/02-who-said-what.yaml"))));
        }
        CliRun other = lectern(
                DAY1.plusDays(1),
                PROJECT,
                t -> {
                    assertThat(t.rows().get(0)).isEqualTo("Review · 1 question due today in 1 set");
                    t.type("q");
                },
                "review",
                "questions/02-who-said-what.yaml");
        assertThat(other.code()).isZero();
        assertThat(other.out()).isEqualTo("Still due today: 1 question\n");
        CliRun all = lectern(
                DAY1.plusDays(1),
                PROJECT,
                t -> {
                    assertThat(t.rows().get(0)).isEqualTo("Review · 4 questions due today in 2 sets");
                    t.type("q");
                },
                "review");
        assertThat(all.out()).isEqualTo("Still due today: 4 questions\n");
    }

    @Test
    void dueQuestions_whoseSetIsGone_brokenOrNoLongerHasThem_areNamed_andTheRestOffered(@TempDir Path sets)
            throws IOException {
        Path copy = sets.resolve("copy.yaml");
        Files.copy(PROJECT.resolve(SET), copy);
        Files.writeString(sets.resolve("broken.yaml"), "title: x\n");
        try (History h = History.open(history(), on(DAY1))) {
            for (String[] due : List.of(
                    new String[] {"gone.yaml", "q1"},
                    new String[] {"copy.yaml", "no-such-id"},
                    new String[] {"copy.yaml", "delegation-lead"},
                    new String[] {"broken.yaml", "q1"})) {
                Path file = due[0].equals("copy.yaml") ? copy : sets.resolve(due[0]);
                h.record(Attempts.of(
                        due[0], "t", due[1], "h", "x", "WRONG", 0, 1, 10, "one", "practice", false, Optional.of(file)));
            }
        }
        List<String> offered = new ArrayList<>();
        CliRun run = lectern(
                DAY1.plusDays(1),
                PROJECT,
                t -> {
                    assertThat(t.rows().get(0)).isEqualTo("Review · 1 question due today in 1 set");
                    t.enter();
                    offered.add(Answering.onScreen(t, set).id());
                    t.type("q");
                },
                "review");
        assertThat(offered).containsExactly("delegation-lead");
        assertThat(run.err())
                .isEqualTo("lectern review: broken.yaml: 1 due question not offered: the set cannot be"
                        + " used: 2 errors; run: lectern check " + sets.resolve("broken.yaml") + "\n"
                        + "lectern review: copy.yaml: 1 due question no longer in the set: no-such-id\n"
                        + "lectern review: gone.yaml: 1 due question not offered: the file is gone ("
                        + sets.resolve("gone.yaml") + "); if it moved: lectern stats --relink "
                        + sets.resolve("gone.yaml")
                        + " NEW\n");
    }

    @Test
    void theNotesAboutDueQuestionsNotOffered_showSetNamesAndIdsFromTheHistoryEscaped(@TempDir Path sets) {
        try (History h = History.open(history(), on(DAY1))) {
            h.record(Attempts.of(
                    "\u001b]0;PWNED\u0007gone\u202E.yaml",
                    "t",
                    "q1",
                    "h",
                    "x",
                    "WRONG",
                    0,
                    1,
                    10,
                    "one",
                    "practice",
                    false,
                    Optional.of(sets.resolve("gone\u202E.yaml"))));
        }
        CliRun run = lectern(DAY1.plusDays(1), PROJECT, ReviewCommandTest::noLearner, "review");
        assertThat(run.err())
                .startsWith("lectern review: \\u001B]0;PWNED\\u0007gone\\u202E.yaml: 1 due question not offered:"
                        + " the file is gone (" + sets + "/gone\\u202E.yaml)")
                .doesNotContainPattern("[\u001b\u0007\u202E]");
        assertThat(run.out()).isEqualTo("Nothing is due today that can be offered\n");
    }

    @Test
    void usageErrors_sayWhat_andExitTwo() {
        CliRun noSet = lectern(DAY1, PROJECT, ReviewCommandTest::noLearner, "review", "--all");
        assertThat(noSet.code()).isEqualTo(2);
        assertThat(noSet.err())
                .isEqualTo("lectern review: --all needs the SET to practise, e.g. lectern review --all"
                        + " questions/01-istanbul-talks.yaml\nSee 'lectern review --help' for every option.\n");
        CliRun folder = lectern(DAY1, PROJECT, ReviewCommandTest::noLearner, "review", "--all", "questions");
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err())
                .isEqualTo("lectern review: questions is a folder, not a question set: give one set's"
                        + " file, such as questions/01-istanbul-talks.yaml (2 sets in it; lectern --list questions lists"
                        + " them)\n");
        CliRun noTerminal = CliRun.at(
                PROJECT,
                on(DAY1),
                TextScreen.system(java.util.Map.of()),
                "review",
                "--all",
                SET,
                "--data-dir",
                data.toString());
        assertThat(noTerminal.code()).isEqualTo(2);
        assertThat(noTerminal.err())
                .isEqualTo("lectern review: cramming needs a terminal, and standard input or"
                        + " output is not one. To grade answer sheets in a script use lectern --batch SET.\n");
        CliRun missing = lectern(DAY1, PROJECT, ReviewCommandTest::noLearner, "review", "nope.yaml");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).isEqualTo("lectern review: no such question set: nope.yaml\n");
    }

    @Test
    void cram_ofASetThatDoesNotLoad_saysRunCheck_andExitsOne(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("broken.yaml"), "title: x\n");
        CliRun run = lectern(DAY1, dir, ReviewCommandTest::noLearner, "review", "--all", "broken.yaml");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err())
                .startsWith("lectern review: broken.yaml cannot be used: ")
                .endsWith("; run: lectern check broken.yaml\n");
    }

    @Test
    void stats_reset_deletesTheSetsSchedule() {
        takeTheSet(DAY1, THREE_WRONG, List.of());
        CliRun reset =
                lectern(DAY1.plusDays(1), PROJECT, ReviewCommandTest::noLearner, "stats", SET, "--reset", "--yes");
        assertThat(reset.out()).isEqualTo("deleted the 13 recorded answers of " + SET + "\n");
        CliRun review = lectern(DAY1.plusDays(1), PROJECT, ReviewCommandTest::noLearner, "review");
        assertThat(review.out())
                .isEqualTo("Nothing is due today, and nothing is scheduled: questions are, once answered in a quiz\n");
    }
}
