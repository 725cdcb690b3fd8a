package org.genaiplan.ui.lessons;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.lessons.Lesson;
import org.genaiplan.model.lessons.LessonAction;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.command.SetLessonsCommand;

/**
 * The lessons-learned log's model: the lessons as rows, the counts of what to repeat and what to change, the plan's
 * phases to link a lesson to, and every edit (add, change one field, delete) as one undoable command.
 */
public final class LessonsViewModel {
    /** The fields of a lesson a cell edits. */
    public enum Field { DATE, PHASE, WHAT_HAPPENED, IMPACT, ACTION, RECOMMENDATION, OWNER }

    private final CommandRunner runner;
    private final Supplier<LocalDate> today;
    private final ObservableList<LessonRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");

    public LessonsViewModel(PlanEditor editor, StringProperty message, Supplier<LocalDate> today) {
        this.runner = new CommandRunner(editor, message);
        this.today = today;
        editor.addChangeListener(change -> refresh());
        refresh();
    }

    public ObservableList<LessonRow> rows() {
        return rows;
    }

    /** "3 lessons · 1 to repeat · 2 to change". */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The phases of the plan's tasks, in WBS order, for the phase choice. */
    public List<String> phases() {
        Set<String> out = new LinkedHashSet<>();
        Plan plan = runner.plan();
        if (plan != null) {
            for (Task t : plan.tasksInOrder()) {
                if (t.phase() != null && !t.phase().isBlank()) {
                    out.add(t.phase());
                }
            }
        }
        return List.copyOf(out);
    }

    /** Records a lesson dated today in {@code phase} as one undoable step; returns its id, or -1 if refused. */
    public long add(String whatHappened, String phase) {
        Plan plan = runner.plan();
        if (plan == null) {
            return -1;
        }
        long id = plan.lessons().nextId();
        String why = runner.run(new SetLessonsCommand("Add lesson", log -> log.with(
                new Lesson(id, today.get(), phase, whatHappened, "", LessonAction.CHANGE, "", ""))));
        return why == null ? id : -1;
    }

    /** Sets one field of a lesson from the typed text as one undoable step; null when done, else why not. */
    public String set(long id, Field field, String text) {
        Plan plan = runner.plan();
        Lesson old = plan == null ? null : plan.lessons().lesson(id);
        if (old == null) {
            return runner.refuse("That lesson is no longer in the log.");
        }
        String t = text == null ? "" : text.strip();
        UnaryOperator<Lesson> edit;
        switch (field) {
            case DATE -> {
                LocalDate day;
                try {
                    day = t.isEmpty() ? null : LocalDate.parse(t);
                } catch (DateTimeParseException e) {
                    return runner.refuse("\"" + t + "\" is not a date; type it as YYYY-MM-DD, for example "
                            + today.get() + ".");
                }
                edit = l -> l.withDate(day);
            }
            case PHASE -> edit = l -> l.withPhase(t);
            case WHAT_HAPPENED -> edit = l -> l.withWhatHappened(t);
            case IMPACT -> edit = l -> l.withImpact(t);
            case ACTION -> {
                LessonAction action = LessonAction.parse(t);
                if (action == null) {
                    return runner.refuse("A lesson is either to repeat or to change, not \"" + t + "\".");
                }
                edit = l -> l.withAction(action);
            }
            case RECOMMENDATION -> edit = l -> l.withRecommendation(t);
            case OWNER -> edit = l -> l.withOwner(t);
            default -> throw new IllegalArgumentException(field.name());
        }
        Lesson changed;
        try {
            changed = edit.apply(old);
        } catch (org.genaiplan.model.ValidationException e) {
            return runner.refuse(e.getMessage());
        }
        if (changed.equals(old)) {
            return null;
        }
        return runner.run(new SetLessonsCommand("Edit lesson " + id, log -> log.with(changed)));
    }

    public String delete(long id) {
        if (runner.plan() == null || runner.plan().lessons().lesson(id) == null) {
            return runner.refuse("Choose a lesson first.");
        }
        return runner.run(new SetLessonsCommand("Delete lesson " + id, log -> log.without(id)));
    }

    void refresh() {
        Plan plan = runner.plan();
        List<LessonRow> out = new ArrayList<>();
        int repeat = 0;
        int change = 0;
        if (plan != null) {
            for (Lesson l : plan.lessons().lessons()) {
                out.add(new LessonRow(l.id(), l.date() == null ? "" : l.date().toString(), l.phase(), l.whatHappened(),
                        l.impact(), l.action().label(), l.recommendation(), l.owner()));
                if (l.action() == LessonAction.REPEAT) {
                    repeat++;
                } else {
                    change++;
                }
            }
        }
        rows.setAll(out);
        counts.set(out.size() + (out.size() == 1 ? " lesson" : " lessons") + " \u00b7 " + repeat + " to repeat \u00b7 "
                + change + " to change");
    }

    /** Puts a sentence in the status bar. */
    public void tell(String news) {
        runner.tell(news);
    }

    public boolean undo() {
        return runner.undo();
    }

    public boolean redo() {
        return runner.redo();
    }
}
