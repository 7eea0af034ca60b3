package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real thing, end to end: the {@code ./lectern} launcher and the jar Maven just packaged, in a real terminal
 * (a detached tmux pane), driven by keys as a learner would, read back with {@code capture-pane}.
 *
 * <p>Runs under failsafe ({@code mvn verify}), after {@code package}; skipped when tmux is not installed. Every
 * step waits for the text it needs (polling, with a timeout), never for a fixed time, and a screen only counts once
 * two captures in a row agree, so a half-drawn frame is never read. Each test has its own tmux server (its own
 * socket, no user configuration, UTF-8), which it kills at the end.
 *
 * <p>The launcher runs as users run it, CDS archive included: its first start after {@code package} makes the
 * archive for the new jar (1.5 to 3.5 s here), hence the longer timeout for the first screen. Set
 * {@code LECTERN_NO_CDS=1} for Maven and it reaches the launcher too; both ways were equally reliable (32 runs,
 * idle and with every core busy, no failure).
 */
class QuizInTmuxIT {
    static final String SET = "questions/01-istanbul-talks.yaml";
    /** The first screen may wait for the launcher to make its CDS archive for the freshly packaged jar. */
    static final Duration FIRST_SCREEN = Duration.ofSeconds(60);

    static final Duration STEP = Duration.ofSeconds(10);
    private static final Pattern VERDICT = Pattern.compile(
            "(✓ Correct|◐ Partly right|✗ Wrong|– Not answered) " + "(\\d+(?:\\.\\d+)?) of (\\d+(?:\\.\\d+)?) points?");
    private static final Pattern TTY = Pattern.compile("TTY=\\[([^\\]]*)\\]");

    /** Per test, not per class: then Maven counts both tests as skipped and shows why. */
    @BeforeEach
    void needsTmux() {
        Assumptions.assumeTrue(
                Tmux.installed(),
                "tmux is not installed, so the terminal tests are skipped"
                        + " (install it, e.g. apt-get install tmux; .ci/run does)");
    }

