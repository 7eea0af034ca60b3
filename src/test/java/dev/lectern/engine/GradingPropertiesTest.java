package dev.lectern.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lectern.article.Article;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.EvidenceQuestion;
import dev.lectern.model.MatchPolicy;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.MultiScoring;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.OrderScoring;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionHeader;
import dev.lectern.model.QuestionSet;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TextCredit;
import dev.lectern.model.TextMatching;
import dev.lectern.model.TrueFalseQuestion;
import dev.lectern.testing.ForAll;
import dev.lectern.testing.RandomText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Properties of grading over the sets shipped in {@code questions/} (and, for the bounds, variants of their
 * questions under every matching policy, credit, scoring and penalty): grading never throws and keeps its points
 * in range, verdicts agree with points, sessions replay from their seed, accepted answers survive case and
 * spacing, SQuAD acceptance is symmetric, and every question's expected answer, typed back, is right.
 */
class GradingPropertiesTest {
    /** Every policy, with and without case, and the lenient policy with full, half and no typo credit. */
    private static final List<TextMatching> MATCHINGS = List.of(
            TextMatching.DEFAULT,
            new TextMatching(MatchPolicy.EXACT, false, 1),
            new TextMatching(MatchPolicy.EXACT, true, 1),
            new TextMatching(MatchPolicy.NORMALIZED, true, 1),
            new TextMatching(MatchPolicy.LENIENT, false, 1),
            new TextMatching(MatchPolicy.LENIENT, false, 0.5),
            new TextMatching(MatchPolicy.LENIENT, true, 0),
            new TextMatching(MatchPolicy.SQUAD, false, 1));

    private static final List<QuestionSet> SETS = bundledSets();
    static final Article ARTICLE = SETS.get(0).article();
    private static final Grader GRADER = new Grader(ARTICLE);
    private static final List<Question> BUNDLED =
            SETS.stream().flatMap(s -> s.questions().stream()).toList();
    static final List<Question> VARIANTS =
            BUNDLED.stream().flatMap(GradingPropertiesTest::variants).toList();

