package org.genaiplan.interop;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.CalendarException;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.WorkingCalendar;
import org.genaiplan.model.cost.CostLine;
import org.mpxj.Duration;
import org.mpxj.LocalTimeRange;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectCalendarException;
import org.mpxj.ProjectCalendarHours;
import org.mpxj.ProjectFile;
import org.mpxj.ProjectProperties;
import org.mpxj.Rate;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * Writes a scheduled plan as MS Project XML (MSPDI) with MPXJ's writer: the calendar with its holidays, the
 * WBS with durations, milestones, links with lags, constraints, deadlines, progress, notes, the roles and
 * people as resources with their hourly rates, owners as assignments and the other cost lines as the task's
 * fixed cost. Applies what MS Project refuses: no {@code , [ ]} in resource names, calendar names of at most
 * 51 characters, no control characters. What has no place in the format is listed in {@link #notes()}.
 */
public final class MspdiExporter {
    static final int MAX_CALENDAR_NAME = 51;

    private final List<String> notes = new ArrayList<>();
    private int costLines;

    /** What the last export could not carry (risks, cost-line details...), as sentences. */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The formats the plan can be written in: MS Project XML, and through the same model Planner and PMXML. */
    public enum Target {
        MSPDI, PLANNER, PMXML
    }

    public void write(Plan plan, OutputStream out) throws IOException {
        write(plan, out, Target.MSPDI);
    }

    public void write(Plan plan, OutputStream out, Target target) throws IOException {
        try {
            ProjectFile project = toProject(plan);
            switch (target) {
                case MSPDI -> new MSPDIWriter().write(project, out);
                case PLANNER -> new org.mpxj.planner.PlannerWriter().write(project, out);
                case PMXML -> new org.mpxj.primavera.PrimaveraPMFileWriter().write(project, out);
            }
        } catch (LinkageError e) {
            throw new IOException("this installation lacks a part the " + target + " writer needs", e);
        }
    }

    /** The plan as MPXJ's model, as it will be written. */
    public ProjectFile toProject(Plan plan) {
        notes.clear();
        costLines = 0;
        ProjectFile project = new ProjectFile();
        WorkingCalendar calendar = plan.calendar();
        ProjectProperties p = project.getProjectProperties();
        p.setProjectTitle(clean(plan.name()));
        p.setName(clean(plan.name()));
        p.setStartDate(plan.startDate().atTime(calendar.dayStart()));
        p.setCurrencyCode(plan.currency());
        p.setMinutesPerDay(calendar.minutesPerDay());
        p.setMinutesPerWeek(calendar.minutesPerDay() * calendar.workingDays().size());
        p.setDaysPerMonth(20);
        p.setDefaultStartTime(calendar.dayStart());
        p.setDefaultEndTime(dayEnd(calendar));
        ProjectCalendar base = calendar(project, calendar, plan.name());
        project.setDefaultCalendar(base);
        Map<String, Resource> resources = resources(project, plan);
        Map<Long, org.mpxj.Task> written = new HashMap<>();
        for (Task root : plan.roots()) {
            add(project, null, root, plan, written, resources);
        }
        for (Dependency d : plan.dependencies()) {
            org.mpxj.Task pred = written.get(d.predecessorId());
            org.mpxj.Task succ = written.get(d.successorId());
            if (pred != null && succ != null) {
                succ.addPredecessor(new Relation.Builder().predecessorTask(pred).type(type(d))
                        .lag(Duration.getInstance(d.lagMinutes() / 60.0, TimeUnit.HOURS)));
            }
        }
        if (costLines > 0) {
            notes.add(costLines + " cost line" + (costLines == 1 ? " is" : "s are") + " written as their tasks' fixed"
                    + " costs: MS Project XML has no GenAI cost lines (compute, tokens, licences...).");
        }
        if (!plan.risks().isEmpty()) {
            notes.add(plan.risks().size() + " risks are not written: MS Project XML has no risk register.");
        }
        return project;
    }

    private static ProjectCalendar calendar(ProjectFile project, WorkingCalendar calendar, String planName) {
        ProjectCalendar base = project.addCalendar();
        String name = clean(planName + " calendar");
        base.setName(name.length() > MAX_CALENDAR_NAME ? name.substring(0, MAX_CALENDAR_NAME).strip() : name);
        for (DayOfWeek day : DayOfWeek.values()) {
            boolean working = calendar.workingDays().contains(day);
            base.setWorkingDay(day, working);
            ProjectCalendarHours hours = base.addCalendarHours(day);
            if (working) {
                hours.add(new LocalTimeRange(calendar.dayStart(), dayEnd(calendar)));
            }
        }
        for (CalendarException e : calendar.exceptions()) {
            ProjectCalendarException x = base.addCalendarException(e.first(), e.last());
            if (!e.name().isEmpty()) {
                x.setName(clean(e.name()));
            }
        }
        return base;
    }

    private static LocalTime dayEnd(WorkingCalendar calendar) {
        int end = calendar.dayStart().toSecondOfDay() / 60 + calendar.minutesPerDay();
        return end >= 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.of(end / 60, end % 60);
    }

    private Map<String, Resource> resources(ProjectFile project, Plan plan) {
        Map<String, Resource> out = new HashMap<>();
        for (Role role : plan.roles()) {
            out.put(role.name(), resource(project, role.name(), role.ratePerHour(), out));
        }
        for (Person person : plan.resources().people()) {
            BigDecimal rate = plan.resources().rateOf(person.name());
            out.put(person.name(), resource(project, person.name(), rate, out));
        }
        return out;
    }

    private Resource resource(ProjectFile project, String name, BigDecimal rate, Map<String, Resource> taken) {
        Resource r = project.addResource();
        String safe = resourceName(name);
        for (int i = 2; nameTaken(taken, safe); i++) {
            safe = resourceName(name) + " " + i;
        }
        if (!safe.equals(name)) {
            notes.add("The resource \"" + name + "\" is written as \"" + safe + "\": MS Project refuses , [ and ] in"
                    + " resource names.");
        }
        r.setName(safe);
        if (rate != null) {
            org.mpxj.CostRateTable table = new org.mpxj.CostRateTable();
            table.add(new org.mpxj.CostRateTableEntry(org.mpxj.common.LocalDateTimeHelper.START_DATE_NA,
                    org.mpxj.common.LocalDateTimeHelper.END_DATE_NA, 0, new Rate(rate.doubleValue(), TimeUnit.HOURS)));
            r.setCostRateTable(0, table);
        }
        return r;
    }

    private static boolean nameTaken(Map<String, Resource> taken, String name) {
        return taken.values().stream().anyMatch(r -> name.equals(r.getName()));
    }

    static String resourceName(String name) {
        return clean(name).replace(',', ' ').replace('[', '(').replace(']', ')').strip();
    }

    private void add(ProjectFile project, org.mpxj.Task parent, Task task, Plan plan, Map<Long, org.mpxj.Task> written,
                     Map<String, Resource> resources) {
        org.mpxj.Task t = parent == null ? project.addTask() : parent.addTask();
        written.put(task.id(), t);
        t.setName(clean(task.name()));
        t.setOutlineLevel(task.level() + 1);
        t.setTaskMode(TaskMode.AUTO_SCHEDULED);
        WorkingCalendar calendar = plan.calendar();
        boolean summary = task.hasChildren();
        t.setSummary(summary);
        long minutes = summary ? task.rolledUpDurationMinutes() : task.durationMinutes();
        t.setDuration(Duration.getInstance(minutes / 60.0, TimeUnit.HOURS));
        t.setMilestone(task.isMilestone());
        if (task.start() != null) {
            t.setStart(task.start());
            t.setFinish(task.finish());
        }
        if (task.constraintType().needsDate()) {
            t.setConstraintType(switch (task.constraintType()) {
                case START_NO_EARLIER_THAN -> org.mpxj.ConstraintType.START_NO_EARLIER_THAN;
                case FINISH_NO_LATER_THAN -> org.mpxj.ConstraintType.FINISH_NO_LATER_THAN;
                case FINISH_NO_EARLIER_THAN -> org.mpxj.ConstraintType.FINISH_NO_EARLIER_THAN;
                case MUST_START_ON -> org.mpxj.ConstraintType.MUST_START_ON;
                default -> org.mpxj.ConstraintType.AS_SOON_AS_POSSIBLE;
            });
            boolean finish = task.constraintType().name().startsWith("FINISH");
            t.setConstraintDate(finish ? endOf(task.constraintDate(), calendar)
                    : task.constraintDate().atTime(calendar.dayStart()));
        } else {
            t.setConstraintType(org.mpxj.ConstraintType.AS_SOON_AS_POSSIBLE);
        }
        if (task.deadline() != null) {
            t.setDeadline(endOf(task.deadline(), calendar));
        }
        if (!task.notes().isEmpty()) {
            t.setNotes(clean(task.notes()));
        }
        if (!summary) {
            leaf(t, task, plan, resources, minutes);
        }
        for (Task child : task.children()) {
            add(project, t, child, plan, written, resources);
        }
    }

    private void leaf(org.mpxj.Task t, Task task, Plan plan, Map<String, Resource> resources, long minutes) {
        t.setPercentageComplete(task.percentComplete());
        long done = minutes * task.percentComplete() / 100;
        t.setActualDuration(Duration.getInstance(done / 60.0, TimeUnit.HOURS));
        t.setRemainingDuration(Duration.getInstance((minutes - done) / 60.0, TimeUnit.HOURS));
        if (task.percentComplete() > 0 && task.actualStart() != null) {
            t.setActualStart(task.actualStart());
        }
        BigDecimal fixed = task.fixedCost();
        for (CostLine line : task.costLines()) {
            fixed = fixed.add(line.input().amount(plan.prices(), minutes));
        }
        costLines += task.costLines().size();
        if (fixed.signum() > 0) {
            t.setFixedCost(fixed.doubleValue());
        }
        Resource owner = task.ownerRole() == null ? null : resources.get(task.ownerRole());
        if (owner != null && minutes > 0) {
            ResourceAssignment a = t.addResourceAssignment(owner);
            a.setUnits(100);
            a.setWork(Duration.getInstance(minutes / 60.0, TimeUnit.HOURS));
            a.setStart(task.start());
            a.setFinish(task.finish());
            t.setWork(Duration.getInstance(minutes / 60.0, TimeUnit.HOURS));
        }
    }

    private static LocalDateTime endOf(LocalDate date, WorkingCalendar calendar) {
        return date.atTime(dayEnd(calendar));
    }

    private static RelationType type(Dependency d) {
        return switch (d.type()) {
            case SS -> RelationType.START_START;
            case FF -> RelationType.FINISH_FINISH;
            case SF -> RelationType.START_FINISH;
            case FS -> RelationType.FINISH_START;
        };
    }

    /** Text without control characters (other than line breaks), which MS Project cannot read. */
    static String clean(String text) {
        return text == null ? null : text.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", " ");
    }
}
