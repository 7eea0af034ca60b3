package dev.lectern.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PythonTextTest {

    @Test
    void isSpace_isExactlyPythonsStrIsspace() {
        // [c for c in range(0x110000) if chr(c).isspace()], Python 3.11 (Unicode 14)
        Set<Integer> python = IntStream.of(
                        0x9, 0xa, 0xb, 0xc, 0xd, 0x1c, 0x1d, 0x1e, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x2001,
                        0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f,
                        0x205f, 0x3000)
                .boxed()
                .collect(Collectors.toSet());
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            assertThat(PythonText.isSpace(cp)).as("U+%04X", cp).isEqualTo(python.contains(cp));
        }
    }

    @Test
    void isSpace_differsFromJavasIsWhitespace() {
        assertThat(PythonText.isSpace(0xA0)).isTrue();
        assertThat(Character.isWhitespace(0xA0)).isFalse();
        assertThat(PythonText.isSpace(0x85)).isTrue();
        assertThat(Character.isWhitespace(0x85)).isFalse();
        assertThat(PythonText.isSpace(0x200B)).isFalse();
    }

    @Test
    void isWordChar_isLettersNumbersAndUnderscore() {
        assertThat("aZé_9²½Ⅻ٣가ǅʰ".codePoints().allMatch(PythonText::isWordChar)).isTrue();
        assertThat("\u0301\u20dd\u200d-' .€\ud800".codePoints().noneMatch(PythonText::isWordChar))
                .isTrue();
    }

    @Test
    void split_splitsOnRunsOfPythonWhiteSpace() {
        assertThat(PythonText.split("  a\u00a0\u3000b\u0085c  ")).containsExactly("a", "b", "c");
        assertThat(PythonText.split("")).isEmpty();
        assertThat(PythonText.split(" \t ")).isEmpty();
        assertThat(PythonText.split("x\u200by")).containsExactly("x\u200by");
    }

    @Test
    void lower_mapsDottedCapitalIToTwoChars() {
        assertThat(PythonText.lower("İ")).isEqualTo("i\u0307");
    }

    @Test
    void lower_appliesPythonsFinalSigmaRule() {
        assertThat(PythonText.lower("ΟΔΟΣ")).isEqualTo("οδος");
        assertThat(PythonText.lower("Σ")).isEqualTo("σ");
        assertThat(PythonText.lower("ΟΔΟΣ ΟΔΟΣ")).isEqualTo("οδος οδος");
        // Case-ignorable chars are skipped on both sides: the apostrophe, the point, the soft hyphen...
        assertThat(PythonText.lower("Α'Σ")).isEqualTo("α'ς");
        assertThat(PythonText.lower("ΑΣ.Β")).isEqualTo("ασ.β");
        assertThat(PythonText.lower("Α\u00adΣ")).isEqualTo("α\u00adς");
        // ...but not a digit, a dash or a space.
        assertThat(PythonText.lower("ΑΣ1Β")).isEqualTo("ας1β");
        assertThat(PythonText.lower("Α1Σ")).isEqualTo("α1σ");
        assertThat(PythonText.lower("ΑΣ-Β")).isEqualTo("ας-β");
        assertThat(PythonText.lower("Α Σ")).isEqualTo("α σ");
    }

    @Test
    void lower_leavesLoneSurrogatesAlone() {
        assertThat(PythonText.lower("\ud800A\udfff")).isEqualTo("\ud800a\udfff");
    }
}
