package org.genaiplan.ui.command;

import java.util.function.UnaryOperator;
import org.genaiplan.model.Plan;
import org.genaiplan.model.lessons.LessonLog;

/** Changes the lessons-learned log (a lesson added, edited or deleted); undo puts the old log back. */
public final class SetLessonsCommand extends PlanValueCommand<LessonLog> {
    public SetLessonsCommand(String label, UnaryOperator<LessonLog> change) {
        super(label, change);
    }

    @Override
    LessonLog get(Plan plan) {
        return plan.lessons();
    }

    @Override
    void set(Plan plan, LessonLog value) {
        plan.setLessons(value);
    }
}
