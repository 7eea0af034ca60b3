package dev.lectern.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Problems are values: every one in a file is reported, in line order, each with its position. */
class LoaderReportTest {

    @Test
    void collectsAllProblems_notOnlyTheFirst_inLineOrder() {
        LoadResult result = Snippets.load("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                shuffle: maybe
                questions:
                  - id: lead
                    type: choise
                    prompt: Who leads?
                  - id: where
                    type: short
                    prompt: Where are the talks?
                    answer: Istanbul
                    evidence: { paragraph: 31 }
                  - id: lead
                    type: number
                    prompt: How many died?
                    answer: many
                    colour: red
                  - id: people
                    type: choice
                    prompt: Who joins?
                    choices: [Fomin, Galuzin, Fomin]
                    answer: Fomn
                    evidence: { quote: "the Kremlin" }
                """);
        assertThat(Snippets.shown(result))
                .containsExactly(
                        "q.yaml:3:10: error: shuffle must be true or false; found 'maybe'",
                        "q.yaml:5:5: warning: question 'lead' has no evidence; add evidence: { paragraph: N } or { quote:"
                                + " \"…\" } so learners see where the answer comes from",
                        "q.yaml:6:11: error: unknown question type 'choise'; did you mean 'choice'? (types: choice, multi,"
                                + " true-false, short, number, cloze, order, match, evidence)",
                        "q.yaml:12:28: error: paragraph 31 does not exist: the article has 29 paragraphs",
                        "q.yaml:13:5: warning: question 'lead' has no evidence; add evidence: { paragraph: N } or { quote:"
                                + " \"…\" } so learners see where the answer comes from",
                        "q.yaml:13:9: error: duplicate question id 'lead' (first used on line 5); ids must be unique in a set",
                        "q.yaml:16:13: error: the answer of a number question must be a number in figures, like 35 or 3.5;"
                                + " found 'many'",
                        "q.yaml:17:5: error: unknown key 'colour' in question 'lead' (type number); allowed keys are id, type,"
                                + " prompt, evidence, explain, hint, points, answer, answers, tolerance, unit, wrong",
                        "q.yaml:21:31: warning: duplicate choice 'Fomin' (same as choice 1)",
                        "q.yaml:22:13: error: answer 'Fomn' is not one of the choices; did you mean 'Fomin'?",
                        "q.yaml:23:24: error: quote \"the Kremlin\" occurs 4 times in the article (in sentences 1.1, 2.1,"
                                + " 3.1, 11.1); quote more words or add 'paragraph:' so it points at one place");
        assertThat(result.set()).isEmpty();
        assertThat(result.hasErrors()).isTrue();
    }

    @Test
    void problem_isAValueWithFileLineColumnAndSeverity() {
        LoadResult result = Snippets.load("title: T\narticle: 000_d9e472c27e1e5fdd.txt\npass: 60\nquestions: []\n");
        Problem first = result.problems().get(0);
        assertThat(result.file()).isEqualTo("q.yaml");
        assertThat(first.file()).isEqualTo("q.yaml");
        assertThat(first.pos()).isEqualTo(new Pos(3, 7));
        assertThat(first.severity()).isEqualTo(Severity.ERROR);
        assertThat(first.isError()).isTrue();
        assertThat(first.message())
                .isEqualTo(
                        "pass must be a percentage from 0% to 100%, like 60%; found '60' (a number without % is not taken: write 60%)");
        assertThat(first).hasToString("q.yaml:3:7: error: " + first.message());
        assertThat(new Problem("a.yaml", new Pos(2, 4), Severity.WARNING, "m")).hasToString("a.yaml:2:4: warning: m");
    }

    @Test
    void theShownName_isWhatProblemsCarry() {
        LoadResult result = Snippets.loaderWith().load("title: T\n", Snippets.DIR, "sets/istanbul.yaml");
        assertThat(Snippets.shown(result)).first().asString().startsWith("sets/istanbul.yaml:1:1: error:");
    }

    @Test
    void loadResult_holdsASetExactlyWhenThereAreNoErrors() {
        Problem error = new Problem("q.yaml", Pos.START, Severity.ERROR, "bad");
        assertThatThrownBy(() -> new LoadResult("q.yaml", Optional.empty(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new LoadResult("q.yaml", Optional.empty(), List.of(error)).hasErrors())
                .isTrue();
    }

    @Test
    void positions_countFromOne() {
        assertThatThrownBy(() -> new Pos(0, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThat(Pos.START).isEqualTo(new Pos(1, 1));
    }
}