    @Test
    void wholeSet_at80x24_gradesEveryKind_showsTheScore_andGivesTheTerminalBack() throws Exception {
        Tmux tmux = Tmux.start(80, 24, "--seed 1 --no-shuffle " + SET);
        try {
            List<String> verdicts = new ArrayList<>();
            double score = 0;

            // 1 choice, right
            onQuestion(tmux, 1, "who will lead Russia's delegation", FIRST_SCREEN);
            tmux.type("b");
            score += submit(tmux, 1, "✓ Correct 1 of 1 point", verdicts);

            // 2 multi, right: toggles show before Enter
            next(tmux, 2, "Who will join Medinsky in Istanbul?");
            tmux.type("abc");
            tmux.await(
                    "a, b, c ticked",
                    s -> s.contains("a) [x] Alexander Fomin")
                            && s.contains("b) [x] Mikhail Galuzin")
                            && s.contains("c) [x] Igor Kostyukov")
                            && s.contains("d) [ ] Yuri Ushakov"),
                    STEP);
            score += submit(tmux, 2, "✓ Correct 2 of 2 points", verdicts);

            // 3 match, right: letter picks the left item, digit its partner
            next(tmux, 3, "Match each member");
            tmux.type("a1b2c3d4");
            tmux.await(
                    "four pairs made",
                    s -> s.contains("a) Vladimir Medinsky → 1")
                            && s.contains("b) Alexander Fomin → 2")
                            && s.contains("c) Mikhail Galuzin → 3")
                            && s.contains("d) Igor Kostyukov → 4"),
                    STEP);
            score += submit(tmux, 3, "✓ Correct 2 of 2 points", verdicts);

            // 4 short, right
            next(tmux, 4, "Which ministry did Vladimir Medinsky once run?");
            tmux.type("culture minister");
            tmux.await("the answer typed", s -> s.contains("Answer: culture minister"), STEP);
            score += submit(tmux, 4, "✓ Correct 1 of 1 point", verdicts);

            // 5 true-false, right (f picks False)
            next(tmux, 5, "Sergey Lavrov, Russia's foreign minister, is among");
            tmux.type("f");
            score += submit(tmux, 5, "✓ Correct 1 of 1 point", verdicts);

            // 6 cloze, three blanks of four right: Tab moves to the next blank
            next(tmux, 6, "Fill in the blanks");
            tmux.type("Medinsky");
            tmux.press("Tab");
            tmux.type("2022");
            tmux.press("Tab");
            tmux.type("navy");
            tmux.press("Tab");
            tmux.type("Western");
            tmux.await(
                    "four blanks filled",
                    s -> s.contains("(1)[Medinsky]")
                            && s.contains("(2)[2022]")
                            && s.contains("(3)[navy]")
                            && s.contains("(4)[Western]"),
                    STEP);
            score += submit(tmux, 6, "◐ Partly right 1.5 of 2 points", verdicts);

            // 7 true-false, wrong (f picks False; the answer is True)
            next(tmux, 7, "Kyiv has rejected the terms");
            tmux.type("f");
            score += submit(tmux, 7, "✗ Wrong 0 of 1 point", verdicts);

            // 8 order, wrong: shown in the right (file) order, reversed with J (move down) and ↑ (select)
            next(tmux, 8, "Put these events in the order");
            tmux.press(
                    "J", "J", "J", "J", "Up", "Up", "Up", "Up", "J", "J", "J", "Up", "Up", "Up", "J", "J", "Up", "Up",
                    "J");
            tmux.await(
                    "the items reversed",
                    s -> s.contains("1. A US official says Trump will also skip the talks")
                            && s.contains("2. The Kremlin says Medinsky will lead its delegation")
                            && s.contains("3. Trump calls on Putin to travel to Istanbul")
                            && s.contains("4. Zelenskiy challenges Putin to a personal meeting in Turkey")
                            && s.contains("5. Putin uses a late-night Kremlin address"),
                    STEP);
            score += submit(tmux, 8, "✗ Wrong 0 of 2 points", verdicts);
            assertThat(tmux.screen()).contains("0 of 10");

            // 9 multi, wrong: only the two people who will be there
            next(tmux, 9, "will NOT be in Istanbul");
            tmux.type("de");
            tmux.await(
                    "d, e ticked",
                    s -> s.contains("d) [x] Vladimir Medinsky")
                            && s.contains("e) [x] Igor Kostyukov")
                            && s.contains("a) [ ] Vladimir Putin"),
                    STEP);
            score += submit(tmux, 9, "✗ Wrong 0 of 2 points", verdicts);

            // 10 short, wrong
            next(tmux, 10, "In which Turkish city");
            tmux.type("Istanbul");
            tmux.await("the answer typed", s -> s.contains("Answer: Istanbul"), STEP);
            score += submit(tmux, 10, "✗ Wrong 0 of 1 point", verdicts);
            assertThat(tmux.screen()).contains("Expected:    Ankara");

            // 11 number, right
            next(tmux, 11, "How long a ceasefire");
            tmux.type("30");
            tmux.await("the answer typed", s -> s.contains("Answer (days): 30"), STEP);
            score += submit(tmux, 11, "✓ Correct 1 of 1 point", verdicts);

            // 12 choice, wrong, with the feedback written for that option
            next(tmux, 12, "Moscow argues that an extended ceasefire");
            tmux.type("b");
            score += submit(tmux, 12, "✗ Wrong 0 of 1 point", verdicts);
            assertThat(tmux.screen()).contains("That phrase is from paragraph 10");

            // 13 evidence: answered as the screen asks
            String evidence = next(tmux, 13, "Find the sentence that supports this");
            score += evidence(tmux, evidence, verdicts);

            tmux.press("Enter");
            String summary = tmux.await(
                    "the summary",
                    s -> s.startsWith("Summary · Istanbul talks") && s.contains(" 13 ") && s.contains("q quit"),
                    STEP);
            List<String> lines = summary.lines().toList();
            long percent = Math.round(score * 100 / 18);
            assertThat(lines.get(2))
                    .isEqualTo("Score " + points(score) + " of 18 (" + percent + "%)  "
                            + (percent >= 60 ? "PASSED" : "NOT PASSED"));
            assertThat(lines.get(3))
                    .matches("Time \\d+:\\d\\d · seed 1 · " + count(verdicts, "correct") + " right, "
                            + count(verdicts, "partial") + " partly, " + count(verdicts, "wrong")
                            + " wrong, 0 unanswered");
            for (int i = 0; i < 13; i++) {
                assertThat(lines.get(5 + i))
                        .as("summary row of question %d", i + 1)
                        .startsWith(String.format("%3d %-11s", i + 1, verdicts.get(i)));
            }

            tmux.type("q");
            assertGaveTheTerminalBack(tmux);
        } finally {
            tmux.kill();
        }
    }

