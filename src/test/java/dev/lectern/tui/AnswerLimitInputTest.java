package dev.lectern.tui;

import static org.assertj.core.api.Assertions.assertThat;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.lectern.engine.AnswerLength;
import dev.lectern.model.ClozeQuestion;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A typed answer stops growing at the engine's limit, so nothing the learner types is lost to "not read". */
class AnswerLimitInputTest {
    private static void type(AnswerInput input, int count, char c) {
        for (int i = 0; i < count; i++) {
            assertThat(input.onKey(new KeyStroke(c, false, false))).isTrue();
        }
    }

    @Test
    void aTextField_takesNoCharacterPastTheLimit() {
        TextInput field = new TextInput("Answer: ");
        type(field, AnswerLength.MAX + 100, 'a');
        assertThat(field.text()).hasSize(AnswerLength.MAX);
        field.onKey(new KeyStroke(KeyType.Backspace));
        type(field, 3, 'b');
        assertThat(field.text()).hasSize(AnswerLength.MAX).endsWith("b");
    }

    @Test
    void aClozesBlanks_shareTheLimitAsOneAnswer() {
        ClozeQuestion cloze = (ClozeQuestion) Fixtures.istanbul().questions().stream()
                .filter(q -> q instanceof ClozeQuestion)
                .findFirst()
                .orElseThrow();
        ClozeInput input = new ClozeInput(cloze);
        type(input, 4_000, 'a');
        input.onKey(new KeyStroke(KeyType.Tab));
        type(input, 4_000, 'b');
        List<String> parts = input.submit().orElseThrow();
        assertThat(AnswerLength.of(parts)).isEqualTo(AnswerLength.MAX);
        assertThat(parts.get(0)).hasSize(4_000);
    }
}