    private static List<QuestionSet> bundledSets() {
        QuestionSetLoader loader = new QuestionSetLoader(ArticleLibrary.forProject(Path.of("")));
        try (Stream<Path> files = Files.list(Path.of("questions"))) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .sorted()
                    .map(f -> {
                        LoadResult r = loader.load(f, f.toString());
                        return r.set().orElseThrow(() -> new AssertionError(f + ": " + r.problems()));
                    })
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ---- (a) bounds and verdicts ----

    @Test
    void bundledSets_areThereAndShareTheArticle() {
        assertThat(SETS).hasSizeGreaterThanOrEqualTo(2);
        assertThat(SETS).allMatch(s -> s.article().equals(ARTICLE));
        assertThat(BUNDLED.stream().map(Question::typeName).distinct()).hasSize(9);
        assertThat(VARIANTS.size()).isGreaterThan(3 * BUNDLED.size());
    }

    @Test
    void randomAnswers_neverThrow_stayInRange_andVerdictsAgreeWithPoints() {
        ForAll.check(
                20260101L,
                5000,
                r -> {
                    Question q = VARIANTS.get(r.nextInt(VARIANTS.size()));
                    return new Attempt(q, randomPresentation(q, r), answerParts(q, r));
                },
                GradingPropertiesTest::checkBoundsAndVerdict);
    }

    @Test
    void everyBundledQuestion_underEveryVariant_withManyRandomAnswers() {
        // Every question is tried, not only those a random pick happens to reach.
        Random r = new Random(7);
        for (Question q : VARIANTS) {
            ForAll.check(
                    r.nextLong(),
                    100,
                    rr -> new Attempt(q, randomPresentation(q, rr), answerParts(q, rr)),
                    GradingPropertiesTest::checkBoundsAndVerdict);
        }
    }

    private record Attempt(Question question, Presentation shown, List<String> parts) {
        @Override
        public String toString() {
            return question.id() + " (" + describe(question) + ") shown " + shown.order() + " answer " + parts;
        }
    }

    private static void checkBoundsAndVerdict(Attempt a) {
        Grade g = GRADER.grade(a.question(), a.shown(), a.parts());
        double possible = a.question().points();
        assertThat(g.possible()).isEqualTo(possible);
        assertThat(g.questionId()).isEqualTo(a.question().id());
        assertThat(g.earned()).isBetween(-possible, possible);
        if (penalty(a.question()) == 0) {
            assertThat(g.earned()).as("no penalty, so no negative points").isBetween(0.0, possible);
        } else {
            assertThat(g.earned()).isGreaterThanOrEqualTo(-penalty(a.question()) * possible - 1e-9);
        }
        boolean full = Math.abs(g.earned() - possible) < 1e-9;
        assertThat(g.verdict() == Verdict.CORRECT)
                .as("CORRECT iff full points: %s", g)
                .isEqualTo(full);
        // A cloze answer in one part holds its blanks separated by ';': "; ;" leaves them all empty.
        boolean cloze = a.question().typeName().equals("cloze");
        boolean blank = a.parts().stream()
                .allMatch(p -> cloze
                        ? java.util.Arrays.stream(p.split(";", -1)).allMatch(GradingPropertiesTest::isBlank)
                        : isBlank(p));
        assertThat(g.verdict() == Verdict.UNANSWERED)
                .as("UNANSWERED iff blank: %s", g)
                .isEqualTo(blank);
        switch (g.verdict()) {
            case UNANSWERED -> assertThat(g.earned()).isZero();
            case WRONG -> assertThat(g.earned()).isLessThanOrEqualTo(0.0);
            case PARTIAL -> assertThat(g.earned()).isStrictlyBetween(0.0, possible);
            case CORRECT -> assertThat(g.rule()).isNotIn(Rule.UNREADABLE, Rule.UNANSWERED, Rule.NO_MATCH);
            default -> throw new AssertionError(g.verdict());
        }
        if (g.rule() == Rule.UNREADABLE) {
            assertThat(g.verdict()).isEqualTo(Verdict.WRONG);
            assertThat(g.earned()).isZero();
            assertThat(g.note()).isPresent();
        }
    }

    /** Blank as the engine's white space is: Python's, no-break and ideographic spaces included. */
    private static boolean isBlank(String part) {
        return PythonText.split(part).isEmpty();
    }

    // ---- (b) determinism ----

    @Test
    void sameSeedAndSameAnswers_giveEqualSummaries() {
        ForAll.check(
                99L,
                150,
                r -> new Script(SETS.get(r.nextInt(SETS.size())), r.nextLong(), r.nextLong(), r.nextBoolean()),
                script -> {
                    Summary one = script.play();
                    Summary two = script.play();
                    assertThat(two).isEqualTo(one);
                    assertThat(two.score()).isEqualTo(one.score());
                    assertThat(two.items()).isEqualTo(one.items());
                    assertThat(one.seed()).isEqualTo(script.seed());
                });
    }

    @Test
    void sameSeed_givesTheSamePresentations_andSeedsDiffer() {
        for (QuestionSet set : SETS) {
            ForAll.check(5L, 100, Random::nextLong, seed -> {
                SessionOptions options = SessionOptions.practice(seed);
                assertThat(shown(Session.start(set, options))).isEqualTo(shown(Session.start(set, options)));
            });
            long distinct = LongStream.range(0, 30)
                    .mapToObj(seed -> shown(Session.start(set, SessionOptions.practice(seed))))
                    .distinct()
                    .count();
            assertThat(distinct).as("shuffling depends on the seed").isGreaterThan(1);
        }
    }

    private static List<String> shown(Session s) {
        return s.items().stream()
                .map(i -> i.question().id() + " " + i.presentation().order())
                .toList();
    }

    /** A session played from its seed: random moves and answers drawn from a second seed. */
    private record Script(QuestionSet set, long seed, long moves, boolean exam) {
        Summary play() {
            SessionOptions options = new SessionOptions(
                    exam ? SessionOptions.Mode.EXAM : SessionOptions.Mode.PRACTICE, true, seed, Optional.empty());
            Session s = Session.start(set, options);
            Random r = new Random(moves);
            int steps = r.nextInt(3 * s.items().size() + 1);
            for (int i = 0; i < steps; i++) {
                switch (r.nextInt(6)) {
                    case 0 -> s = s.skip();
                    case 1 -> s = s.flag();
                    case 2 -> s = s.previous();
                    case 3 -> s = s.goTo(r.nextInt(s.items().size()));
                    default ->
                        s = s.answer(answerParts(s.current().question(), r)).next();
                }
            }
            return s.summary();
        }
    }

    // ---- (c) case and white space ----

    @Test
    void acceptedShortAnswers_stayAcceptedUnderCaseAndWhiteSpaceChanges() {
        List<ShortQuestion> shorts = BUNDLED.stream()
                .filter(ShortQuestion.class::isInstance)
                .map(ShortQuestion.class::cast)
                .toList();
        assertThat(shorts).hasSizeGreaterThanOrEqualTo(4);
        for (ShortQuestion q : shorts) {
            for (String answer : q.answers()) {
                assertThat(GRADER.grade(q, Presentation.asWritten(q), answer).verdict())
                        .as(answer)
                        .isEqualTo(Verdict.CORRECT);
                ForAll.check(
                        answer.hashCode(),
                        200,
                        r -> respace(recase(answer, r), r),
                        typed -> assertThat(GRADER.grade(q, Presentation.asWritten(q), typed)
                                        .verdict())
                                .as("%s for %s", typed, answer)
                                .isEqualTo(Verdict.CORRECT));
            }
        }
    }

    private static String recase(String text, Random r) {
        StringBuilder out = new StringBuilder();
        text.codePoints()
                .forEach(cp -> out.appendCodePoint(
                        switch (r.nextInt(3)) {
                            case 0 -> Character.toUpperCase(cp);
                            case 1 -> Character.toLowerCase(cp);
                            default -> cp;
                        }));
        return out.toString();
    }

    private static final String[] SPACES = {" ", "  ", "\t", "\n", " \u00a0", "\u3000", "\u2009 ", "   \t "};

    /** Words split where the text has white space, joined by random runs of it, with some at either end. */
    private static String respace(String text, Random r) {
        List<String> words = PythonText.split(text);
        StringBuilder out = new StringBuilder(r.nextBoolean() ? SPACES[r.nextInt(SPACES.length)] : "");
        for (int i = 0; i < words.size(); i++) {
            out.append(i == 0 ? "" : r.nextInt(3) == 0 ? " " : SPACES[r.nextInt(SPACES.length)])
                    .append(words.get(i));
        }
        return out.append(r.nextBoolean() ? SPACES[r.nextInt(SPACES.length)] : "")
                .toString();
    }

    // ---- (d) SQuAD symmetry ----

    @Test
    void squadAcceptance_isSymmetric_andIsTheOfficialExactMatch() {
        ForAll.check(1111L, 3000, GradingPropertiesTest::similarPair, pair -> {
            String a = pair.get(0);
            String b = pair.get(1);
            boolean expected = TokenF1.exactMatch(a, b);
            assertThat(TokenF1.exactMatch(b, a)).isEqualTo(expected);
            assertThat(squadAccepts(List.of(a), b))
                    .as("%s accepted for %s", b, a)
                    .isEqualTo(expected);
            assertThat(squadAccepts(List.of(b), a))
                    .as("%s accepted for %s", a, b)
                    .isEqualTo(expected);
            assertThat(squadAccepts(List.of("zzz unrelated", a), b)).isEqualTo(expected);
        });
    }

    private static boolean squadAccepts(List<String> answers, String typed) {
        ShortQuestion q = new ShortQuestion(
                header("squad"),
                answers,
                Optional.empty(),
                new TextMatching(MatchPolicy.SQUAD, false, 1.0),
                TextCredit.ALL_OR_NOTHING,
                List.of());
        Grade g = GRADER.grade(q, Presentation.asWritten(q), typed);
        assertThat(g.verdict()).isIn(Verdict.CORRECT, Verdict.WRONG);
        assertThat(g.rule()).isIn(Rule.SQUAD, Rule.NO_MATCH);
        return g.verdict() == Verdict.CORRECT;
    }

    private static final List<String> WORDS = List.of(
            "the",
            "a",
            "an",
            "The",
            "AN",
            "Denver",
            "broncos",
            "Kremlin’s",
            "Kremlin's",
            "U.S.",
            "1,000",
            "3.5",
            "Erdoğan",
            "ΣΟΦΟΣ",
            "σοφος",
            "straße",
            "STRASSE",
            "İstanbul",
            "istanbul",
            "ﬁne",
            "fine",
            "x",
            "—",
            "–",
            "-",
            "(",
            ")",
            "!",
            "«",
            "»",
            "Ⅻ",
            "ǅ",
            "DŽ",
            "ǆ",
            "_",
            "1½");

    /** Two texts, often a variant of one another (case, punctuation, articles, spacing), not blank. */
    private static List<String> similarPair(Random r) {
        String a;
        do {
            a = r.nextInt(4) == 0
                    ? RandomText.arbitrary(r, 12)
                    : IntStream.range(0, 1 + r.nextInt(4))
                            .mapToObj(i -> WORDS.get(r.nextInt(WORDS.size())))
                            .collect(Collectors.joining(" "));
        } while (a.isBlank());
        String b = switch (r.nextInt(5)) {
            case 0 -> WORDS.get(r.nextInt(WORDS.size())) + " " + WORDS.get(r.nextInt(WORDS.size()));
            case 1 -> recase(a, r);
            case 2 -> respace(a, r);
            case 3 -> (r.nextBoolean() ? "the " : "") + a + (r.nextBoolean() ? "." : "!?");
            default -> a.replace("'", "").replace(".", "").replace("The", "An");
        };
        return List.of(a, b.isBlank() ? "x" : b);
    }

    // ---- (e) the expected answer, typed back, is right ----

    @Test
    void everyExpectedAnswer_asDisplayed_gradesCorrect() {
        for (Question q : BUNDLED) {
            Grade blank = GRADER.grade(q, Presentation.asWritten(q), "");
            ForAll.check(q.id().hashCode(), 20, r -> randomPresentation(q, r), shown -> {
                for (String answer : expectedAnswers(q, blank.expected(), shown)) {
                    Grade g = GRADER.grade(q, shown, answer);
                    assertThat(g.verdict())
                            .as("%s answered %s: %s", q.id(), answer, g)
                            .isEqualTo(Verdict.CORRECT);
                    assertThat(g.earned()).isEqualTo(q.points());
                }
            });
        }
    }

    /**
     * Questions the bundled sets do not have but teachers may write: items and choices that are numbers or
     * letters, numbers with units, signs and tolerance, texts of punctuation, articles and symbols. (Texts that
     * hold the list separator ';', or a match's left side that holds '=', cannot be typed back as one line; see
     * the report of the engine tests.)
     */
    static final QuestionSet EDGE_CASES = Quiz.set("""
            title: Edge cases
            article: 000_d9e472c27e1e5fdd.txt
            questions:
              - {id: m-letters, type: match, prompt: p, pairs: {Alpha: B, Beta: A}, evidence: {paragraph: 1}}
              - {id: m-numbers, type: match, prompt: p, pairs: {Palm Sunday: 35, Wednesday: 3, Ceasefire: 30},
                 evidence: {paragraph: 4}}
              - {id: m-swapped, type: match, prompt: p, pairs: {x: 2, y: 1}, evidence: {paragraph: 1}}
              - {id: m-same, type: match, prompt: p, pairs: {a: b, b: a, c: c}, evidence: {paragraph: 1}}
              - {id: m-arrows, type: match, prompt: p, pairs: {"Fomin (defence)": "the army → war", Galuzin: "-"},
                 evidence: {paragraph: 9}}
              - {id: c-letters, type: choice, prompt: p, choices: [b, a, c], answer: a, evidence: {paragraph: 1}}
              - {id: c-bracket, type: choice, prompt: p, choices: ["b)", a], answer: "b)", evidence: {paragraph: 1}}
              - {id: c-digits, type: choice, prompt: p, choices: ["35", "3", "30"], answer: "3",
                 evidence: {paragraph: 4}}
              - {id: mu-letters, type: multi, prompt: p, choices: [b, a, c], answers: [a, c], evidence: {paragraph: 1}}
              - {id: mu-comma, type: multi, prompt: p, choices: ["Fomin, Galuzin", Lavrov, Ushakov],
                 answers: ["Fomin, Galuzin"], evidence: {paragraph: 9}}
              - {id: mu-all, type: multi, prompt: p, choices: [one, two], answers: [one, two], scoring: all-or-nothing,
                 evidence: {paragraph: 1}}
              - {id: o-letters, type: order, prompt: p, items: [b, a, c], evidence: {paragraph: 1}}
              - {id: o-digits, type: order, prompt: p, items: ["2019", "2022", "1"], scoring: all-or-nothing,
                 evidence: {paragraph: 1}}
              - {id: n-tolerance, type: number, prompt: p, answer: 30, tolerance: 1, unit: days,
                 evidence: {paragraph: 1}}
              - {id: n-negative, type: number, prompt: p, answer: -2.50, evidence: {paragraph: 1}}
              - {id: n-percent, type: number, prompt: p, answer: 1000000, unit: "%", evidence: {paragraph: 1}}
              - {id: n-comma, type: number, prompt: p, answers: ["0,5", 12345678901234], tolerance: 10%,
                 evidence: {paragraph: 1}}
              - {id: n-speed, type: number, prompt: p, answer: 5, unit: km/h, evidence: {paragraph: 1}}
              - {id: s-article, type: short, prompt: p, answer: the, evidence: {paragraph: 1}}
              - {id: s-dots, type: short, prompt: p, answer: "...", evidence: {paragraph: 1}}
              - {id: s-exact, type: short, prompt: p, answer: C++, match: exact, case: sensitive,
                 evidence: {paragraph: 1}}
              - {id: s-squad, type: short, prompt: p, answers: [a, "Kremlin’s"], match: squad, credit: f1,
                 evidence: {paragraph: 1}}
              - {id: s-lenient, type: short, prompt: p, answer: Erdoğan, match: lenient, typo-credit: 0.5,
                 evidence: {paragraph: 15}}
              - {id: s-pattern, type: short, prompt: p, answer: "30 days", pattern: "thirty|30( days)?",
                 evidence: {paragraph: 1}}
              - {id: cz-dots, type: cloze, text: "x [[...]] y", evidence: {paragraph: 1}}
              - {id: cz-exact, type: cloze, text: "x [[C++]] y [[C#|c sharp]]", match: exact,
                 evidence: {paragraph: 1}}
              - {id: cz-numbers, type: cloze, text: "[[35]] died, then [[3]]", match: lenient,
                 evidence: {paragraph: 4}}
              - {id: tf, type: true-false, prompt: p, answer: false, penalty: 1, evidence: {paragraph: 1}}
              - {id: e-accept, type: evidence, prompt: p, answer: "20.2", accept: ["20.1"], near: 0}
            """);

    @Test
    void everyExpectedAnswer_ofEdgeCaseQuestions_gradesCorrect() {
        for (Question q : EDGE_CASES.questions()) {
            Grade blank = GRADER.grade(q, Presentation.asWritten(q), "");
            ForAll.check(q.id().hashCode(), 20, r -> randomPresentation(q, r), shown -> {
                for (String answer : expectedAnswers(q, blank.expected(), shown)) {
                    Grade g = GRADER.grade(q, shown, answer);
                    assertThat(g.verdict())
                            .as("%s answered %s: %s", q.id(), answer, g)
                            .isEqualTo(Verdict.CORRECT);
                }
            });
        }
    }

    @Test
    void edgeCaseQuestions_keepTheirBoundsToo() {
        List<Question> edge = EDGE_CASES.questions().stream()
                .flatMap(GradingPropertiesTest::variants)
                .toList();
        ForAll.check(
                31337L,
                3000,
                r -> {
                    Question q = edge.get(r.nextInt(edge.size()));
                    return new Attempt(q, randomPresentation(q, r), answerParts(q, r));
                },
                GradingPropertiesTest::checkBoundsAndVerdict);
    }

    /**
     * The ways of giving back what the grade shows as expected, as a learner would type them. Letters (and a
     * match's numbers) are left out where a choice's text is itself a letter (or a number): the text wins then.
     */
    private static List<String> expectedAnswers(Question q, String expected, Presentation shown) {
        List<String> answers = new ArrayList<>();
        if (q instanceof ChoiceQuestion c) {
            answers.add(expected);
            if (noneLike(c.choices(), "\\(?[a-zA-Z][).]?")) {
                answers.add(AnswerText.letterOf(shown.position(c.answer())));
                answers.add(
                        "(" + AnswerText.letterOf(shown.position(c.answer())).toUpperCase(Locale.ROOT) + ")");
            }
        } else if (q instanceof MultiQuestion m) {
            answers.add(expected);
            if (noneLike(m.choices(), "\\(?[a-zA-Z][).]?")) {
                for (String separator : List.of(", ", " ", "; ")) {
                    answers.add(m.answers().stream()
                            .map(i -> AnswerText.letterOf(shown.position(i)))
                            .collect(Collectors.joining(separator)));
                }
            }
        } else if (q instanceof OrderQuestion o) {
            assertThat(expected).isEqualTo(String.join(" → ", o.items()));
            answers.add(String.join("; ", o.items()));
            answers.add(String.join("\n", o.items()));
        } else if (q instanceof MatchQuestion m) {
            answers.add(expected);
            answers.add(
                    m.pairs().stream().map(p -> p.left() + " → " + p.right()).collect(Collectors.joining("\n")));
            if (noneLike(m.pairs().stream().map(MatchQuestion.Pair::right).toList(), "\\d{1,3}")) {
                answers.add(IntStream.range(0, m.pairs().size())
                        .mapToObj(i -> m.pairs().get(i).left() + " -> " + (shown.position(i) + 1))
                        .collect(Collectors.joining("; ")));
                if (noneLike(m.pairs().stream().map(MatchQuestion.Pair::left).toList(), "\\(?[a-zA-Z][).]?")) {
                    answers.add(IntStream.range(0, m.pairs().size())
                            .mapToObj(i -> AnswerText.letterOf(i) + " = " + (shown.position(i) + 1))
                            .collect(Collectors.joining("; ")));
                }
            }
        } else if (q instanceof ClozeQuestion c) {
            assertThat(expected)
                    .isEqualTo(c.blanks().stream().map(b -> b.answers().get(0)).collect(Collectors.joining("; ")));
            answers.add(expected);
        } else if (q instanceof EvidenceQuestion e) {
            assertThat(expected).isEqualTo(e.answer().toString());
            answers.add(expected);
        } else if (q instanceof NumberQuestion n) {
            answers.add(expected.replaceFirst(" \\(± .*\\)$", ""));
            answers.add(n.answers().get(0).toPlainString());
        } else {
            answers.add(expected);
        }
        return answers;
    }

    private static boolean noneLike(List<String> texts, String regex) {
        return texts.stream().noneMatch(t -> t.strip().matches(regex));
    }

    // ---- generators and variants ----

    static Presentation randomPresentation(Question q, Random r) {
        return r.nextInt(4) == 0 ? Presentation.asWritten(q) : Presentation.shuffled(q, r);
    }

    /** An answer of one part or several, drawn from what learners type right, nearly right and wrong. */
    static List<String> answerParts(Question q, Random r) {
        int parts = r.nextInt(8) == 0 ? r.nextInt(5) : 1;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.max(parts, 1); i++) {
            out.add(answerText(q, r));
        }
        return parts == 0 ? List.of() : out;
    }

