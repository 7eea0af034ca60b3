package dev.lectern.load;

import static dev.lectern.load.Snippets.load;
import static dev.lectern.load.Snippets.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.article.Passage;
import dev.lectern.article.SentenceRef;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TrueFalseQuestion;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** YAML never decides types: every value is the text the teacher wrote, and the question type reads it. */
class LoaderPlainTextTest {

    private static Question only(String type, String answer) {
        LoadResult result = load("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - id: q
                    type: %s
                    prompt: P
                    answer: %s
                    evidence: { paragraph: 4 }
                """.formatted(type, answer));
        assertThat(result.problems()).noneMatch(Problem::isError);
        return result.set().orElseThrow().questions().get(0);
    }

    @Test
    void no_inAShortAnswer_isTheTextNo() {
        assertThat(((ShortQuestion) only("short", "no")).answers()).containsExactly("no");
        assertThat(((ShortQuestion) only("short", "off")).answers()).containsExactly("off");
    }

    @Test
    void decimalWithTrailingZero_isTextInShortAndTheSameNumberInNumber() {
        assertThat(((ShortQuestion) only("short", "3.10")).answers()).containsExactly("3.10");
        BigDecimal number = ((NumberQuestion) only("number", "3.10")).answers().get(0);
        assertThat(number).isEqualByComparingTo("3.1");
        assertThat(number.toPlainString()).isEqualTo("3.10");
    }

    @Test
    void leadingZero_isKept() {
        assertThat(((ShortQuestion) only("short", "010")).answers()).containsExactly("010");
        assertThat(((NumberQuestion) only("number", "010")).answers().get(0)).isEqualByComparingTo("10");
    }

    @Test
    void numberWithADecimalComma_isRead() {
        assertThat(((NumberQuestion) only("number", "3,5")).answers().get(0)).isEqualByComparingTo("3.5");
    }

    @Test
    void numberWithThousandsSeparators_isReadAsLearnersTypeIt() {
        assertThat(((NumberQuestion) only("number", "1,000")).answers().get(0)).isEqualByComparingTo("1000");
        assertThat(((NumberQuestion) only("number", "1,234,567.5")).answers().get(0))
                .isEqualByComparingTo("1234567.5");
    }

    @Test
    void trueFalse_acceptsAnyCapitals() {
        assertThat(((TrueFalseQuestion) only("true-false", "True")).answer()).isTrue();
        assertThat(((TrueFalseQuestion) only("true-false", "FALSE")).answer()).isFalse();
    }

    @Test
    void nullAndTilde_areTextsToo() {
        LoadResult result = load("""
                title: null
                description: ~
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - { id: q, type: short, prompt: P, answer: 35, evidence: { paragraph: 4 } }
                """);
        QuestionSet set = result.set().orElseThrow();
        assertThat(set.title()).isEqualTo("null");
        assertThat(set.description()).hasValue("~");
    }

    @Test
    void sentence4point10_isParagraph4Sentence10_notTheNumber4point1() {
        assertThat(problems("""
                title: T
                article: 000_d9e472c27e1e5fdd.txt
                questions:
                  - { id: q, type: short, prompt: P, answer: Sumy, evidence: { sentence: 4.10 } }
                """))
                .containsExactly("q.yaml:4:74: error: sentence 4.10 does not exist: paragraph 4 has 2 sentences");
    }

    @Test
    void sentence4point10_pointsAtTheTenthSentence(@TempDir Path dir) throws IOException {
        StringBuilder fourth = new StringBuilder();
        String[] words = {"One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten", "Eleven"};
        for (String word : words) {
            fourth.append(fourth.length() == 0 ? "" : " ").append(word).append(" is a sentence.");
        }
        Files.writeString(dir.resolve("counting.txt"), "First.\n\nSecond.\n\nThird.\n\n" + fourth + "\n");
        LoadResult result = Snippets.loaderWith().load("""
                title: T
                article: counting.txt
                questions:
                  - { id: q, type: short, prompt: P, answer: Ten, evidence: { sentence: 4.10 } }
                  - { id: e, type: evidence, prompt: Which sentence says ten?, answer: 4.10, accept: [4.1] }
                """, dir, "q.yaml");
        assertThat(result.problems()).isEmpty();
        QuestionSet set = result.set().orElseThrow();
        Passage passage = set.questions().get(0).evidence().get(0);
        assertThat(set.article().text(passage)).isEqualTo("Ten is a sentence.");
        EvidenceQuestion evidence = (EvidenceQuestion) set.questions().get(1);
        assertThat(evidence.answer()).isEqualTo(new SentenceRef(4, 10));
        assertThat(evidence.accept()).containsExactly(new SentenceRef(4, 1));
    }
}
