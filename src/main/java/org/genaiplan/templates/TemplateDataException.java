package org.genaiplan.templates;

/**
 * A template data file is missing or malformed. The message names the file and the problem in one
 * sentence, for example {@code llm-chatbot.json: task "eval.run" waits for "eval.plan", which is not a task of this file.}
 */
public class TemplateDataException extends RuntimeException {
    public TemplateDataException(String message) {
        super(message);
    }

    public TemplateDataException(String message, Throwable cause) {
        super(message, cause);
    }
}
