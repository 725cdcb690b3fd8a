package org.genaiplan.model.lessons;

import java.time.LocalDate;
import org.genaiplan.model.ValidationException;

/**
 * An entry of the lessons-learned log: what happened, what it did to the project, what to repeat or change next
 * time, the phase it belongs to, the day it was recorded and who owns the follow-up. Only what happened is
 * required; the other texts may be empty while the lesson is being written.
 */
public record Lesson(long id, LocalDate date, String phase, String whatHappened, String impact, LessonAction action,
                     String recommendation, String owner) {
    /** The longest text a field takes, as for other long texts of a plan. */
    public static final int MAX_TEXT = 4000;

    public Lesson {
        if (id <= 0) {
            throw new ValidationException("A lesson id must be positive.");
        }
        whatHappened = text(whatHappened, "What happened");
        if (whatHappened.isEmpty()) {
            throw new ValidationException("A lesson needs a sentence on what happened.");
        }
        if (date != null && (date.getYear() < 1900 || date.getYear() > 9999)) {
            throw new ValidationException("A lesson's date must fall in the years 1900 to 9999.");
        }
        phase = text(phase, "The phase");
        impact = text(impact, "The impact");
        action = action == null ? LessonAction.CHANGE : action;
        recommendation = text(recommendation, "What to repeat or change");
        owner = text(owner, "The owner");
    }

    private static String text(String value, String what) {
        String t = value == null ? "" : value.strip();
        if (t.length() > MAX_TEXT) {
            throw new ValidationException(what + " of a lesson is longer than " + MAX_TEXT + " characters.");
        }
        return t;
    }

    public Lesson withWhatHappened(String text) {
        return new Lesson(id, date, phase, text, impact, action, recommendation, owner);
    }

    public Lesson withImpact(String text) {
        return new Lesson(id, date, phase, whatHappened, text, action, recommendation, owner);
    }

    public Lesson withAction(LessonAction newAction) {
        return new Lesson(id, date, phase, whatHappened, impact, newAction, recommendation, owner);
    }

    public Lesson withRecommendation(String text) {
        return new Lesson(id, date, phase, whatHappened, impact, action, text, owner);
    }

    public Lesson withPhase(String text) {
        return new Lesson(id, date, text, whatHappened, impact, action, recommendation, owner);
    }

    public Lesson withDate(LocalDate day) {
        return new Lesson(id, day, phase, whatHappened, impact, action, recommendation, owner);
    }

    public Lesson withOwner(String text) {
        return new Lesson(id, date, phase, whatHappened, impact, action, recommendation, text);
    }
}
