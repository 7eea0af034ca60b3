package dev.lectern.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.testing.ForAll;
import dev.lectern.testing.RandomText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    /** Words of the seed article, articles, odd letters and punctuation, joined by odd white space. */
    static String sentenceLike(Random random) {
        List<String> words = List.of(
                "the",
                "The",
                "a",
                "An",
                "Kremlin’s",
                "Kremlin's",
                "Erdoğan",
                "Inácio",
                "U.S.-led",
                "Zelenskiy",
                "35",
                "3.5",
                "1,000",
                "thirty-five",
                "“possibility”",
                "–",
                "…",
                "ΟΔΟΣ",
                "Straße",
                "STRASSE",
                "İstanbul",
                "ﬁnal",
                "Ｋｒｅｍｌｉｎ",
                "e\u0301",
                "\u0301",
                "’",
                "(talks)",
                "¿qué?",
                "_",
                "½",
                "²",
                "",
                "x");
        List<String> gaps = List.of(" ", " ", " ", "  ", "\t", "\n", "\u00a0", "\u2009", "\u3000", "", ",", ". ");
        int n = random.nextInt(12);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) {
            sb.append(words.get(random.nextInt(words.size()))).append(gaps.get(random.nextInt(gaps.size())));
        }
        return sb.toString();
    }

    // --- normalize: the seed article's names ------------------------------------------------------

    @Test
    void normalize_foldsCurlyApostrophes() {
        assertThat(TextNormalizer.normalize("Kremlin’s", false))
                .isEqualTo(TextNormalizer.normalize("Kremlin's", false))
                .isEqualTo(TextNormalizer.normalize("Kremlin´s", false))
                .isEqualTo("kremlins");
    }

    @Test
    void normalize_dropsTheArticle() {
        assertThat(TextNormalizer.normalize("The Kremlin", false)).isEqualTo("kremlin");
        assertThat(TextNormalizer.normalize("a hardline Putin aide", false)).isEqualTo("hardline putin aide");
        assertThat(TextNormalizer.normalize("An unexpected late-night Kremlin address", false))
                .isEqualTo("unexpected latenight kremlin address");
    }

    @Test
    void normalize_collapsesWhiteSpaceFoldsCaseAndDropsTrailingPunctuation() {
        assertThat(TextNormalizer.normalize("  Vladimir   MEDINSKY. ", false)).isEqualTo("vladimir medinsky");
    }

    @Test
    void normalize_keepsDiacritics() {
        assertThat(TextNormalizer.normalize("Recep Tayyip Erdoğan", false)).isEqualTo("recep tayyip erdoğan");
        assertThat(TextNormalizer.normalize("Luiz Inácio Lula da Silva", false)).isEqualTo("luiz inácio lula da silva");
    }

    @Test
    void normalize_composesDecomposedAccents() {
        assertThat(TextNormalizer.normalize("Ina\u0301cio", false)).isEqualTo("inácio");
    }

    @Test
    void normalize_recomposesWhatRemovedPunctuationBringsTogether() {
        assertThat(TextNormalizer.normalize("e’\u0301", false)).isEqualTo("é");
        assertThat(TextNormalizer.normalize("\u1100.\u1161", false)).isEqualTo("가");
    }

    @Test
    void normalize_joinsLettersAcrossRemovedPunctuation() {
        assertThat(TextNormalizer.normalize("U.S.", false)).isEqualTo("us");
        assertThat(TextNormalizer.normalize("U.S.-led", false)).isEqualTo("usled");
        assertThat(TextNormalizer.normalize("Russia-Ukraine", false)).isEqualTo("russiaukraine");
    }

    @Test
    void normalize_foldsTypographicQuotesAndDashes() {
        assertThat(TextNormalizer.normalize("“a possibility”", false)).isEqualTo("possibility");
        assertThat(TextNormalizer.normalize("«Kremlin»", false)).isEqualTo("kremlin");
        assertThat(TextNormalizer.normalize("30–day", false))
                .isEqualTo(TextNormalizer.normalize("30-day", false))
                .isEqualTo(TextNormalizer.normalize("30—day", false))
                .isEqualTo("30day");
        // The minus sign is a math symbol, not punctuation: folded to '-', it goes like the rest.
        assertThat(TextNormalizer.normalize("x−y", false)).isEqualTo("xy");
    }

    @Test
    void normalize_removesUnicodeAndAsciiPunctuation() {
        assertThat(TextNormalizer.normalize("¿Qué? ¡Sí! (talks) [2022] {x} #1 @x *y* a_b ~z", false))
                .isEqualTo("qué sí talks 2022 x 1 x y ab z");
        assertThat(TextNormalizer.normalize("5% $5 1+1=2 <b> ^ | ` \\", false)).isEqualTo("5 5 112 b");
    }

    @Test
    void normalize_keepsAPointOrCommaBetweenDigits() {
        assertThat(TextNormalizer.normalize("3.5", false)).isEqualTo("3.5");
        assertThat(TextNormalizer.normalize("1,000", false)).isEqualTo("1,000");
        assertThat(TextNormalizer.normalize("1,000,000.25", false)).isEqualTo("1,000,000.25");
        assertThat(TextNormalizer.normalize("It was 3.", false)).isEqualTo("it was 3");
        assertThat(TextNormalizer.normalize(".5", false)).isEqualTo("5");
        assertThat(TextNormalizer.normalize("1, 2", false)).isEqualTo("1 2");
        assertThat(TextNormalizer.normalize("3..5", false)).isEqualTo("35");
        assertThat(TextNormalizer.normalize("a.b", false)).isEqualTo("ab");
    }

    @Test
    void normalize_foldsCaseFully() {
        assertThat(TextNormalizer.normalize("Straße", false))
                .isEqualTo(TextNormalizer.normalize("STRASSE", false))
                .isEqualTo(TextNormalizer.normalize("STRAẞE", false))
                .isEqualTo("strasse");
        assertThat(TextNormalizer.normalize("ΟΔΟΣ", false))
                .isEqualTo(TextNormalizer.normalize("οδος", false))
                .isEqualTo(TextNormalizer.normalize("οδοσ", false))
                .isEqualTo("οδοσ");
    }

    @Test
    void normalize_appliesNfkc() {
        assertThat(TextNormalizer.normalize("ﬁnal", false)).isEqualTo("final");
        assertThat(TextNormalizer.normalize("Ｋｒｅｍｌｉｎ", false)).isEqualTo("kremlin");
        assertThat(TextNormalizer.normalize("Palm\u00a0Sunday", false)).isEqualTo("palm sunday");
    }

    @Test
    void normalize_removesArticlesOnlyAsWholeWords() {
        assertThat(TextNormalizer.normalize("Theatre and then an Anthem", false))
                .isEqualTo("theatre and then anthem");
        assertThat(TextNormalizer.normalize("THE A AN", false)).isEmpty();
    }

    @Test
    void normalize_caseSensitive_keepsCaseButStillDropsArticles() {
        assertThat(TextNormalizer.normalize("The Kremlin’s", true)).isEqualTo("Kremlins");
        assertThat(TextNormalizer.normalize("THE Kremlin", true)).isEqualTo("Kremlin");
        assertThat(TextNormalizer.normalize("Kremlin", true)).isNotEqualTo(TextNormalizer.normalize("kremlin", true));
        assertThat(TextNormalizer.normalize("Straße", true)).isEqualTo("Straße");
    }

    @Test
    void normalize_survivesHostileInput() {
        assertThat(TextNormalizer.normalize("", false)).isEmpty();
        assertThat(TextNormalizer.normalize(" \t\n\u00a0", false)).isEmpty();
        assertThat(TextNormalizer.normalize("?!…—“”‘’-'.,;:()", false)).isEmpty();
        assertThat(TextNormalizer.normalize("\ud800x\udfff", false)).isEqualTo("\ud800x\udfff");
        assertThat(TextNormalizer.normalize("\udfff\ud800", true)).isEqualTo("\udfff\ud800");
        String longWord = "Kremlin’s ".repeat(1000);
        assertThat(TextNormalizer.normalize(longWord, false))
                .isEqualTo("kremlins ".repeat(1000).strip());
        String longJunk = RandomText.arbitrary(new Random(7), 20_000);
        assertThat(TextNormalizer.normalize(longJunk + longJunk, false)).isNotNull();
    }

    // --- normalize: properties -------------------------------------------------------------------

    @Test
    void normalize_isIdempotent_forArbitraryStrings() {
        ForAll.check(11L, 5000, r -> RandomText.arbitrary(r, 40), TextNormalizerTest::assertIdempotent);
    }

    @Test
    void normalize_isIdempotent_forSentenceLikeStrings() {
        ForAll.check(12L, 5000, TextNormalizerTest::sentenceLike, TextNormalizerTest::assertIdempotent);
    }

    @Test
    void normalize_isIdempotent_forEveryCharAloneAndBetweenLetters() {
        for (int cp = 0; cp <= 0x10FFFF; cp++) {
            if (!Character.isDefined(cp)) {
                continue; // unassigned: no mappings, nothing to see
            }
            String c = new String(Character.toChars(cp));
            assertIdempotent(c);
            assertIdempotent("a" + c + "b");
            assertIdempotent("e'" + c + "\u0301");
        }
    }

    @Test
    void normalize_isIdempotent_onTheSeedArticle() throws IOException {
        for (String paragraph : Files.readAllLines(Path.of("seeds/000_d9e472c27e1e5fdd.txt"), StandardCharsets.UTF_8)) {
            assertIdempotent(paragraph);
        }
    }

    private static void assertIdempotent(String text) {
        for (boolean caseSensitive : new boolean[] {false, true}) {
            String once = TextNormalizer.normalize(text, caseSensitive);
            assertThat(TextNormalizer.normalize(once, caseSensitive))
                    .as("caseSensitive=%s", caseSensitive)
                    .isEqualTo(once);
        }
    }

    @Test
    void normalize_ignoresCaseAndExtraWhiteSpace_forSentenceLikeStrings() {
        ForAll.check(13L, 5000, TextNormalizerTest::sentenceLike, TextNormalizerTest::assertCaseAndSpaceBlind);
    }

    @Test
    void normalize_ignoresCaseAndExtraWhiteSpace_forArbitraryStrings() {
        ForAll.check(14L, 5000, r -> RandomText.arbitrary(r, 40), TextNormalizerTest::assertCaseAndSpaceBlind);
    }

    private static void assertCaseAndSpaceBlind(String text) {
        String expected = TextNormalizer.normalize(text, false);
        assertThat(TextNormalizer.normalize(text.toUpperCase(Locale.ROOT), false))
                .isEqualTo(expected);
        assertThat(TextNormalizer.normalize(text.toLowerCase(Locale.ROOT), false))
                .isEqualTo(expected);
        assertThat(TextNormalizer.normalize(" \n" + text.replace(" ", " \t ") + "\u00a0 ", false))
                .isEqualTo(expected);
    }

    // --- squad -----------------------------------------------------------------------------------

    @Test
    void squad_lowersDropsAsciiPunctuationArticlesAndExtraSpace() {
        assertThat(TextNormalizer.squad("  The   Kremlin's  ")).isEqualTo("kremlins");
        assertThat(TextNormalizer.squad("A U.S. official")).isEqualTo("us official");
        assertThat(TextNormalizer.squad("Recep Tayyip Erdoğan")).isEqualTo("recep tayyip erdoğan");
    }

    @Test
    void squad_keepsNonAsciiPunctuation() {
        // string.punctuation is ASCII only: the curly apostrophe and the dash stay.
        assertThat(TextNormalizer.squad("Kremlin’s")).isEqualTo("kremlin’s");
        assertThat(TextNormalizer.squad("«Hey» – ‘you’!")).isEqualTo("«hey» – ‘you’");
        assertThat(TextNormalizer.squad("the_a")).isEqualTo("thea");
    }

    @Test
    void squad_removesArticlesWherePythonSeesWordBoundaries() {
        // A combining mark is no word char to Python's re, so "the" before it is a whole word.
        assertThat(TextNormalizer.squad("the\u0301")).isEqualTo("\u0301");
        assertThat(TextNormalizer.squad("thé")).isEqualTo("thé");
        // Numbers of every kind are word chars, so "the²" is one word.
        assertThat(TextNormalizer.squad("the² a½")).isEqualTo("the² a½");
        assertThat(TextNormalizer.squad("€the€")).isEqualTo("€ €");
        assertThat(TextNormalizer.squad("then athe ana the")).isEqualTo("then athe ana");
    }

    @Test
    void squad_lowersAsPythonDoes() {
        // Full lowercase mapping: İ becomes i and a combining dot, as in Python and Java alike.
        assertThat(TextNormalizer.squad("İstanbul")).isEqualTo("i\u0307stanbul");
        assertThat(TextNormalizer.squad("ΟΔΟΣ")).isEqualTo("οδος");
        // Python's Final_Sigma skips only case-ignorable chars; a digit ends the search (Java's
        // toLowerCase, which looks at word boundaries, says the opposite of both).
        assertThat(TextNormalizer.squad("Α1Σ")).isEqualTo("α1σ");
        assertThat("Α1Σ".toLowerCase(Locale.ROOT)).isEqualTo("α1ς");
        assertThat(TextNormalizer.squad("ΑΣ1Β")).isEqualTo("ας1β");
        assertThat("ΑΣ1Β".toLowerCase(Locale.ROOT)).isEqualTo("ασ1β");
    }

    @Test
    void squad_splitsOnPythonWhiteSpace() {
        assertThat(TextNormalizer.squad("x\u00a0y\u0085z\u3000w\u200bv\u001cu")).isEqualTo("x y z w\u200bv u");
    }

    @Test
    void squad_survivesHostileInput() {
        assertThat(TextNormalizer.squad("")).isEmpty();
        assertThat(TextNormalizer.squad("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")).isEmpty();
        assertThat(TextNormalizer.squad("\ud800 The \udfff")).isEqualTo("\ud800 \udfff");
        assertThat(TextNormalizer.squad("The ".repeat(5000))).isEmpty();
    }

    @Test
    void squad_isIdempotent() {
        ForAll.check(21L, 5000, r -> RandomText.arbitrary(r, 40), TextNormalizerTest::assertSquadIdempotent);
        ForAll.check(22L, 5000, TextNormalizerTest::sentenceLike, TextNormalizerTest::assertSquadIdempotent);
    }

    private static void assertSquadIdempotent(String text) {
        String once = TextNormalizer.squad(text);
        assertThat(TextNormalizer.squad(once)).isEqualTo(once);
    }

    // --- stripDiacritics and collapseWhitespace --------------------------------------------------

    @Test
    void stripDiacritics_removesAccentsFromTheSeedNames() {
        assertThat(TextNormalizer.stripDiacritics("Erdoğan")).isEqualTo("Erdogan");
        assertThat(TextNormalizer.stripDiacritics("Luiz Inácio Lula da Silva")).isEqualTo("Luiz Inacio Lula da Silva");
        assertThat(TextNormalizer.stripDiacritics("Ina\u0301cio")).isEqualTo("Inacio");
    }

    @Test
    void stripDiacritics_mapsLettersWithoutADecomposition() {
        assertThat(TextNormalizer.stripDiacritics("Łódź Øresund Đorđe Ħal ŧ Kılıçdaroğlu"))
                .isEqualTo("Lodz Oresund Dorde Hal t Kilicdaroglu");
    }

    @Test
    void stripDiacritics_keepsLettersThatAreNotAccented() {
        assertThat(TextNormalizer.stripDiacritics("Straße æ œ þ ð")).isEqualTo("Straße æ œ þ ð");
        assertThat(TextNormalizer.stripDiacritics("서울")).isEqualTo("서울");
    }

    @Test
    void stripDiacritics_survivesHostileInput() {
        assertThat(TextNormalizer.stripDiacritics("")).isEmpty();
        assertThat(TextNormalizer.stripDiacritics("\u0301\u0308")).isEmpty();
        assertThat(TextNormalizer.stripDiacritics("\ud800é\udfff")).isEqualTo("\ud800e\udfff");
        assertThat(TextNormalizer.stripDiacritics("é".repeat(10_000))).isEqualTo("e".repeat(10_000));
    }

    @Test
    void collapseWhitespace_trimsAndCollapsesEveryKindOfSpace() {
        assertThat(TextNormalizer.collapseWhitespace("  Vladimir \t\n MEDINSKY. "))
                .isEqualTo("Vladimir MEDINSKY.");
        assertThat(TextNormalizer.collapseWhitespace("\u00a0Palm\u2009\u3000Sunday\u0085"))
                .isEqualTo("Palm Sunday");
        assertThat(TextNormalizer.collapseWhitespace("")).isEmpty();
        assertThat(TextNormalizer.collapseWhitespace(" \u2028 ")).isEmpty();
        assertThat(TextNormalizer.collapseWhitespace("zero\u200bwidth")).isEqualTo("zero\u200bwidth");
    }
}
