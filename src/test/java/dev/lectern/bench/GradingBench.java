package dev.lectern.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.lectern.engine.Grade;
import dev.lectern.engine.Grader;
import dev.lectern.engine.Presentation;
import dev.lectern.engine.TokenF1;
import dev.lectern.engine.Verdict;
import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.ChoiceQuestion;
import dev.lectern.model.ClozeQuestion;
import dev.lectern.model.MatchPolicy;
import dev.lectern.model.MatchQuestion;
import dev.lectern.model.MultiQuestion;
import dev.lectern.model.NumberQuestion;
import dev.lectern.model.OrderQuestion;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.model.ShortQuestion;
import dev.lectern.model.TextCredit;
import dev.lectern.model.TextMatching;
import dev.lectern.testing.SquadSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Prints how fast answers are graded: the SQuAD v1.1 dev set as one 10,570-question set under the normalized,
 * lenient and squad (with F1 credit) policies, each question answered with its own second accepted answer, a
 * paraphrase with a typo, another question's answer and a blank; then random answers to the bundled sets. Also
 * prints the official evaluate-v1.1.py scores of each question's second accepted answer, and checks the engine's
 * squad grading against them. Run by {@code bench/grading.sh}; figures, not assertions. Deterministic: every
 * random choice comes from a fixed seed.
 *
 * <p>Arguments: the dev set's path (default {@code ../shared/data/squad-v1.1/dev-v1.1.json}) and the folder to
 * write its YAML in (default {@code bench/out/squad}).
 */
public final class GradingBench {
    private static final long SEED = 20261125L;
    private static final double MIN_SECONDS = 2.0;

    private GradingBench() {}

    /** One answer to grade, shown as written. */
    private record Attempt(Question question, Presentation shown, String answer) {}

    public static void main(String[] args) throws Exception {
        Path devSet = args.length > 0 ? Path.of(args[0]) : SquadSet.DEV_SET;
        Path out = Path.of(args.length > 1 ? args[1] : "bench/out/squad");
        System.out.printf(
                "Java %s, %d processors; each figure: one warm-up pass, then passes for at least %.0f s%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), MIN_SECONDS);
        if (Files.isRegularFile(devSet)) {
            squad(devSet, out);
        } else {
            System.out.println(
                    "SQuAD v1.1 dev set not found at " + devSet.toAbsolutePath().normalize()
                            + "; skipping the SQuAD part (give the path of dev-v1.1.json as the first argument)");
        }
        bundled();
    }

    private static void squad(Path devSet, Path out) throws Exception {
        long start = System.nanoTime();
        SquadSet.Written w = SquadSet.write(devSet, out);
        LoadResult r = new QuestionSetLoader(new ArticleLibrary(List.of()))
                .load(w.yaml(), w.yaml().toString());
        QuestionSet set = r.set()
                .orElseThrow(() -> new IllegalStateException(r.problems().get(0).toString()));
        System.out.printf(
                "SQuAD v1.1 dev set: %,d questions on %,d paragraphs, written and loaded in %.1f s%n",
                set.questions().size(), w.paragraphs(), (System.nanoTime() - start) / 1e9);
        List<ShortQuestion> questions =
                set.questions().stream().map(ShortQuestion.class::cast).toList();
        Grader grader = new Grader(set.article());
        List<List<String>> answers = answerMix(questions);
        System.out.println("Answers to each question: its second accepted answer (first when only one), a"
                + " paraphrase with a typo, another question's answer, a blank ("
                + String.format(Locale.ROOT, "%,d", 4L * questions.size()) + " a pass)");
        header("policy");
        Map<String, List<Attempt>> policies = new java.util.LinkedHashMap<>();
        policies.put(
                "normalized",
                attempts(
                        questions,
                        answers,
                        new TextMatching(MatchPolicy.NORMALIZED, false, 1),
                        TextCredit.ALL_OR_NOTHING));
        policies.put(
                "lenient",
                attempts(
                        questions,
                        answers,
                        new TextMatching(MatchPolicy.LENIENT, false, 1),
                        TextCredit.ALL_OR_NOTHING));
        policies.put(
                "squad, credit f1",
                attempts(questions, answers, new TextMatching(MatchPolicy.SQUAD, false, 1), TextCredit.F1));
        for (Map.Entry<String, List<Attempt>> p : policies.entrySet()) {
            time(p.getKey(), grader, p.getValue());
        }
        officialScores(questions, grader, policies.get("squad, credit f1"));
        humanProtocol(devSet);
    }

    /** For each question: its second accepted answer, a typo'd paraphrase, another question's answer, a blank. */
    private static List<List<String>> answerMix(List<ShortQuestion> questions) {
        Random random = new Random(SEED);
        List<List<String>> mix = new ArrayList<>();
        for (ShortQuestion q : questions) {
            String other =
                    questions.get(random.nextInt(questions.size())).answers().get(0);
            mix.add(List.of(secondOrFirst(q), paraphraseWithTypo(q.answers().get(0), random), other, ""));
        }
        return mix;
    }

    private static String secondOrFirst(ShortQuestion q) {
        return q.answers().get(q.answers().size() > 1 ? 1 : 0);
    }

    /** Said another way (case changed, an article added or dropped) with one slip in its longest word. */
    private static String paraphraseWithTypo(String answer, Random random) {
        String[] words = answer.split(" ");
        int longest = 0;
        for (int i = 1; i < words.length; i++) {
            longest = words[i].length() > words[longest].length() ? i : longest;
        }
        String word = words[longest];
        if (word.length() >= 2) {
            int at = random.nextInt(word.length() - 1);
            words[longest] = switch (random.nextInt(3)) {
                case 0 -> word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
                case 1 -> word.substring(0, at) + word.substring(at + 1);
                default -> word.substring(0, at + 1) + (char) ('a' + random.nextInt(26)) + word.substring(at + 1);
            };
        }
        String text = String.join(" ", words);
        text = random.nextBoolean() ? text.toLowerCase(Locale.ROOT) : text;
        return text.toLowerCase(Locale.ROOT).startsWith("the ") ? text.substring(4) : "the " + text;
    }

    private static List<Attempt> attempts(
            List<ShortQuestion> questions, List<List<String>> answers, TextMatching matching, TextCredit credit) {
        List<Attempt> all = new ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            ShortQuestion q = questions.get(i);
            ShortQuestion asked = new ShortQuestion(q.header(), q.answers(), q.pattern(), matching, credit, q.wrong());
            Presentation shown = Presentation.asWritten(asked);
            answers.get(i).forEach(a -> all.add(new Attempt(asked, shown, a)));
        }
        return all;
    }

