package dev.lectern.load;

import static dev.lectern.load.Snippets.problems;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An answer cited one sentence off: the warning says where in the article the answer does occur. */
class AnswerWhereTest {
    private static String question(String type, String keys, String evidence) {
        return """
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q
                    type: %s
                    prompt: How many?
                %s
                    evidence: %s
                """.formatted(type, keys.indent(4).stripTrailing(), evidence);
    }

    @Test
    void numberCitedOneSentenceOff_saysTheSentenceItIsIn() {
        assertThat(problems(question("number", "answer: 35", "{ sentence: \"4.1\" }")))
                .containsExactly(
                        "q.yaml:7:13: warning: the answer '35' is not in sentence 4.1; it occurs in sentence 4.2");
    }

    @Test
    void numberInFigures_isFoundWrittenInWords() {
        assertThat(problems(question("number", "answer: 3", "{ sentence: \"4.2\" }")))
                .containsExactly(
                        "q.yaml:7:13: warning: the answer '3' is not in sentence 4.2; it occurs in sentence 4.1");
        assertThat(problems(question("number", "answer: 3", "{ sentence: \"4.1\" }")))
                .isEmpty();
    }

    @Test
    void numberThatIsNowhere_saysSo() {
        assertThat(problems(question("number", "answer: 36", "{ sentence: \"4.2\" }")))
                .containsExactly(
                        "q.yaml:7:13: warning: the answer '36' is not in sentence 4.2, nor anywhere else in the article, in"
                                + " figures or in words; check the number and the evidence");
    }

    @Test
    void numberInsideALongerNumber_isNotThatNumber() {
        assertThat(problems(question("number", "answer: 5", "{ sentence: \"4.2\" }")))
                .containsExactly(
                        "q.yaml:7:13: warning: the answer '5' is not in sentence 4.2, nor anywhere else in the article, in"
                                + " figures or in words; check the number and the evidence");
    }

    @Test
    void shortAnswerCitedOff_saysWhereAnyAlternativeOccurs() {
        assertThat(problems(question("short", "answers: [Lavrov, Sergey Lavrov]", "{ sentence: \"10.1\" }")))
                .containsExactly("q.yaml:7:15: warning: the answer 'Lavrov' is not in sentence 10.1; it occurs in"
                        + " sentence 11.1");
    }

    @Test
    void shortAnswerNowhere_suggestsTheArticlesWords() {
        assertThat(problems(question("short", "answer: Lavroff", "{ sentence: \"11.1\" }")))
                .containsExactly(
                        "q.yaml:7:13: warning: the answer 'Lavroff' is not in sentence 11.1, nor anywhere else in the"
                                + " article; if the article words it differently, add its words to 'answers'");
    }

    @Test
    void clozeBlankCitedOff_saysWhereItOccurs() {
        assertThat(problems(question("cloze", "text: A missile attack killed [[35]] people.", "{ sentence: \"4.1\" }")))
                .containsExactly(
                        "q.yaml:7:11: warning: the blank '35' is not in sentence 4.1; it occurs in" + " sentence 4.2");
    }

    @Test
    void multiPickNotInItsEvidence_isNamed() {
        assertThat(problems(question(
                        "multi",
                        "choices: [Alexander Fomin, Yuri Ushakov, Sergey Lavrov]\n"
                                + "answers: [Alexander Fomin, Yuri Ushakov]",
                        "{ paragraph: 11 }")))
                .containsExactly(
                        "q.yaml:8:15: warning: the right choice 'Alexander Fomin' is not in sentence 11.1; it occurs in"
                                + " sentence 9.1");
    }

    @Test
    void choiceCitedOff_listsAtMostThreeSentences() {
        assertThat(problems(
                        question("choice", "choices: [Medinsky, Lavrov]\nanswer: Medinsky", "{ sentence: \"11.1\" }")))
                .containsExactly(
                        "q.yaml:8:13: warning: the answer 'Medinsky' is not in sentence 11.1; it occurs in sentences 2.1, 9.1"
                                + " and 10.1");
    }

    @Test
    void percentagesAndDecimals_areComparedAsNumbers(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("air.txt"),
                "Oxygen takes up 20.8% of the air. Some 840 tonnes were shipped."
                        + " It cost 8,400 dollars, or 2.5 million in all.\n");
        QuestionSetLoader loader = Snippets.loaderWith(dir);
        String set = """
                title: T
                article: air.txt
                questions:
                  - { id: a, type: number, prompt: How much?, answer: 20.8, unit: "%", evidence: { sentence: "1.1" } }
                  - { id: b, type: short, prompt: How much?, answer: 20.8%, evidence: { sentence: "1.1" } }
                  - { id: c, type: number, prompt: How many?, answer: 840, evidence: { sentence: "1.3" } }
                  - { id: d, type: number, prompt: How much?, answer: 8400, evidence: { sentence: "1.3" } }
                  - { id: e, type: number, prompt: How much?, answer: 2500000, evidence: { sentence: "1.3" } }
                """;
        assertThat(loader.load(set, dir, "q.yaml").problems())
                .extracting(Problem::toString)
                .containsExactly(
                        "q.yaml:6:55: warning: the answer '840' is not in sentence 1.3; it occurs in sentence 1.2");
    }
}
