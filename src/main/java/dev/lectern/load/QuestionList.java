package dev.lectern.load;

import dev.lectern.model.Question;
import dev.lectern.model.Quoted;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads the entries of {@code questions:}, each with {@link QuestionReader}, and reports ids used twice. A large
 * set's questions are read on several threads, in chunks, each chunk with problems of its own that are then
 * reported in question order: the problems, the cap, the questions and their order are those of one thread.
 * (Reading the questions was half of checking the SQuAD set, 10,570 questions, while the second core stood idle.)
 */
final class QuestionList {
    /**
     * How to share out the reading: on {@code threads} threads in all, in chunks of {@code chunk} questions, once a
     * set has {@code from} questions (a thread costs more than reading a small set).
     */
    record Plan(int threads, int chunk, int from) {
        Plan {
            if (threads < 1 || chunk < 1 || from < 0) {
                throw new IllegalArgumentException("threads and chunk must be positive, from not negative");
            }
        }

        /** One thread per core, for sets of 512 questions on; a chunk is a few milliseconds of reading. */
        static Plan forMachine() {
            return new Plan(Runtime.getRuntime().availableProcessors(), 64, 512);
        }
    }

    /** A chunk's questions and problems, or what it threw, to be reported in order. */
    private record Chunk(
            List<Optional<Question>> questions, Problems problems, List<Integer> ends, Throwable failure) {}

    private final LoadContext ctx;
    private final Plan plan;

    QuestionList(LoadContext ctx, Plan plan) {
        this.ctx = ctx;
        this.plan = plan;
    }

    /** The questions read from {@code items}, their problems reported to the context's {@link Problems}. */
    List<Question> read(List<Node> items) {
        int chunks = (items.size() + plan.chunk() - 1) / plan.chunk();
        if (plan.threads() < 2 || items.size() < plan.from() || chunks < 2) {
            return inOrder(items);
        }
        List<CompletableFuture<Chunk>> done = new ArrayList<>();
        for (int c = 0; c < chunks; c++) {
            done.add(new CompletableFuture<>());
        }
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {
                done.get(c).complete(chunk(items, c));
            }
        };
        for (int t = 1; t < Math.min(plan.threads(), chunks); t++) {
            Thread thread = new Thread(work, "lectern-questions-" + t);
            thread.setDaemon(true);
            thread.start();
        }
        work.run();
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        Problems problems = ctx.problems();
        for (int c = 0; c < chunks; c++) {
            Chunk chunk = done.get(c).join();
            int first = c * plan.chunk();
            for (int i = 0; i < chunk.questions().size(); i++) {
                problems.replay(
                        chunk.problems(),
                        i == 0 ? 0 : chunk.ends().get(i - 1),
                        chunk.ends().get(i));
                chunk.questions().get(i).ifPresent(questions::add);
                duplicateId(items.get(first + i), idLines);
            }
            rethrow(chunk.failure());
        }
        return questions;
    }

    private List<Question> inOrder(List<Node> items) {
        List<Question> questions = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        QuestionReader reader = new QuestionReader(ctx);
        int number = 0;
        for (Node item : items) {
            number++;
            reader.read(item, number).ifPresent(questions::add);
            duplicateId(item, idLines);
        }
        return questions;
    }

    /** Chunk {@code c} read with problems of its own; what it throws is kept, to be thrown where it would have been. */
    private Chunk chunk(List<Node> items, int c) {
        Problems problems = ctx.problems().part();
        QuestionReader reader = new QuestionReader(ctx.reportingTo(problems));
        int first = c * plan.chunk();
        int end = Math.min(items.size(), first + plan.chunk());
        List<Optional<Question>> questions = new ArrayList<>(end - first);
        List<Integer> ends = new ArrayList<>(end - first);
        try {
            for (int i = first; i < end; i++) {
                questions.add(reader.read(items.get(i), i + 1));
                ends.add(problems.size());
            }
            return new Chunk(questions, problems, ends, null);
        } catch (RuntimeException | Error e) {
            // The questions before the one that threw are reported first, as on one thread.
            return new Chunk(questions, problems, ends, e);
        }
    }

    private static void rethrow(Throwable failure) {
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    private void duplicateId(Node item, Map<String, Integer> idLines) {
        YamlMap.peekText(item, "id").ifPresent(id -> {
            Integer first = idLines.putIfAbsent(id.text(), id.pos().line());
            if (first != null) {
                ctx.problems()
                        .error(
                                id.pos(),
                                "duplicate question id " + Quoted.of(id.text()) + " (first used on line " + first
                                        + "); ids must be unique in a set");
            }
        });
    }
}
