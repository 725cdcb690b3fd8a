package org.genaiplan.export;

/**
 * Hears how far a long export or import has got, and can ask it to stop. Plain Java, so that a JavaFX
 * {@code Task} can forward {@link #progress} to {@code updateProgress}/{@code updateMessage} and answer
 * {@link #cancelled()} with its own {@code isCancelled()}. Called on the working thread.
 */
public interface ProgressListener {
    /** A listener that ignores progress and never cancels. */
    ProgressListener NONE = (done, total, step) -> { };

    /** {@code done} of {@code total} units finished; {@code step} says what is being written, such as "WBS". */
    void progress(long done, long total, String step);

    /** True to stop the work; the exporter then throws {@link java.util.concurrent.CancellationException}. */
    default boolean cancelled() {
        return false;
    }
}
