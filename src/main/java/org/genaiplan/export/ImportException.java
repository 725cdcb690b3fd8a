package org.genaiplan.export;

/** A file that cannot be imported at all (unreadable, no header row, no task names); the message says why. */
public final class ImportException extends Exception {
    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
