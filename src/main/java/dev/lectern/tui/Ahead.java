package dev.lectern.tui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A value worked out on a background thread while start-up goes on, so that waiting (for a process) and one-off
 * set-up (locale data) overlap with loading instead of delaying the first screen. {@link #get} waits for it.
 */
public final class Ahead<T> {
    private final FutureTask<T> task;

    private Ahead(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    /** Starts {@code work} on a daemon thread called {@code name}. */
    public static <T> Ahead<T> start(String name, Callable<T> work) {
        Ahead<T> ahead = new Ahead<>(work);
        Thread thread = new Thread(ahead.task, name);
        thread.setDaemon(true);
        thread.start();
        return ahead;
    }

    /** The value, once worked out; what the work threw, unchecked, is thrown again. */
    public T get() {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting up", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
