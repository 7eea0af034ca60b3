package dev.lectern.batch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sheets read on one thread, graded on a pool, and handed back in input order: the reader cuts the input into
 * chunks (one sheet at first, doubling to {@value #MAX_SHEETS} sheets or about {@value #MAX_ANSWERS} answers, so
 * a small input or a slow pipe shows its first results at once), hands each to the pool and queues it; {@link
 * #next} takes the queue in order and waits for each chunk's grades. From a reader that {@linkplain SplitSheets
 * splits} (JSON Lines) the reading thread only cuts out each sheet's text, and the pool parses it. The queue holds
 * at most a few chunks per grading thread, so memory stays flat for any class size; a reader that runs ahead waits.
 */
final class Pipeline implements AutoCloseable {
    static final int MAX_SHEETS = 64;
    static final int MAX_ANSWERS = 1024;
    private static final Chunk END = new Chunk();
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final SheetReader sheets;
    private final SheetGrader grader;
    private final ExecutorService pool;
    private final BlockingQueue<Chunk> queue;
    private final Thread reader;
    private boolean ended;

    Pipeline(SheetReader sheets, SheetGrader grader, int threads) {
        this.sheets = sheets;
        this.grader = grader;
        int run = RUNS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newFixedThreadPool(
                threads, task -> daemon(task, "lectern-grade-" + run + "-" + n.incrementAndGet()));
        this.queue = new ArrayBlockingQueue<>(2 * threads + 2);
        this.reader = daemon(this::read, "lectern-read-" + run);
        reader.start();
    }

    private static Thread daemon(Runnable task, String name) {
        Thread t = new Thread(task, name);
        t.setDaemon(true);
        return t;
    }

    /** Sheets read in a row, graded together on one thread of the pool. */
    static final class Chunk {
        private final List<SheetRead> reads = new ArrayList<>();
        /** The sheets' texts, for a reader that splits: parsed into {@link #reads} on the grading thread. */
        private final List<SplitSheets.Text> texts = new ArrayList<>();

        private GradedSheet[] graded;
        private boolean[] knownIds;
        private Future<?> grading;
        /** What reading stopped on after this chunk's sheets: rethrown once they are taken. */
        private Throwable failure;

        int size() {
            return reads.size();
        }

        SheetRead read(int i) {
            return reads.get(i);
        }

        /** The grades of sheet {@code i}; null for a malformed sheet. */
        GradedSheet graded(int i) {
            return graded[i];
        }

        /** Whether every answer of sheet {@code i} is to a question of the set: worked out here, off the run's thread. */
        boolean knownIds(int i) {
            return knownIds[i];
        }

        /**
         * Rethrows what reading stopped on after this chunk's sheets, if anything: to be called once they are
         * taken, so they come first, as on one thread.
         */
        void rethrowFailure() throws IOException {
            if (failure != null) {
                throw rethrow(failure);
            }
        }

        private void grade(SheetGrader grader, SheetReader sheets) {
            for (SplitSheets.Text text : texts) {
                try {
                    reads.add(((SplitSheets) sheets).parse(text));
                } catch (RuntimeException | Error e) {
                    // As on one thread: the sheets before it are taken, then the run stops on it.
                    failure = e;
                    break;
                }
            }
            graded = new GradedSheet[reads.size()];
            knownIds = new boolean[reads.size()];
            for (int i = 0; i < graded.length; i++) {
                SheetRead read = reads.get(i);
                if (!read.malformed()) {
                    graded[i] = grader.grade(read.sheet());
                    knownIds[i] = grader.knowsEveryId(read.sheet());
                }
            }
        }
    }

    private void read() {
        int answersPerSheet = Math.max(1, grader.set().questions().size());
        int limit = 1;
        SplitSheets split = sheets instanceof SplitSheets s ? s : null;
        try {
            while (true) {
                Chunk chunk = new Chunk();
                boolean last = false;
                try {
                    if (split != null) {
                        while (chunk.texts.size() < limit) {
                            SplitSheets.Text text = split.nextText();
                            if (text == null) {
                                last = true;
                                break;
                            }
                            chunk.texts.add(text);
                        }
                    } else {
                        while (chunk.reads.size() < limit) {
                            SheetRead read = sheets.next();
                            if (read == null) {
                                last = true;
                                break;
                            }
                            chunk.reads.add(read);
                        }
                    }
                } catch (IOException | RuntimeException | Error e) {
                    chunk.failure = e;
                    last = true;
                }
                if (!chunk.reads.isEmpty() || !chunk.texts.isEmpty() || chunk.failure != null) {
                    chunk.grading = pool.submit(() -> chunk.grade(grader, sheets));
                    queue.put(chunk);
                }
                if (last) {
                    queue.put(END);
                    return;
                }
                limit = Math.min(Math.min(2 * limit, MAX_SHEETS), Math.max(1, MAX_ANSWERS / answersPerSheet));
            }
        } catch (InterruptedException e) {
            // Closed early: whoever took the chunks has stopped.
        }
    }

    /** The next chunk in input order, graded; null at the end. Rethrows what reading or grading failed on. */
    Chunk next() throws IOException {
        if (ended) {
            return null;
        }
        try {
            Chunk chunk = queue.take();
            if (chunk == END) {
                ended = true;
                return null;
            }
            chunk.grading.get();
            return chunk;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while grading");
        } catch (ExecutionException e) {
            throw rethrow(e.getCause());
        }
    }

    private static RuntimeException rethrow(Throwable cause) throws IOException {
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException r) {
            throw r;
        }
        if (cause instanceof Error e) {
            throw e;
        }
        throw new UncheckedIOException(new IOException(cause));
    }

    @Override
    public void close() {
        reader.interrupt();
        pool.shutdownNow();
        queue.clear();
    }
}
