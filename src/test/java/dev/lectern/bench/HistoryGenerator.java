package dev.lectern.bench;

import dev.lectern.load.ArticleLibrary;
import dev.lectern.load.QuestionSetLoader;
import dev.lectern.model.Question;
import dev.lectern.model.QuestionSet;
import dev.lectern.store.Attempt;
import dev.lectern.store.Attempts;
import dev.lectern.store.ContentHash;
import dev.lectern.store.History;
import dev.lectern.store.HistoryFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;

/**
 * A long, deterministic history for the start-screen benchmark: ANSWERS recorded answers in sessions of whole
 * sets (every question once, about seven in ten right), spread over the days before today, through the store's
 * own {@link History#recordAll} (so the review schedule moves as the text UI's answers would move it). The sets
 * are the ones under the project's {@code questions/}, named as {@code ./lectern} names them, plus copies under
 * other names, so the history holds twenty sets of which the start screen lists two.
 * <pre>java -cp … dev.lectern.bench.HistoryGenerator DATA_DIR ANSWERS SEED</pre>
 */
public final class HistoryGenerator {
    private static final int SETS = 20;
    private static final int DAYS = 365;

    private HistoryGenerator() {}

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: HistoryGenerator DATA_DIR ANSWERS SEED");
            System.exit(2);
        }
        Path data = Path.of(args[0]);
        int answers = Integer.parseInt(args[1]);
        SplittableRandom random = new SplittableRandom(Long.parseLong(args[2]));
        List<Named> sets = sets();
        Files.createDirectories(data);
        Path file = data.resolve(HistoryFile.NAME);
        Files.deleteIfExists(file);
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now(zone);
        int sessions = 0;
        int written = 0;
        long start = System.nanoTime();
        for (int day = DAYS; day >= 1 && written < answers; day--) {
            Clock clock =
                    Clock.fixed(today.minusDays(day).atTime(18, 0).atZone(zone).toInstant(), zone);
            try (History h = History.open(file, clock)) {
                h.commitWithoutWaitingForTheDisk();
                // Spread evenly: what is left over the days that are left.
                int quota = (answers - written + day - 1) / day;
                for (int n = 0; n < quota && written < answers; ) {
                    Named s = sets.get(random.nextInt(sets.size()));
                    List<Attempt> session = session(s, "bench-" + sessions++, random, answers - written);
                    h.recordAll(session);
                    written += session.size();
                    n += session.size();
                }
            }
        }
        System.out.printf(
                "recorded %,d answers in %,d sessions of %d sets over %d days in %s (%.1f s)%n",
                written, sessions, sets.size(), DAYS, file, (System.nanoTime() - start) / 1e9);
    }

    private record Named(String name, Path file, QuestionSet set, List<String> hashes) {}

    /** The bundled sets as {@code ./lectern} names them, then copies under other names up to {@link #SETS}. */
    private static List<Named> sets() {
        Path root = Path.of("").toAbsolutePath();
        QuestionSetLoader loader = new QuestionSetLoader(ArticleLibrary.forProject(root));
        List<Named> bundled = new ArrayList<>();
        for (String name : List.of("questions/01-istanbul-talks.yaml", "questions/02-who-said-what.yaml")) {
            QuestionSet set = loader.load(root.resolve(name), name).set().orElseThrow();
            bundled.add(new Named(
                    name,
                    root.resolve(name),
                    set,
                    set.questions().stream().map(ContentHash::of).toList()));
        }
        List<Named> all = new ArrayList<>(bundled);
        for (int i = all.size(); i < SETS; i++) {
            Named like = bundled.get(i % bundled.size());
            String name = "old-sets/set-" + i + ".yaml";
            all.add(new Named(name, root.resolve(name), like.set(), like.hashes()));
        }
        return all;
    }

    private static List<Attempt> session(Named s, String id, SplittableRandom random, int room) {
        List<Question> questions = s.set().questions();
        double possible = questions.stream().mapToDouble(Question::points).sum();
        List<Attempt> rows = new ArrayList<>();
        for (int i = 0; i < questions.size() && rows.size() < room; i++) {
            Question q = questions.get(i);
            boolean right = random.nextInt(10) < 7;
            rows.add(Attempts.of(
                    s.name(),
                    s.set().title(),
                    q.id(),
                    s.hashes().get(i),
                    right ? "right" : "wrong",
                    right ? "CORRECT" : "WRONG",
                    right ? q.points() : 0,
                    q.points(),
                    4000 + random.nextInt(20000),
                    id,
                    "practice",
                    false,
                    Optional.of(s.file()),
                    OptionalDouble.of(possible)));
        }
        return rows;
    }
}
