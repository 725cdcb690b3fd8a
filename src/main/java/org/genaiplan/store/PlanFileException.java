package org.genaiplan.store;

import java.nio.file.Path;

/**
 * A plan file or working store could not be opened, saved or recovered. The message is one sentence
 * that names the file and says why, fit to show the user as it is.
 */
public class PlanFileException extends Exception {

    public PlanFileException(String message) {
        super(message);
    }

    public PlanFileException(String message, Throwable cause) {
        super(message, cause);
    }

    /** The name a message uses for a file: its last path element. */
    public static String nameOf(Path file) {
        if (file == null) {
            return "The untitled plan";
        }
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }
}
