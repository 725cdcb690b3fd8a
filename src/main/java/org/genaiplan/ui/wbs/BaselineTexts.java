package org.genaiplan.ui.wbs;

import java.time.LocalDateTime;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.WorkingCalendar;
import org.genaiplan.model.tracking.Baseline;
import org.genaiplan.model.tracking.BaselineTask;
import org.genaiplan.schedule.WorkTime;
import org.genaiplan.ui.TaskFormats;

/**
 * The WBS sheet's baseline columns, as MS Project's Tracking table has them: the compared baseline's start and
 * finish of a task and its finish variance (today's finish less the baseline's, in working time; positive is
 * late). Empty while the plan has no baseline, and for a task the baseline does not know.
 */
final class BaselineTexts {
    private final TaskFormats formats;
    private Baseline cachedFor;
    private Map<Long, BaselineTask> tasks = Map.of();
    private WorkingCalendar timeCalendar;
    private java.time.LocalDate timeStart;
    private WorkTime time;

    BaselineTexts(TaskFormats formats) {
        this.formats = formats;
    }

    String text(Plan plan, Task task, WbsColumn column) {
        BaselineTask b = baselineOf(plan, task);
        if (b == null) {
            return "";
        }
        return switch (column) {
            case BASELINE_START -> date(b.start());
            case BASELINE_FINISH -> date(b.finish());
            case FINISH_VARIANCE -> variance(plan, b.finish(), task.finish());
            default -> throw new IllegalArgumentException(column + " is not a baseline column");
        };
    }

    private BaselineTask baselineOf(Plan plan, Task task) {
        Baseline baseline = plan.tracking().comparedBaseline();
        if (baseline == null) {
            return null;
        }
        if (baseline != cachedFor) {
            tasks = baseline.taskMap();
            cachedFor = baseline;
        }
        return tasks.get(task.id());
    }

    private String variance(Plan plan, LocalDateTime baseline, LocalDateTime now) {
        if (baseline == null || now == null) {
            return "";
        }
        if (time == null || timeCalendar != plan.calendar() || !plan.startDate().equals(timeStart)) {
            timeCalendar = plan.calendar();
            timeStart = plan.startDate();
            time = new WorkTime(timeCalendar, timeStart);
        }
        long minutes = time.between(baseline, now);
        String text = formats.formatDuration(plan, minutes);
        return minutes > 0 ? "+" + text : text;
    }

    private static String date(LocalDateTime value) {
        return value == null ? "" : RowTexts.DATE.format(value);
    }
}
