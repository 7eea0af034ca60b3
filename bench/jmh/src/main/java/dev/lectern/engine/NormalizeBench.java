package dev.lectern.engine;

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
 * Normalising one typed answer: the compiled engine's one-pass forms ({@link FastText}, in this package because
 * it is package-private) beside the reference {@link TextNormalizer} they must agree with.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NormalizeBench {
    /** Plain ASCII, typographic quotes and dashes (the fast path), and accented text (the full Unicode path). */
    @Param({"  The Culture Minister ", "Kremlin’s “special” envoy — Medinsky", "Zelensky's trip to Ankara, Türkiye"})
    public String answer;

    @Benchmark
    public String fastNormalize() {
        return FastText.normalize(answer, false);
    }

    @Benchmark
    public String fastSquad() {
        return FastText.squad(answer);
    }

    @Benchmark
    public String referenceNormalize() {
        return TextNormalizer.normalize(answer, false);
    }
}
