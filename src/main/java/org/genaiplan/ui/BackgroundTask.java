package org.genaiplan.ui;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * One piece of long work for the {@link TaskExecutor}: what the status bar says while it runs, the work
 * itself (which must not touch the plan being edited: it gets a snapshot or makes a new plan), and what
 * happens on the UI thread when it has succeeded or failed.
 *
 * @param title       what the status bar shows while it runs ("Saving plan.genaiplan...")
 * @param blocking    whether the window waits for it (opening or importing replaces the plan shown; saving
 *                    and exporting work from a snapshot, so editing goes on meanwhile)
 * @param cancellable whether the status bar offers to stop it
 * @param work        the work, off the UI thread; it reports progress and may be asked to stop
 * @param onSuccess   on the UI thread, with the work's result
 * @param onFailure   on the UI thread, with what went wrong
 */
public record BackgroundTask<T>(String title, boolean blocking, boolean cancellable, Work<T> work,
                                Consumer<T> onSuccess, Consumer<Throwable> onFailure) {

    /** The work of a task. */
    @FunctionalInterface
    public interface Work<T> {
        T call(PlanExchange.Progress progress) throws Exception;
    }

    public BackgroundTask {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(onSuccess, "onSuccess");
        Objects.requireNonNull(onFailure, "onFailure");
    }
}
