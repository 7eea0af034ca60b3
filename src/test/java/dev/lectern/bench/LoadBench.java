package dev.lectern.bench;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.LoadResult;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.testing.SquadSet;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints how long loading takes: the bundled sets, and the SQuAD v1.1 dev set as one 10,570-question set.
 * Run by {@code bench/load.sh}; figures, not assertions.
 */
public final class LoadBench {
    private LoadBench() {}

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/out/squad");
        time("bundled questions/ (2 sets)", () -> {
            QuestionSetLoader loader = new QuestionSetLoader(ArticleLibrary.forProject(Path.of("")));
            try (var files = Files.list(Path.of("questions"))) {
                for (Path f : files.sorted().toList()) {
                    check(loader.load(f, f.toString()));
                }
            }
        });
        if (SquadSet.devSet().isEmpty()) {
            System.out.println("SQuAD dev set not found at " + SquadSet.DEV_SET + "; skipping the large set");
            return;
        }
        SquadSet.Written w = SquadSet.write(SquadSet.devSet().get(), out);
        System.out.printf(
                "SQuAD set: %d questions, %.1f MB of YAML; article: %d paragraphs, %.1f MB%n",
                w.questions(), Files.size(w.yaml()) / 1e6, w.paragraphs(), Files.size(w.article()) / 1e6);
        time(
                "SQuAD dev set as one set",
                () -> check(new QuestionSetLoader(new ArticleLibrary(List.of()))
                        .load(w.yaml(), w.yaml().toString())));
    }

    private interface Work {
        void run() throws Exception;
    }

    /** The first (cold) run, then the median of nine warm ones. */
    private static void time(String what, Work work) throws Exception {
        long start = System.nanoTime();
        work.run();
        double cold = (System.nanoTime() - start) / 1e6;
        double[] warm = new double[9];
        for (int i = 0; i < warm.length; i++) {
            long s = System.nanoTime();
            work.run();
            warm[i] = (System.nanoTime() - s) / 1e6;
        }
        java.util.Arrays.sort(warm);
        System.out.printf("%-32s cold %7.1f ms   warm median %7.1f ms%n", what, cold, warm[warm.length / 2]);
    }

    private static void check(LoadResult result) {
        if (result.hasErrors()) {
            throw new IllegalStateException(
                    result.file() + " has problems: " + result.problems().get(0));
        }
    }
}