    @Test
    void firstQuestion_at200x50_usesTheWholeTerminal_andCtrlCGivesItBack() throws Exception {
        Tmux tmux = Tmux.start(200, 50, "--seed 1 --no-shuffle " + SET);
        try {
            String question = onQuestion(tmux, 1, "who will lead Russia's delegation", FIRST_SCREEN);
            List<String> lines = question.lines().toList();
            assertThat(lines).hasSize(50);
            assertThat(lines.get(0)).hasSize(200).endsWith("score 0/0");
            // Under the set's description, which the quiz shows as it begins (two rows at this width).
            assertThat(lines.get(6))
                    .as("the prompt on one line")
                    .isEqualTo("According to the Kremlin's statement, who will lead Russia's delegation in Istanbul?");
            assertThat(lines.get(49)).startsWith("a-d pick");

            tmux.type("b");
            submit(tmux, 1, "✓ Correct 1 of 1 point", new ArrayList<>());

            tmux.press("C-c");
            assertGaveTheTerminalBack(tmux);
        } finally {
            tmux.kill();
        }
    }

    @Test
    void answersGiven_surviveAKillMidSession_andStatsShowThem() throws Exception {
        Tmux tmux = Tmux.start(80, 24, "--seed 1 --no-shuffle " + SET);
        Path home = tmux.home();
        try {
            answerTheFirstTwo(tmux, "b", "✓ Correct 1 of 1 point", "d", "✗ Wrong 0 of 2 points");
        } finally {
            tmux.kill();
        }
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = dev.lectern.cli.Main.run(
                new String[] {"stats", SET},
                Path.of("").toAbsolutePath(),
                java.util.Map.of("LECTERN_HOME", home.toString()),
                new java.io.PrintWriter(out, true),
                new java.io.PrintWriter(err, true));
        assertThat(code).isZero();
        // Killed mid-session: not finished, so not counted in the scores, but resumable and its answers kept.
        assertThat(out.toString())
                .contains("no finished session yet")
                .contains("unfinished session: 2 of 13 answered")
                .contains("0% of the points · 0 of 1 answer right")
                .contains("never answered");

        // Back the next day: --missed offers exactly the one answered wrongly.
        Tmux again = Tmux.start(80, 24, "--seed 1 --no-shuffle --missed " + SET, home);
        try {
            again.await(
                    "only the missed question",
                    s -> s.startsWith("Question 1 of 1") && s.contains("Who will join Medinsky in Istanbul?"),
                    FIRST_SCREEN);
        } finally {
            again.kill();
        }
    }

    /** From the first screen: question 1 (choice) and 2 (multi) answered with {@code keys1}, each verdict checked. */
    static void answerTheFirstTwo(Tmux tmux, String keys1, String verdict1, String keys2, String verdict2)
            throws Exception {
        onQuestion(tmux, 1, "who will lead Russia's delegation", FIRST_SCREEN);
        tmux.type(keys1);
        submit(tmux, 1, verdict1, new ArrayList<>());
        next(tmux, 2, "Who will join Medinsky in Istanbul?");
        tmux.type(keys2);
        submit(tmux, 2, verdict2, new ArrayList<>());
    }

    /**
     * Waits for question {@code n}'s own screen showing {@code prompt}: its title line has the running score on the
     * right, which the feedback screen on the same question does not.
     */
    private static String onQuestion(Tmux tmux, int n, String prompt, Duration timeout) throws Exception {
        Pattern title = Pattern.compile("Question " + n + " of 13 +score \\S+");
        return tmux.await(
                "question " + n,
                s -> title.matcher(s.lines().findFirst().orElse("")).matches() && s.contains(prompt),
                timeout);
    }

