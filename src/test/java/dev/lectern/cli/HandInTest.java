package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.engine.Grade;
import dev.lectern.engine.Grader;
import dev.lectern.engine.Presentation;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.tui.AnswerLog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-in sheet: what the engine read, in the batch form, whatever the letters on screen were. */
class HandInTest {
    @TempDir
    Path dir;

    private final QuestionSet set = new QuestionSetLoader(ArticleLibrary.forProject(Path.of("")))
            .load(Path.of("questions/01-istanbul-talks.yaml"), "set.yaml")
            .set()
            .orElseThrow();

    private AnswerLog.Answered answer(String id, String typed, String session, long seed) {
        Question q = set.questions().stream()
                .filter(x -> x.id().equals(id))
                .findFirst()
                .orElseThrow();
        Grade g = new Grader(set.article()).grade(q, Presentation.shuffled(q, new Random(seed)), typed);
        AnswerLog.Started started = new AnswerLog.Started(
                "set.yaml",
                set.title(),
                session,
                dev.lectern.schedule.AnswerMode.EXAM,
                seed,
                true,
                java.util.Optional.empty(),
                List.of(),
                java.time.Instant.EPOCH);
        return new AnswerLog.Answered(started, q, g, List.of(typed), 1000, false, set.maxPoints());
    }

    @Test
    void shuffledLettersAndOrders_areHandedInAsTexts_theFirstSessionOnly_andEachAnswerAlsoGoesToTheHistory()
            throws IOException {
        List<AnswerLog.Answered> history = new ArrayList<>();
        HandIn handIn = new HandIn(dir, Optional.empty()).forwardingTo(history::add);
        handIn.named(" Ann/Lee ");
        handIn.answered(answer("delegation-lead", "a", "s1", 5));
        handIn.answered(answer("road-to-istanbul", "a; b; c; d; e", "s1", 5));
        handIn.answered(answer("zelenskiy-ankara", "Ankara", "s2", 5));
        String sheet = Files.readString(dir.resolve("Ann_Lee.jsonl"));
        assertThat(sheet)
                .startsWith("{\"student\":\"Ann/Lee\",\"answers\":{\"delegation-lead\":\"")
                .doesNotContain("→")
                .doesNotContain("zelenskiy")
                .endsWith("}}\n");
        assertThat(history).hasSize(3);
        StringWriter err = new StringWriter();
        handIn.report(new PrintWriter(err, true));
        assertThat(err.toString()).isEqualTo("lectern: handed in 2 answers as " + dir.resolve("Ann_Lee.jsonl") + "\n");
        // The sheet grades as the quiz graded: re-read by --batch, every answer gets the quiz's points.
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/000_d9e472c27e1e5fdd.txt"));
        Files.copy(Path.of("questions/01-istanbul-talks.yaml"), dir.resolve("set.yaml"));
        CliRun run = CliRun.withInput(dir, "", "--batch", "set.yaml", "--answers", "Ann_Lee.jsonl", "--format", "csv");
        double quiz = history.get(0).grade().earned() + history.get(1).grade().earned();
        assertThat(run.out().lines().skip(1).findFirst().orElseThrow()).startsWith("Ann/Lee," + trim(quiz) + ",18,");
    }

    @Test
    void handInNeedsExamAndOneSet_andStudentNeedsHandIn() {
        CliRun noExam = CliRun.in(dir, "questions/01-istanbul-talks.yaml", "--hand-in", "class");
        assertThat(noExam.err())
                .isEqualTo("lectern: --hand-in goes with --exam and one question set: lectern SET"
                        + " --exam --hand-in DIR\nSee 'lectern --help' for every option.\n");
        assertThat(noExam.code()).isEqualTo(2);
        CliRun student = CliRun.in(dir, "questions/01-istanbul-talks.yaml", "--student", "Ann");
        assertThat(student.err())
                .isEqualTo("lectern: --student names the learner of a --hand-in; give --hand-in DIR"
                        + " too\nSee 'lectern --help' for every option.\n");
    }

    @Test
    void aFolderOfSheets_isGradedFileByFileInNameOrder_hiddenAndOtherFilesLeftAlone() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.copy(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), dir.resolve("seeds/000_d9e472c27e1e5fdd.txt"));
        Files.copy(Path.of("questions/01-istanbul-talks.yaml"), dir.resolve("set.yaml"));
        Path hand = Files.createDirectories(dir.resolve("class"));
        Files.writeString(
                hand.resolve("bob.jsonl"), "{\"student\": \"Bob\", \"answers\": {\"delegation-lead\": \"b\"}}\n");
        Files.writeString(hand.resolve("ann.yaml"), "student: Ann\nanswers:\n  zelenskiy-ankara: Ankara\n");
        Files.writeString(hand.resolve(".cy.jsonl.123.tmp"), "{\"student\": \"half");
        Files.writeString(hand.resolve("notes.txt"), "not a sheet");
        Files.writeString(hand.resolve("dee.jsonl"), "{\"student\": \"Dee\"}\n");
        Files.writeString(hand.resolve("export.csv"), "Name,Q1\nEd,b\n");
        CliRun run = CliRun.withInput(dir, "", "--batch", "set.yaml", "--answers", "class/", "--format", "csv");
        assertThat(run.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))))
                .containsExactly("Ann", "Bob");
        assertThat(run.err())
                .isEqualTo("class/dee.jsonl:1:1: error: the sheet has no \"answers\"\n"
                        + "class/export.csv:1:1: error: no column answers any question of the set; this column matches no"
                        + " question:\n    'Q1' (field 2): no question is close\nthis file was not graded: see how each column"
                        + " was read with --show-columns, and say which column answers which question with --columns MAP.yaml"
                        + " (docs/batch.md)\n");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void fileNames_keepLettersDigitsSpaces_replaceTheRest() {
        assertThat(HandIn.fileName("Zoë O'Brien")).isEqualTo("Zoë O_Brien.jsonl");
        assertThat(HandIn.fileName("../etc")).isEqualTo("__etc.jsonl");
    }

    private static String trim(double points) {
        return points == Math.rint(points) ? String.valueOf((long) points) : String.valueOf(points);
    }
}
