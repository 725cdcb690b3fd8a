package org.genaiplan.ui;

import org.genaiplan.ui.window.FxTaskExecutor;

/**
 * Port: where long work runs (opening, recovering a plan a crash left behind, saving, exporting,
 * importing, writing a picture of the chart, closing a working store). The app runs it on one background
 * thread ({@link FxTaskExecutor}); tests run it on the calling thread, so a test reads the result right
 * after the call. (The scan for plans a crash left behind runs earlier, before the toolkit starts, on a
 * thread of its own: see {@code StartAhead}.)
 */
public interface TaskExecutor {

    /** The progress of what runs now: 0 to 1, or -1 when it cannot say. */
    interface Progress {
        void update(double fraction);
    }

    /**
     * Runs the task's work; its {@code onSuccess} or {@code onFailure} runs on the UI thread afterwards.
     *
     * @param progress hears the work's progress, on the UI thread
     * @param cancel   tells the work whether the user asked to stop
     */
    <T> void execute(BackgroundTask<T> task, Progress progress, java.util.function.BooleanSupplier cancel);

    /** Runs a piece of cleanup in the background (closing a working store); failures go to the log. */
    void cleanUp(String what, ThrowingRunnable work);

    /** Work that may throw. */
    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