    /** Enter on a feedback screen: waits for question {@code n}. */
    private static String next(Tmux tmux, int n, String prompt) throws Exception {
        tmux.press("Enter");
        return onQuestion(tmux, n, prompt, STEP);
    }

    /** Enter on question {@code n}: waits for its feedback, checks the verdict line, returns the points earned. */
    private static double submit(Tmux tmux, int n, String expected, List<String> verdicts) throws Exception {
        tmux.press("Enter");
        String screen = feedback(tmux, n);
        assertThat(screen.lines().skip(2).findFirst().orElse(""))
                .as("verdict of question %d", n)
                .isEqualTo(expected);
        return earned(screen, verdicts);
    }

    private static String feedback(Tmux tmux, int n) throws Exception {
        return tmux.await(
                "feedback on question " + n,
                s -> s.startsWith("Question " + n + " of 13")
                        && lastLine(s).startsWith("Enter next")
                        && VERDICT.matcher(s).find(),
                STEP);
    }

    private static double earned(String feedback, List<String> verdicts) {
        Matcher m = VERDICT.matcher(feedback);
        assertThat(m.find()).isTrue();
        verdicts.add(Map.of(
                        "✓ Correct",
                        "correct",
                        "◐ Partly right",
                        "partial",
                        "✗ Wrong",
                        "wrong",
                        "– Not answered",
                        "unanswered")
                .get(m.group(1)));
        return Double.parseDouble(m.group(2));
    }

    /**
     * The evidence question as the screen shows it: a text field asking for a sentence like 15.2 gets 28.1; a
     * sentence cursor is moved down until 28.1 is on the screen (or it stops moving) and submitted where it is,
     * and then any verdict counts, with the points it shows.
     */
    private static double evidence(Tmux tmux, String screen, List<String> verdicts) throws Exception {
        if (screen.contains("Sentence (like") && lastLine(screen).startsWith("type your answer")) {
            tmux.type("28.1");
            tmux.await("the sentence typed", s -> s.contains("Sentence (like 15.2): 28.1"), STEP);
            return submit(tmux, 13, "✓ Correct 1 of 1 point", verdicts);
        }
        for (int i = 0; i < 200 && !screen.contains("28.1"); i++) {
            tmux.press("Down");
            String next = tmux.awaitChange(screen, Duration.ofSeconds(2));
            if (next.equals(screen)) {
                break;
            }
            screen = next;
        }
        tmux.press("Enter");
        return earned(feedback(tmux, 13), verdicts);
    }

    /** After the quiz ends: the shell ran on (exit code 0), out of the alternate screen, the tty sane again. */
    private static void assertGaveTheTerminalBack(Tmux tmux) throws Exception {
        String after = tmux.await("the shell after lectern", s -> TTY.matcher(s).find(), STEP);
        assertThat(after).contains("LECTERN_EXIT=0");
        Matcher tty = TTY.matcher(after);
        assertThat(tty.find()).isTrue();
        assertThat(tty.group(1).split(" ")).as("terminal modes after lectern").contains("isig", "icanon", "echo");
        assertThat(tmux.display("#{alternate_on}"))
                .as("alternate screen still on")
                .isEqualTo("0");
        assertThat(tmux.display("#{cursor_flag}")).as("cursor visible").isEqualTo("1");
    }

    private static String lastLine(String screen) {
        List<String> lines = screen.lines().toList();
        return lines.isEmpty() ? "" : lines.get(lines.size() - 1);
    }

    private static long count(List<String> verdicts, String word) {
        return verdicts.stream().filter(word::equals).count();
    }

    /** As the summary prints points: 10, 10.5, 10.25. */
    private static String points(double p) {
        return p == Math.rint(p)
                ? String.valueOf((long) p)
                : String.format(java.util.Locale.ROOT, "%.2f", p).replaceAll("0+$", "");
    }
}