    private static final String[] BLANKS = {"", " ", "\t\n", "\u00a0", "\u3000 ", "\u2028", "\u0085"};

    static String answerText(Question q, Random r) {
        List<String> known = knownTexts(q);
        return switch (r.nextInt(12)) {
            case 0 -> RandomText.arbitrary(r, 40);
            case 1 -> BLANKS[r.nextInt(BLANKS.length)];
            case 2 -> RandomText.from(r, "abcdefgABC ,;()).-=>→123\u00a0", 14);
            case 3 -> known.get(r.nextInt(known.size()));
            case 4 -> mangle(known.get(r.nextInt(known.size())), r);
            case 5 ->
                IntStream.range(0, 1 + r.nextInt(6))
                        .mapToObj(i -> known.get(r.nextInt(known.size())))
                        .collect(Collectors.joining(r.nextBoolean() ? "; " : "\n"));
            case 6 ->
                IntStream.range(0, 1 + r.nextInt(6))
                        .mapToObj(i -> AnswerText.letterOf(r.nextInt(7)) + " = " + r.nextInt(8))
                        .collect(Collectors.joining("; "));
            case 7 -> RandomText.from(r, "0123456789.,- ", 10) + (r.nextBoolean() ? "" : " people");
            case 8 -> r.nextInt(40) + "." + r.nextInt(8);
            case 9 ->
                List.of(
                                "true",
                                "F",
                                "yes",
                                "no",
                                "thirty-five",
                                "minus two",
                                "1.5 million",
                                "3,5",
                                "½",
                                "١٢",
                                "NaN",
                                "Infinity",
                                "1e400",
                                "9".repeat(400),
                                "0.1.2",
                                "--3")
                        .get(r.nextInt(16));
            case 10 ->
                IntStream.range(0, 1 + r.nextInt(5))
                        .mapToObj(i -> AnswerText.letterOf(r.nextInt(6)))
                        .collect(Collectors.joining(r.nextBoolean() ? ", " : " "));
            default -> RandomText.from(r, "aeiou rstln", 20);
        };
    }

