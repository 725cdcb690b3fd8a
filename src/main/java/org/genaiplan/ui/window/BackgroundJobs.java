package org.genaiplan.ui.window;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import org.genaiplan.ui.BackgroundTask;
import org.genaiplan.ui.DocumentException;
import org.genaiplan.ui.FailureLog;
import org.genaiplan.ui.TaskExecutor;

/**
 * The long work of the window as the status bar shows it: what runs, how far it has got, whether it may be
 * stopped, and whether the window waits for it. Work goes to the {@link TaskExecutor}; a failure becomes one
 * sentence for the user, with the whole failure in the log.
 */
public final class BackgroundJobs {
    private final TaskExecutor executor;
    private final FailureLog failures;
    private final StringProperty message;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper blocking = new ReadOnlyBooleanWrapper(this, "blocking");
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper(this, "busyText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", -1);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private volatile boolean cancelRequested;
    private int running;

    public BackgroundJobs(TaskExecutor executor, FailureLog failures, StringProperty message) {
        this.executor = Objects.requireNonNull(executor);
        this.failures = Objects.requireNonNull(failures);
        this.message = Objects.requireNonNull(message);
    }

    /**
     * Runs work in the background. {@code done} gets its result on the UI thread; {@code failed} gets one
     * sentence for the user. A cancelled task only says so in the status bar.
     *
     * @param blocking whether the window waits (opening or importing; saving and exporting work from a snapshot)
     */
    public <T> void run(String title, boolean blocking, boolean cancellable, BackgroundTask.Work<T> work,
                        Consumer<T> done, Consumer<String> failed) {
        running++;
        busy.set(true);
        this.blocking.set(this.blocking.get() || blocking);
        busyText.set(title);
        progress.set(-1);
        cancelRequested = false;
        this.cancellable.set(cancellable);
        executor.execute(new BackgroundTask<>(title, blocking, cancellable, work, result -> {
            finish();
            done.accept(result);
        }, error -> {
            finish();
            if (error instanceof CancellationException) {
                message.set("Cancelled: " + title.replace("\u2026", ""));
            } else {
                failed.accept(describe(title, error));
            }
        }), progress::set, () -> cancelRequested);
    }

    /** Closes or cleans something up in the background; nothing waits for it. */
    public void cleanUp(String what, TaskExecutor.ThrowingRunnable work) {
        executor.cleanUp(what, work);
    }

    /** Asks the cancellable task under way (an export) to stop. */
    public void cancel() {
        if (cancellable.get()) {
            cancelRequested = true;
            busyText.set("Cancelling\u2026");
        }
    }

    private void finish() {
        running = Math.max(0, running - 1);
        if (running == 0) {
            busy.set(false);
            blocking.set(false);
            busyText.set("");
            progress.set(-1);
            cancellable.set(false);
            cancelRequested = false;
        }
    }

    /**
     * One sentence for the user, never a stack trace or a class name: the message of a refusal the app
     * worded itself, or else a sentence pointing at the log, where the whole failure is recorded.
     */
    public String describe(String what, Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof DocumentException && e.getMessage() != null && !e.getMessage().isBlank()) {
                return e.getMessage();
            }
        }
        failures.record(what, error);
        return what.replace("\u2026", "") + " stopped because of an unexpected problem; the plan on disk was not changed."
                + (failures.file() == null ? "" : " The details are in " + failures.file() + ".");
    }

    /** True while any work runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** True while work runs that the window waits for (opening, importing): edits and other files wait. */
    public ReadOnlyBooleanProperty blockingProperty() {
        return blocking.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    /** How far the work has got, 0 to 1, or -1 when it cannot say. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }
}
