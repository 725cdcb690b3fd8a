package org.genaiplan.ui;

/** A document could not be opened, created or saved; the message is one sentence for the user. */
public class DocumentException extends Exception {
    public DocumentException(String message) {
        super(message);
    }

    public DocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