    private static void header(String what) {
        System.out.printf(
                "%-26s %12s %12s %7s %8s %8s %8s %10s %8s%n",
                what, "answers/s", "best pass/s", "passes", "correct", "partial", "wrong", "unanswered", "points");
    }

    /**
     * One warm-up pass, then whole passes until at least {@link #MIN_SECONDS} have gone by: answers per second
     * over them all, and in the fastest pass (less disturbed by other work on a shared machine).
     */
    private static void time(String what, Grader grader, List<Attempt> attempts) {
        Map<Verdict, Integer> verdicts = pass(grader, attempts, new double[1]);
        double[] earned = new double[1];
        int passes = 0;
        long fastest = Long.MAX_VALUE;
        long start = System.nanoTime();
        long elapsed;
        do {
            earned[0] = 0;
            long passStart = System.nanoTime();
            verdicts = pass(grader, attempts, earned);
            fastest = Math.min(fastest, System.nanoTime() - passStart);
            passes++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < MIN_SECONDS * 1e9);
        double perSecond = (double) passes * attempts.size() / (elapsed / 1e9);
        double best = attempts.size() / (fastest / 1e9);
        System.out.printf(
                Locale.ROOT,
                "%-26s %,12.0f %,12.0f %7d %8d %8d %8d %10d %8.1f%n",
                what,
                perSecond,
                best,
                passes,
                verdicts.get(Verdict.CORRECT),
                verdicts.get(Verdict.PARTIAL),
                verdicts.get(Verdict.WRONG),
                verdicts.get(Verdict.UNANSWERED),
                earned[0]);
    }

    private static Map<Verdict, Integer> pass(Grader grader, List<Attempt> attempts, double[] earned) {
        Map<Verdict, Integer> verdicts = new EnumMap<>(Verdict.class);
        for (Verdict v : Verdict.values()) {
            verdicts.put(v, 0);
        }
        for (Attempt a : attempts) {
            Grade g = grader.grade(a.question(), a.shown(), a.answer());
            verdicts.merge(g.verdict(), 1, Integer::sum);
            earned[0] += g.earned();
        }
        return verdicts;
    }

    /**
     * evaluate-v1.1.py on each question's second accepted answer (first when only one) against all its answers:
     * {@code metric_max_over_ground_truths} of {@code exact_match_score} and {@code f1_score}, averaged, times
     * 100. Then the same answers graded by the engine's squad policy with F1 credit, which should agree.
     */
    private static void officialScores(List<ShortQuestion> questions, Grader grader, List<Attempt> squadAttempts) {
        double exact = 0;
        double f1 = 0;
        double engine = 0;
        int disagreements = 0;
        for (int i = 0; i < questions.size(); i++) {
            String prediction = secondOrFirst(questions.get(i));
            double bestExact = 0;
            double bestF1 = 0;
            for (String truth : questions.get(i).answers()) {
                bestExact = Math.max(bestExact, TokenF1.exactMatch(prediction, truth) ? 1 : 0);
                bestF1 = Math.max(bestF1, TokenF1.f1(prediction, truth));
            }
            exact += bestExact;
            f1 += bestF1;
            Attempt a = squadAttempts.get(4 * i);
            double credit = grader.grade(a.question(), a.shown(), a.answer()).fraction();
            engine += credit;
            disagreements += Math.abs(credit - Math.max(bestExact, bestF1)) > 1e-12 ? 1 : 0;
        }
        int n = questions.size();
        System.out.printf(
                Locale.ROOT,
                "evaluate-v1.1.py, second accepted answer (first when only one) against all"
                        + " its answers: {\"exact_match\": %.4f, \"f1\": %.4f}%n",
                100 * exact / n,
                100 * f1 / n);
        System.out.printf(
                Locale.ROOT,
                "  engine (squad, credit f1) on the same answers: %.4f%% of the points;"
                        + " %d of %,d questions differ from max(EM, F1)%n",
                100 * engine / n,
                disagreements,
                n);
    }

