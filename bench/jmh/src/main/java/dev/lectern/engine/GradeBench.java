package dev.lectern.engine;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Grading one answer of each of the nine kinds, with the compiled key made once (as {@code --batch} does): a
 * question of bundled set 01 per kind, answered as {@code SheetGenerator} answers it second (a partly right answer
 * or another right form, which takes more of the key than the first right one).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class GradeBench {
    /** Kind → question id of set 01 and the answer graded. */
    private static final Map<String, String[]> QUESTIONS = Map.of(
            "choice", new String[] {"delegation-lead", "Vladimir Medinsky"},
            "multi", new String[] {"delegation-members", "a, b"},
            "match", new String[] {"delegation-roles", "a = 1; b = 2; c = 4; d = 3"},
            "short", new String[] {"medinsky-former-post", "minister of culture"},
            "true-false", new String[] {"senior-diplomats-absent", "no"},
            "cloze", new String[] {"revive-2022-terms", "Medinsky; 2021; army; Western"},
            "order", new String[] {"road-to-istanbul", "b; a; c; d; e"},
            "number", new String[] {"ceasefire-length", "30 days"},
            "evidence", new String[] {"maximalist-demands", "10.1"});

    @Param({"choice", "multi", "match", "short", "true-false", "cloze", "order", "number", "evidence"})
    public String kind;

    /** The set graded; run from the project's folder (bench/jmh.sh does). */
    @Param({"questions/01-istanbul-talks.yaml"})
    public String set;

    private Grader grader;
    private Question question;
    private Presentation shown;
    private String answer;

    @Setup
    public void setUp() {
        Path file = Path.of(set);
        LoadResult loaded = new QuestionSetLoader(ArticleLibrary.forProject(Path.of(""))).load(file, set);
        QuestionSet questions = loaded.set().orElseThrow(() -> new IllegalStateException(set + ": "
                + loaded.problems()));
        String[] chosen = QUESTIONS.get(kind);
        question = questions.questions().stream().filter(q -> q.header().id().equals(chosen[0])).findFirst()
                .orElseThrow(() -> new IllegalStateException("no question " + chosen[0] + " in " + set));
        answer = chosen[1];
        shown = Presentation.asWritten(question);
        grader = new Grader(questions.article());
        grader.key(question);
    }

    @Benchmark
    public Grade grade() {
        return grader.grade(question, shown, answer);
    }
}