    private static String mangle(String text, Random r) {
        if (text.isEmpty()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text);
        for (int k = 1 + r.nextInt(2); k > 0 && sb.length() > 0; k--) {
            int at = r.nextInt(sb.length());
            switch (r.nextInt(4)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, (char) ('a' + r.nextInt(26)));
                case 2 -> sb.setCharAt(at, (char) ('a' + r.nextInt(26)));
                default -> {
                    if (at + 1 < sb.length()) {
                        char c = sb.charAt(at);
                        sb.setCharAt(at, sb.charAt(at + 1));
                        sb.setCharAt(at + 1, c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** Texts that mean something to the question: its answers, choices, items, pairs. */
    private static List<String> knownTexts(Question q) {
        List<String> texts = new ArrayList<>();
        if (q instanceof ChoiceQuestion c) {
            texts.addAll(c.choices());
        } else if (q instanceof MultiQuestion m) {
            texts.addAll(m.choices());
        } else if (q instanceof ShortQuestion s) {
            texts.addAll(s.answers());
            s.wrong().forEach(w -> texts.add(w.text()));
        } else if (q instanceof NumberQuestion n) {
            n.answers().forEach(a -> texts.add(a.toPlainString()));
            n.wrong().forEach(w -> texts.add(w.text()));
        } else if (q instanceof ClozeQuestion c) {
            c.blanks().forEach(b -> texts.addAll(b.answers()));
        } else if (q instanceof OrderQuestion o) {
            texts.addAll(o.items());
        } else if (q instanceof MatchQuestion m) {
            m.pairs().forEach(p -> texts.add(p.left() + " = " + p.right()));
            m.pairs().forEach(p -> texts.add(p.right()));
        } else if (q instanceof EvidenceQuestion e) {
            texts.add(e.answer().toString());
            e.accept().forEach(a -> texts.add(a.toString()));
            texts.add(String.valueOf(e.answer().paragraph()));
        }
        texts.addAll(List.of("true", "false"));
        return texts;
    }

    private static double penalty(Question q) {
        if (q instanceof ChoiceQuestion c) {
            return c.penalty();
        }
        if (q instanceof MultiQuestion m) {
            return m.penalty();
        }
        return q instanceof TrueFalseQuestion t ? t.penalty() : 0;
    }

    /** The question as written, and as it would be under every other matching, credit, scoring and penalty. */
    static Stream<Question> variants(Question q) {
        List<Question> all = new ArrayList<>(List.of(q));
        if (q instanceof ShortQuestion s) {
            for (TextMatching m : MATCHINGS) {
                for (TextCredit c : TextCredit.values()) {
                    all.add(new ShortQuestion(s.header(), s.answers(), s.pattern(), m, c, s.wrong()));
                }
            }
        } else if (q instanceof ClozeQuestion c) {
            MATCHINGS.forEach(m -> all.add(new ClozeQuestion(c.header(), c.segments(), c.blanks(), m)));
        } else if (q instanceof ChoiceQuestion c) {
            for (double p : new double[] {0.25, 1}) {
                all.add(new ChoiceQuestion(c.header(), c.choices(), c.answer(), c.feedback(), p));
            }
        } else if (q instanceof MultiQuestion m) {
            for (MultiScoring s : MultiScoring.values()) {
                for (double p : new double[] {0, 0.5, 1}) {
                    all.add(new MultiQuestion(m.header(), m.choices(), m.answers(), m.feedback(), s, p));
                }
            }
        } else if (q instanceof TrueFalseQuestion t) {
            all.add(new TrueFalseQuestion(t.header(), t.answer(), t.feedbackIfTrue(), t.feedbackIfFalse(), 1));
        } else if (q instanceof OrderQuestion o) {
            for (OrderScoring s : OrderScoring.values()) {
                all.add(new OrderQuestion(o.header(), o.items(), s));
            }
        } else if (q instanceof EvidenceQuestion e) {
            for (double near : new double[] {0, 1}) {
                all.add(new EvidenceQuestion(e.header(), e.answer(), e.accept(), near));
            }
        }
        return all.stream();
    }

    private static String describe(Question q) {
        if (q instanceof ShortQuestion s) {
            return "short " + s.matching() + " " + s.credit();
        }
        if (q instanceof ClozeQuestion c) {
            return "cloze " + c.matching();
        }
        if (q instanceof MultiQuestion m) {
            return "multi " + m.scoring() + " penalty " + m.penalty();
        }
        return q.typeName() + (penalty(q) > 0 ? " penalty " + penalty(q) : "");
    }

    private static QuestionHeader header(String id) {
        return new QuestionHeader(id, "P", List.of(), Optional.empty(), Optional.empty(), 1);
    }
}
