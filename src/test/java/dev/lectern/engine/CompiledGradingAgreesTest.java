package dev.lectern.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.model.Question;
import dev.lectern.testing.ForAll;
import dev.lectern.testing.RandomText;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The compiled answer keys ({@link AnswerKey}, {@link FastText}, {@link AnswerParts}) grade exactly as the
 * reference engine ({@link ReferenceGrader} and the text forms of {@link TextNormalizer}) on random answers:
 * the whole grade (points, verdict, rule, given and expected text, note, feedback) is equal.
 */
class CompiledGradingAgreesTest {
    /** What makes the short cuts' edges: ASCII punctuation, digits, articles, typographic quotes and dashes,
     * white space of every kind, controls, letters whose case or normal form is special, combining marks. */
    private static final String TRICKY = "aAnNtThHeEx  \t\n\u000b\u001c\u0001\u007f\u00a0\u2009\u3000\u0085.,;:'\"-_"
            + "()[]!?=>→’‘“”„«»–—−‑″´0123456789½١ßẞΣσςéÉ\u0301İıŁłﬁＡ";

    private static final Grader COMPILED = new Grader(GradingPropertiesTest.ARTICLE);
    private static final ReferenceGrader REFERENCE = new ReferenceGrader(GradingPropertiesTest.ARTICLE);
    private static final List<Question> QUESTIONS = Stream.concat(
                    GradingPropertiesTest.VARIANTS.stream(),
                    GradingPropertiesTest.EDGE_CASES.questions().stream().flatMap(GradingPropertiesTest::variants))
            .toList();

    private record Attempt(Question question, Presentation shown, List<String> parts) {}

    @Test
    void compiledKeys_gradeRandomAnswersAsTheReferenceDoes() {
        ForAll.check(
                15L,
                20_000,
                r -> {
                    Question q = QUESTIONS.get(r.nextInt(QUESTIONS.size()));
                    List<String> parts =
                            r.nextInt(6) == 0 ? List.of(tricky(r)) : GradingPropertiesTest.answerParts(q, r);
                    return new Attempt(q, GradingPropertiesTest.randomPresentation(q, r), parts);
                },
                a -> assertThat(COMPILED.grade(a.question(), a.shown(), a.parts()))
                        .isEqualTo(REFERENCE.grade(a.question(), a.shown(), a.parts())));
    }

    @Test
    void compiledKeys_gradeEveryQuestionsOwnTextsAsTheReferenceDoes() {
        ForAll.check(
                16L,
                10_000,
                r -> {
                    Question q = QUESTIONS.get(r.nextInt(QUESTIONS.size()));
                    return new Attempt(
                            q,
                            GradingPropertiesTest.randomPresentation(q, r),
                            List.of(GradingPropertiesTest.answerText(q, r)));
                },
                a -> assertThat(COMPILED.grade(a.question(), a.shown(), a.parts()))
                        .isEqualTo(REFERENCE.grade(a.question(), a.shown(), a.parts())));
    }

    @Test
    void fastNormalForms_equalTheFullOnes() {
        ForAll.check(17L, 20_000, CompiledGradingAgreesTest::anyText, text -> {
            assertThat(FastText.normalize(text, false)).isEqualTo(TextNormalizer.normalize(text, false));
            assertThat(FastText.normalize(text, true)).isEqualTo(TextNormalizer.normalize(text, true));
            assertThat(FastText.squad(text)).isEqualTo(TextNormalizer.squad(text));
            assertThat(FastText.tokens(FastText.squad(text)))
                    .containsExactlyElementsOf(PythonText.split(TextNormalizer.squad(text)));
            assertThat(FastText.collapseWhitespace(text)).isEqualTo(TextNormalizer.collapseWhitespace(text));
            assertThat(FastText.isBlank(text)).isEqualTo(PythonText.split(text).isEmpty());
            assertThat(FastText.digits(text))
                    .isEqualTo(Pattern.compile("\\D+")
                            .matcher(text)
                            .replaceAll(" ")
                            .strip());
            String normal = TextNormalizer.normalize(text, false);
            assertThat(FastText.plain(normal)).isEqualTo(TextNormalizer.stripDiacritics(normal));
        });
    }

    @Test
    void handWrittenScanners_readListsAndLettersAsTheRegexesDo() {
        ForAll.check(18L, 20_000, CompiledGradingAgreesTest::anyText, text -> {
            List<String> one = List.of(text);
            assertThat(AnswerParts.items(one)).isEqualTo(AnswerText.items(one));
            assertThat(AnswerParts.lettersOrItems(one)).isEqualTo(AnswerText.lettersOrItems(one));
            List<String> two = List.of(text, text.strip());
            assertThat(AnswerParts.lettersOrItems(two)).isEqualTo(AnswerText.lettersOrItems(two));
            for (int size : new int[] {2, 5, 26}) {
                assertThat(AnswerParts.letter(text, size))
                        .isEqualTo(AnswerText.letter(text, size).orElse(-1));
            }
        });
    }

    @Test
    void tokenF1OfTokenArrays_isTheScriptsF1() {
        ForAll.check(19L, 10_000, r -> List.of(words(r), words(r)), pair -> {
            String[] predicted = FastText.tokens(FastText.squad(pair.get(0)));
            String[] expected = FastText.tokens(FastText.squad(pair.get(1)));
            assertThat(TokenF1.f1(predicted, expected)).isEqualTo(TokenF1.f1(pair.get(0), pair.get(1)));
            assertThat(Typos.distance(
                            pair.get(0).codePoints().toArray(),
                            pair.get(1).codePoints().toArray()))
                    .isEqualTo(Typos.distance(pair.get(0), pair.get(1)));
        });
    }

    @Test
    void theShortCut_coversWhatLearnersType() {
        // Not a property of the results (those are equal either way) but of speed: these take the one-pass path.
        for (String typed : List.of("The Kremlin’s “envoy”", "1,000 people", "U.S.-led", "  a  b\u00a0c ", "—")) {
            assertThat(FastText.asciiNormalize(typed, false))
                    .as(typed)
                    .isEqualTo(TextNormalizer.normalize(typed, false));
        }
        assertThat(FastText.asciiNormalize("Erdoğan", false)).isNull();
    }

    private static String anyText(Random r) {
        return switch (r.nextInt(3)) {
            case 0 -> RandomText.arbitrary(r, 30);
            case 1 -> tricky(r);
            default -> words(r);
        };
    }

    private static String tricky(Random r) {
        return RandomText.from(r, TRICKY, 16);
    }

    private static final List<String> WORDS = List.of(
            "the",
            "a",
            "an",
            "The",
            "AN",
            "Kremlin’s",
            "U.S.",
            "1,000",
            "3.5",
            "x",
            "—",
            "e\u0301",
            "don't",
            "a-b",
            "_",
            "«quote»",
            "ǅ",
            "\u00a0",
            ";",
            "=",
            "->");

    private static String words(Random r) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(7); i > 0; i--) {
            sb.append(WORDS.get(r.nextInt(WORDS.size()))).append(r.nextInt(4) == 0 ? "" : " ");
        }
        return sb.toString();
    }
}
