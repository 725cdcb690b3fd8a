package org.genaiplan.app;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value worked out once, on a background thread of its own that starts at once; {@link #get()} waits
 * for it. Start-up uses it to read data files while the window is being built.
 */
final class Preload<T> implements Supplier<T> {
    private final FutureTask<T> task;

    private Preload(Callable<T> work) {
        this.task = new FutureTask<>(work);
    }

    /** Starts {@code work} on a daemon thread named {@code name}. */
    static <T> Preload<T> start(String name, Callable<T> work) {
        Preload<T> preload = new Preload<>(work);
        Thread.ofPlatform().daemon().name(name).start(preload.task);
        return preload;
    }

    /** The value, once worked out; what the work threw, if it failed. */
    @Override
    public T get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the value is still needed: keep waiting, then restore the flag
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
