package org.genaiplan.ui;

import java.nio.file.Path;

/**
 * Port: where unexpected failures are written in full (the app's log file), so the window can show the user
 * one sentence and point at the details.
 */
public interface FailureLog {

    /** Records a failure with what the app was doing, and its whole trace. */
    void record(String doing, Throwable error);

    /** The log file the user can send with a report, or null when there is none. */
    Path file();

    /** A log that keeps nothing (for tests and tools). */
    FailureLog NONE = new FailureLog() {
        @Override
        public void record(String doing, Throwable error) {
            System.getLogger("org.genaiplan").log(System.Logger.Level.DEBUG, doing, error);
        }

        @Override
        public Path file() {
            return null;
        }
    };
}
