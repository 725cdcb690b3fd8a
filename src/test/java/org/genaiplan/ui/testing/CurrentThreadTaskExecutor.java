package org.genaiplan.ui.testing;

import java.util.function.BooleanSupplier;
import org.genaiplan.ui.BackgroundTask;
import org.genaiplan.ui.PlanExchange;
import org.genaiplan.ui.TaskExecutor;

/** Runs background work on the calling thread, so a test sees the result as soon as the call returns. */
public final class CurrentThreadTaskExecutor implements TaskExecutor {

    @Override
    public <T> void execute(BackgroundTask<T> task, Progress progress, BooleanSupplier cancel) {
        T result;
        try {
            result = task.work().call(new PlanExchange.Progress() {
                @Override
                public void update(long done, long total, String step) {
                    progress.update(total <= 0 ? -1 : done / (double) total);
                }

                @Override
                public boolean cancelled() {
                    return cancel.getAsBoolean();
                }
            });
        } catch (Exception e) {
            task.onFailure().accept(e);
            return;
        }
        task.onSuccess().accept(result);
    }

    @Override
    public void cleanUp(String what, ThrowingRunnable work) {
        try {
            work.run();
        } catch (Exception e) {
            throw new IllegalStateException(what + " failed", e);
        }
    }
}
