package org.genaiplan.export;

import java.util.concurrent.CancellationException;

/** Counts work units across the sheets of one export and tells the listener now and then. */
final class Progress {
    private final ProgressListener listener;
    private final long total;
    private long done;

    Progress(ProgressListener listener, long total) {
        this.listener = listener == null ? ProgressListener.NONE : listener;
        this.total = Math.max(1, total);
    }

    /** One unit done; reports and checks for cancellation every 512 units. */
    void step(String what) {
        done++;
        if ((done & 511) == 0) {
            report(what);
        }
    }

    void report(String what) {
        if (listener.cancelled()) {
            throw new CancellationException("The export was cancelled.");
        }
        listener.progress(Math.min(done, total), total, what);
    }

    void finish(String what) {
        done = total;
        listener.progress(total, total, what);
    }
}
