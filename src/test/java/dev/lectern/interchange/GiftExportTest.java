package dev.lectern.interchange;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.QuestionSet;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Every type in GIFT and Aiken: what is written, what is left out or changed and why. */
class GiftExportTest {
    private static QuestionSet set(String questions) {
        String yaml = "title: 'Test: a set'\narticle: 000_d9e472c27e1e5fdd.txt\nquestions:\n" + questions;
        return new QuestionSetLoader(ArticleLibrary.forProject(Path.of("")))
                .load(yaml, Path.of("questions"), "t.yaml")
                .set()
                .orElseThrow();
    }

    private static String gift(Export e) {
        return new String(e.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void choice_withPenaltyAndFeedback_escapesControlCharacters() {
        Export e = new GiftExporter().export(set("""
                  - id: lead
                    type: choice
                    prompt: "Who leads {the} delegation: Medinsky = 1?"
                    choices: [Sergey Lavrov, Vladimir Medinsky, "a~b#c\\\\d"]
                    answer: Vladimir Medinsky
                    feedback: { Sergey Lavrov: "No: see 11" }
                    penalty: 25%
                    evidence: { paragraph: 2, quote: "its delegation would be led by Vladimir Medinsky" }
                    explain: Paragraph 2.
                """));
        assertThat(gift(e)).endsWith("""
                $CATEGORY: $course$/top/Test: a set

                ::lead::[plain]Who leads \\{the\\} delegation\\: Medinsky \\= 1?{
                \t~%-25%Sergey Lavrov#No\\: see 11
                \t=Vladimir Medinsky
                \t~%-25%a\\~b\\#c\\\\d
                \t####Paragraph 2.\\nEvidence, paragraph 2\\: "its delegation would be led by Vladimir Medinsky"
                }

                """);
        assertThat(e.notes()).isEmpty();
    }

    @Test
    void kindsGiftCannotHold_areLeftOut_withTheReason_andTheRestIsWritten() {
        Export e = new GiftExporter().export(set("""
                  - { id: o, type: order, prompt: Order?, items: [a, b], evidence: { paragraph: 1 } }
                  - { id: z, type: cloze, text: "[[Medinsky]] and [[Fomin]]", evidence: { paragraph: 9 } }
                  - { id: e, type: evidence, prompt: "Claim.", answer: "28.1" }
                  - { id: n, type: number, prompt: How many?, answer: 3, unit: people, tolerance: 10%, points: 2,
                      evidence: { paragraph: 4 } }
                  - { id: m, type: multi, prompt: Who?, choices: [a, b, c], answers: [a, b], scoring: all-or-nothing,
                      evidence: { paragraph: 9 } }
                """));
        assertThat(e.notes())
                .map(ExportNote::toString)
                .containsExactly(
                        "question 'o' left out: GIFT has no ordering question (Moodle XML can hold it)",
                        "question 'z' left out: GIFT holds one gap per question and this cloze text has 2 (Moodle XML can"
                                + " hold it as an embedded-answers question)",
                        "question 'e' left out: GIFT has no question that asks for a sentence of the article (QTI can hold"
                                + " it as hot text)",
                        "question 'n' changed: GIFT has no units; the unit 'people' is left out",
                        "question 'n' changed: GIFT has no points; Moodle gives the question its default mark (1) instead of 2",
                        "question 'm' changed: Moodle scores a multiple-answer question option by option; its all-or-nothing"
                                + " scoring is written as right-minus-wrong weights");
        assertThat(e.written()).isEqualTo(2);
        assertThat(gift(e)).contains("::n::[plain]How many?{#\n\t=3:0.3\n").contains("\t~%50%a\n\t~%50%b\n\t~%-50%c\n");
    }

    @Test
    void trueFalse_short_match_andAOneGapCloze() {
        String text = gift(new GiftExporter().export(set("""
                  - { id: t, type: true-false, prompt: Lavrov goes., answer: false, feedback: { true: "See 11" } }
                  - { id: s, type: short, prompt: Where?, answers: [Ankara, the capital], wrong: { Istanbul: "Talks" } }
                  - { id: p, type: match, prompt: Match., pairs: { Medinsky: culture, Fomin: defence } }
                  - { id: c, type: cloze, text: "Russia is led by [[Putin]] today." }
                """)));
        assertThat(text)
                .contains("::t::[plain]Lavrov goes.{FALSE#See 11}\n")
                .contains("::s::[plain]Where?{\n\t=Ankara\n\t=the capital\n\t=%0%Istanbul#Talks\n}\n")
                .contains("::p::[plain]Match.{\n\t=Medinsky -> culture\n\t=Fomin -> defence\n}\n")
                .contains("::c::[plain]Russia is led by {\n\t=Putin\n} today.\n");
    }

    @Test
    void aiken_holdsOnlyChoices() {
        Export e = new AikenExporter().export(set("""
                  - { id: a, type: choice, prompt: Who?, choices: [Lavrov, Medinsky], answer: Medinsky, explain: x }
                  - { id: b, type: true-false, prompt: Lavrov goes., answer: false }
                """));
        assertThat(gift(e)).isEqualTo("Who?\nA) Lavrov\nB) Medinsky\nANSWER: B\n\n");
        assertThat(e.notes())
                .map(ExportNote::toString)
                .containsExactly(
                        "question 'a' changed: Aiken has no explanation and evidence; written without",
                        "question 'b' left out: Aiken holds only multiple-choice questions with one right answer, and this"
                                + " is a true-false question");
    }
}
