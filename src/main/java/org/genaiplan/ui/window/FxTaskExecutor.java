package org.genaiplan.ui.window;

import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import org.genaiplan.ui.BackgroundTask;
import org.genaiplan.ui.PlanExchange;
import org.genaiplan.ui.TaskExecutor;

/**
 * The app's {@link TaskExecutor}: work runs on one background thread, in the order given; results, failures
 * and progress come back on the JavaFX thread.
 */
public final class FxTaskExecutor implements TaskExecutor {
    private static final System.Logger LOG = System.getLogger(FxTaskExecutor.class.getName());
    private final ExecutorService thread;

    public FxTaskExecutor(ExecutorService thread) {
        this.thread = Objects.requireNonNull(thread);
    }

    @Override
    public <T> void execute(BackgroundTask<T> task, Progress progress, BooleanSupplier cancel) {
        thread.execute(() -> {
            T result;
            try {
                result = task.work().call(new PlanExchange.Progress() {
                    @Override
                    public void update(long done, long total, String step) {
                        double fraction = total <= 0 ? -1 : Math.min(1, done / (double) total);
                        Platform.runLater(() -> progress.update(fraction));
                    }

                    @Override
                    public boolean cancelled() {
                        return cancel.getAsBoolean();
                    }
                });
            } catch (Throwable e) {
                Platform.runLater(() -> task.onFailure().accept(e));
                return;
            }
            Platform.runLater(() -> task.onSuccess().accept(result));
        });
    }

    @Override
    public void cleanUp(String what, ThrowingRunnable work) {
        thread.execute(() -> {
            try {
                work.run();
            } catch (Exception | Error e) {
                LOG.log(System.Logger.Level.WARNING, what + " did not finish", e);
            }
        });
    }
}
