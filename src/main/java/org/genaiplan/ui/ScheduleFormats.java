package org.genaiplan.ui;

import java.util.List;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.WorkingCalendar;
import org.genaiplan.schedule.DurationFormat;
import org.genaiplan.schedule.PredecessorFormat;

/**
 * The editor's {@link TaskFormats} over the scheduler's DurationFormat and PredecessorFormat (which also
 * refuses missing tasks and cycles). The formats of the current plan are kept, since the predecessor
 * format caches the IDs (row numbers) of the outline.
 */
public final class ScheduleFormats implements TaskFormats {
    private Plan plan;
    private WorkingCalendar calendar;
    private DurationFormat durations;
    private PredecessorFormat predecessors;

    private void use(Plan p) {
        if (p != plan || p.calendar() != calendar) {
            plan = p;
            calendar = p.calendar();
            durations = new DurationFormat(calendar);
            predecessors = new PredecessorFormat(p);
        }
    }

    @Override
    public long parseDuration(Plan p, String text) {
        use(p);
        return durations.parse(text);
    }

    @Override
    public String formatDuration(Plan p, long minutes) {
        use(p);
        return durations.format(minutes);
    }

    @Override
    public List<Dependency> parsePredecessors(Plan p, Task successor, String text) {
        use(p);
        return predecessors.parse(successor, text);
    }

    @Override
    public String formatPredecessors(Plan p, Task successor) {
        use(p);
        return predecessors.format(successor);
    }

    @Override
    public int idOf(Plan p, Task task) {
        use(p);
        return predecessors.ids().idOf(task);
    }
}
