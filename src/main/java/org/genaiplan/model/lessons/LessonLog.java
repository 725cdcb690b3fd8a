package org.genaiplan.model.lessons;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.genaiplan.model.ValidationException;

/** The plan's lessons-learned log, in the order they were recorded; one immutable value an edit replaces. */
public record LessonLog(List<Lesson> lessons) {
    public static final LessonLog EMPTY = new LessonLog(List.of());

    public LessonLog {
        lessons = lessons == null ? List.of() : List.copyOf(lessons);
        Set<Long> ids = new HashSet<>();
        for (Lesson l : lessons) {
            if (l == null) {
                throw new ValidationException("A lesson of the log is empty.");
            }
            if (!ids.add(l.id())) {
                throw new ValidationException("Two lessons have the id " + l.id() + ".");
            }
        }
    }

    public Lesson lesson(long id) {
        for (Lesson l : lessons) {
            if (l.id() == id) {
                return l;
            }
        }
        return null;
    }

    /** The id a new lesson gets: one more than the highest so far. */
    public long nextId() {
        long max = 0;
        for (Lesson l : lessons) {
            max = Math.max(max, l.id());
        }
        return max + 1;
    }

    /** This log with {@code lesson} in place of the one of the same id, or added at the end. */
    public LessonLog with(Lesson lesson) {
        List<Lesson> out = new ArrayList<>(lessons);
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).id() == lesson.id()) {
                out.set(i, lesson);
                return new LessonLog(out);
            }
        }
        out.add(lesson);
        return new LessonLog(out);
    }

    public LessonLog without(long id) {
        List<Lesson> out = new ArrayList<>(lessons);
        out.removeIf(l -> l.id() == id);
        return new LessonLog(out);
    }

    public int count(LessonAction action) {
        return (int) lessons.stream().filter(l -> l.action() == action).count();
    }

    public boolean hasNone() {
        return lessons.isEmpty();
    }
}
