package dev.lectern.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/** Test helper: several writers at once, each on its own thread, released together; none may fail. */
final class AtOnce {
    /** What writer number {@code writer} (from 0) does. */
    @FunctionalInterface
    interface Writer {
        void run(int writer) throws Exception;
    }

    private AtOnce() {}

    static void run(int writers, Writer body) throws InterruptedException {
        CountDownLatch go = new CountDownLatch(1);
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread t = new Thread(() -> {
                try {
                    go.await();
                    body.run(writer);
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            threads.add(t);
            t.start();
        }
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
    }
}