    /**
     * The SQuAD paper's human-performance protocol, for comparison with its published dev figures (80.3 EM,
     * 90.5 F1): each question's second answer as written in the JSON (duplicates kept) against the others.
     */
    private static void humanProtocol(Path devSet) throws Exception {
        JsonNode root = new ObjectMapper().readTree(devSet.toFile());
        double exact = 0;
        double f1 = 0;
        int total = 0;
        for (JsonNode doc : root.get("data")) {
            for (JsonNode p : doc.get("paragraphs")) {
                for (JsonNode qa : p.get("qas")) {
                    List<String> texts = new ArrayList<>();
                    qa.get("answers").forEach(a -> texts.add(a.get("text").asText()));
                    if (texts.size() < 2) {
                        continue;
                    }
                    String prediction = texts.remove(1);
                    exact += texts.stream().anyMatch(t -> TokenF1.exactMatch(prediction, t)) ? 1 : 0;
                    f1 += texts.stream()
                            .mapToDouble(t -> TokenF1.f1(prediction, t))
                            .max()
                            .orElse(0);
                    total++;
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "  for comparison, the paper's human protocol (second raw answer against the"
                        + " others, %,d questions): {\"exact_match\": %.4f, \"f1\": %.4f}; published dev: 80.3, 90.5%n",
                total,
                100 * exact / total,
                100 * f1 / total);
    }

    /** Random answers (right, slipped, picked, arranged, nonsense, blank) to every question of questions/. */
    private static void bundled() throws Exception {
        QuestionSetLoader loader = new QuestionSetLoader(ArticleLibrary.forProject(Path.of("")));
        List<QuestionSet> sets = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("questions"))) {
            for (Path f :
                    files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                LoadResult r = loader.load(f, f.toString());
                sets.add(r.set().orElseThrow(() -> new IllegalStateException(f + ": " + r.problems())));
            }
        }
        Random random = new Random(SEED);
        List<Attempt> attempts = new ArrayList<>();
        List<Question> questions =
                sets.stream().flatMap(s -> s.questions().stream()).toList();
        for (int i = 0; i < 20_000; i++) {
            Question q = questions.get(random.nextInt(questions.size()));
            attempts.add(new Attempt(q, Presentation.shuffled(q, random), randomAnswer(q, random)));
        }
        System.out.printf(
                "Bundled sets in questions/: %d questions in %d sets, %,d random answers a pass%n",
                questions.size(), sets.size(), attempts.size());
        header("answers");
        time("bundled, shuffled", new Grader(sets.get(0).article()), attempts);
    }

    private static String randomAnswer(Question q, Random random) {
        List<String> known = knownTexts(q);
        String pick = known.get(random.nextInt(known.size()));
        return switch (random.nextInt(6)) {
            case 0 -> "";
            case 1 -> pick;
            case 2 -> pick.length() > 2 ? pick.substring(1) : pick + "x";
            case 3 -> String.join("; ", known.subList(0, 1 + random.nextInt(known.size())));
            case 4 -> String.valueOf((char) ('a' + random.nextInt(5)));
            default ->
                random.ints(1 + random.nextInt(20), 'a', 'z' + 1)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                        .toString();
        };
    }

    private static List<String> knownTexts(Question q) {
        List<String> texts = new ArrayList<>(List.of("true", "false", "20.2", "3"));
        if (q instanceof ChoiceQuestion c) {
            texts.addAll(c.choices());
        } else if (q instanceof MultiQuestion m) {
            texts.addAll(m.choices());
        } else if (q instanceof ShortQuestion s) {
            texts.addAll(s.answers());
        } else if (q instanceof NumberQuestion n) {
            n.answers().forEach(a -> texts.add(a.toPlainString()));
        } else if (q instanceof ClozeQuestion c) {
            c.blanks().forEach(b -> texts.addAll(b.answers()));
        } else if (q instanceof OrderQuestion o) {
            texts.addAll(o.items());
        } else if (q instanceof MatchQuestion m) {
            m.pairs().forEach(p -> texts.add(p.left() + " = " + p.right()));
        }
        return texts;
    }
}
