package dev.lectern.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --show}: the set as a learner will see it, each question beside the text its evidence points at. */
class CheckShowTest {
    @TempDir
    Path dir;

    @BeforeEach
    void project() throws IOException {
        Files.createDirectories(dir.resolve("seeds"));
        Files.writeString(
                dir.resolve("seeds/sumy.txt"),
                "Later on Wednesday, a missile attack on Sumy killed three"
                        + " people. A missile attack on the city on Palm Sunday killed 35 people.\nThe talks begin on"
                        + " Thursday.\n");
    }

    @Test
    void show_printsEachQuestionWithItsAnswerAndCitedText_thenTheProblems() throws IOException {
        Files.writeString(dir.resolve("set.yaml"), """
                title: Sumy
                article: sumy.txt
                questions:
                  - id: palm-sunday
                    type: number
                    prompt: How many people did the Palm Sunday attack kill?
                    answer: 35
                    evidence: { sentence: "1.1" }
                  - id: which-city
                    type: choice
                    prompt: Which city was attacked?
                    choices: [Kyiv, Sumy]
                    answer: Sumy
                    evidence: { paragraph: 1, quote: "attack on Sumy" }
                  - id: when
                    type: cloze
                    text: The talks begin on [[Thursday]].
                    evidence: { paragraph: 2 }
                """);
        CliRun run = CliRun.in(dir, "check", "--show", "set.yaml");
        assertThat(run.out()).isEqualTo("""
                set.yaml: Sumy (3 questions on sumy.txt)

                1. palm-sunday (number)
                   How many people did the Palm Sunday attack kill?
                   answer: 35
                   [1.1] Later on Wednesday, a missile attack on Sumy killed three people.

                2. which-city (choice)
                   Which city was attacked?
                     a) Kyiv
                     b) Sumy
                   answer: Sumy
                   [1.1] Later on Wednesday, a missile **attack on Sumy** killed three people.

                3. when (cloze)
                   Fill in the blanks. The talks begin on [1: ____].
                   answer: Thursday
                   [2.1] The talks begin on Thursday.

                set.yaml:7:13: warning: the answer '35' is not in sentence 1.1; it occurs in sentence 1.2
                    answer: 35
                            ^
                1 file checked: 0 errors, 1 warning
                """);
        assertThat(run.code()).isZero();
    }

    @Test
    void show_ofABrokenSet_printsOnlyItsProblems() throws IOException {
        Files.writeString(dir.resolve("set.yaml"), "title: Sumy\narticle: sumy.txt\nquestions: []\n");
        CliRun run = CliRun.in(dir, "check", "--show", "set.yaml");
        assertThat(run.out()).isEqualTo("""
                set.yaml:3:12: error: 'questions' is an empty list; a set needs at least one question
                questions: []
                           ^
                1 file checked: 1 error, 0 warnings
                """);
        assertThat(run.code()).isEqualTo(1);
    }
}
