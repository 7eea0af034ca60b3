package dev.lectern.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What reaches a terminal escaped, and what is left as text. */
class PrintableTest {
    @Test
    void controlCharacters_areEscapedInJavasForm() {
        assertThat(Printable.escape("a\u001b]0;x\u0007b\rc\u007f")).isEqualTo("a\\u001B]0;x\\u0007b\\rc\\u007F");
        assertThat(Printable.oneLine("a\nb\tc")).isEqualTo("a\\nb\\tc");
        assertThat(Printable.escape("a\nb\tc")).isEqualTo("a\nb\tc");
    }

    @Test
    void bidiEmbeddingsOverridesAndIsolates_areEscaped() {
        assertThat(Printable.escape("\u202A\u202B\u202C\u202D\u202E|\u2066\u2067\u2068\u2069"))
                .isEqualTo("\\u202A\\u202B\\u202C\\u202D\\u202E|\\u2066\\u2067\\u2068\\u2069");
        assertThat(Printable.oneLine("invoice\u202Efdp.exe")).isEqualTo("invoice\\u202Efdp.exe");
    }

    @Test
    void rightToLeftTextAndItsMarks_areLeftAsText() {
        String hebrew = "\u05E9\u05DC\u05D5\u05DD \u200F(1)\u200E \u0645\u0631\u062D\u0628\u0627\u061C";
        assertThat(Printable.escape(hebrew)).isSameAs(hebrew);
        assertThat(Printable.isEscaped('\u2029')).isTrue();
        assertThat(Printable.isEscaped('\u2065')).isFalse();
        assertThat(Printable.isEscaped('\u202F')).isFalse();
    }
}
