package dev.lectern.load;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Loading a question set, article included (a new loader each time, so the article is read again), warm: what
 * {@code check --watch} pays per save once the JVM is running. {@code -p set=bench/out/squad/squad-dev.yaml} loads
 * the SQuAD dev set as one set (written by bench/load.sh or bench/goals.sh).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoadSetBench {
    @Param({"questions/01-istanbul-talks.yaml", "questions/02-who-said-what.yaml"})
    public String set;

    @Benchmark
    public LoadResult load() {
        LoadResult result = new QuestionSetLoader(ArticleLibrary.forProject(Path.of(""))).load(Path.of(set), set);
        if (result.hasErrors()) {
            throw new IllegalStateException(set + ": " + result.problems());
        }
        return result;
    }
}
