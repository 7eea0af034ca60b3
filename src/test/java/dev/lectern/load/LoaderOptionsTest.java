package dev.lectern.load;

import static dev.lectern.load.Snippets.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Values with a fixed range: set options, points, question types. */
class LoaderOptionsTest {

    @Test
    void setOptionsOutOfRange_sayWhatIsAllowed() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                shuffle: yes
                pass: 60
                match: fuzzy
                questions:
                  - id: q1
                    type: short
                    prompt: Who leads?
                    answer: Medinsky
                    evidence: { paragraph: 2 }
                """))
                .containsExactly(
                        "q.yaml:3:10: error: shuffle must be true or false; found 'yes'",
                        "q.yaml:4:7: error: pass must be a percentage from 0% to 100%, like 60%; found '60' (a number without % is not taken: write 60%)",
                        "q.yaml:5:8: error: unknown match policy 'fuzzy' (policies: exact, normalized, lenient, squad)");
    }

    @Test
    void passAbove100AndMisspeltPolicy_sayWhatIsAllowed() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                pass: 120%
                match: exct
                questions:
                  - { id: q1, type: short, prompt: Who leads?, answer: Medinsky, evidence: { paragraph: 2 } }
                """))
                .containsExactly(
                        "q.yaml:3:7: error: pass must be a percentage from 0% to 100%, like 60%; found '120%'",
                        "q.yaml:4:8: error: unknown match policy 'exct'; did you mean 'exact'? (policies: exact,"
                                + " normalized, lenient, squad)");
    }

    @Test
    void pointsNotAPositiveNumber_saysWhatIsAllowed() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - { id: a, type: short, prompt: P, answer: Medinsky, points: -1, evidence: { paragraph: 2 } }
                  - { id: b, type: short, prompt: P, answer: Medinsky, points: 0, evidence: { paragraph: 2 } }
                  - { id: c, type: short, prompt: P, answer: Medinsky, points: many, evidence: { paragraph: 2 } }
                  - { id: d, type: short, prompt: P, answer: Medinsky, points: 1001, evidence: { paragraph: 2 } }
                """))
                .containsExactly(
                        "q.yaml:4:64: error: points must be a positive number up to 1000, like 1 or 2.5; found '-1'",
                        "q.yaml:5:64: error: points must be a positive number up to 1000, like 1 or 2.5; found '0'",
                        "q.yaml:6:64: error: points must be a positive number up to 1000, like 1 or 2.5; found 'many'",
                        "q.yaml:7:64: error: points must be a positive number up to 1000, like 1 or 2.5; found '1001'");
    }

    @Test
    void unknownType_suggestsClosestType() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - { id: a, type: shrot, prompt: P, answer: Medinsky, evidence: { paragraph: 2 } }
                  - { id: b, type: essay, prompt: P, answer: Medinsky, evidence: { paragraph: 2 } }
                """))
                .containsExactly(
                        "q.yaml:4:20: error: unknown question type 'shrot'; did you mean 'short'? (types: choice, multi,"
                                + " true-false, short, number, cloze, order, match, evidence)",
                        "q.yaml:5:20: error: unknown question type 'essay' (types: choice, multi, true-false, short,"
                                + " number, cloze, order, match, evidence)");
    }
}
