package org.genaiplan.ui.gantt;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.WorkingCalendar;
import org.genaiplan.schedule.DurationFormat;
import org.genaiplan.schedule.PredecessorFormat;
import org.genaiplan.ui.gantt.layout.ConstraintMark;
import org.genaiplan.ui.gantt.layout.GanttLayout;
import org.genaiplan.ui.gantt.layout.Lateness;

/**
 * The chart's texts: the tooltip over a bar (dates, duration, slack, predecessors as the sheet writes them,
 * the constraint and whether the task is late), the text for a day of the header (holidays and other
 * non-working days, the deadline) and the legend of the chart's marks.
 */
final class GanttTips {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
    private final Tooltip tooltip = new Tooltip();
    private final Node owner;
    private long shownId;
    private boolean installed;
    private long shownRevision = -1;
    private Plan formatsPlan;
    private long formatsVersion = -1;
    private DurationFormat durations;
    private PredecessorFormat predecessors;

    private org.genaiplan.ui.gantt.layout.RowSource rows;

    GanttTips(Node owner) {
        this.owner = owner;
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setShowDuration(Duration.seconds(20));
        tooltip.getStyleClass().add("gantt-tooltip");
    }

    void show(Plan plan, Task task) {
        if (task == null) {
            hide();
            return;
        }
        long revision = plan.structureVersion() * 31 + plan.dependencyVersion() + task.hashCode() + task.durationMinutes()
                + (task.start() == null ? 0 : task.start().hashCode()) + task.percentComplete()
                + 7L * task.constraintType().hashCode() + 17L * java.util.Objects.hashCode(task.constraintDate())
                + 31L * java.util.Objects.hashCode(plan.deadline()) + 37L * java.util.Objects.hashCode(task.deadline())
                + 41L * plan.quality().hashCode() + 43L * java.util.Objects.hashCode(overAllocation(task));
        if (task.id() == shownId && revision == shownRevision && tooltip.getText() != null) {
            return;
        }
        shownId = task.id();
        shownRevision = revision;
        tooltip.setText(text(plan, task));
        if (!installed) {
            // Installed only over a bar, so empty chart space shows no empty tooltip.
            Tooltip.install(owner, tooltip);
            installed = true;
        }
    }

    /**
     * Shows the header's text for a day (a holiday or other non-working day, working hours, the deadline),
     * for the pointer over the header's day.
     */
    void showDay(Plan plan, LocalDate day) {
        if (plan == null || day == null) {
            hide();
            return;
        }
        long revision = day.toEpochDay() * 31 + plan.calendar().hashCode() + java.util.Objects.hashCode(plan.deadline());
        if (shownId == -1 && revision == shownRevision && tooltip.getText() != null) {
            return;
        }
        shownId = -1;
        shownRevision = revision;
        tooltip.setText(dayText(plan, day));
        if (!installed) {
            Tooltip.install(owner, tooltip);
            installed = true;
        }
    }

    /** Where a bar's over-allocation sentence comes from (the chart's rows). */
    void overAllocations(org.genaiplan.ui.gantt.layout.RowSource source) {
        rows = source;
    }

    private String overAllocation(Task task) {
        return rows == null ? null : rows.overAllocation(task.id());
    }

    void hide() {
        shownId = 0;
        tooltip.hide();
        if (installed) {
            Tooltip.uninstall(owner, tooltip);
            installed = false;
        }
    }

    String text(Plan plan, Task task) {
        use(plan);
        StringBuilder b = new StringBuilder();
        b.append(task.name()).append(" (").append(plan.wbsCode(task)).append(')');
        if (task.start() != null) {
            b.append("\nStart: ").append(WHEN.format(task.start()));
            b.append("\nFinish: ").append(WHEN.format(task.finish()));
        }
        b.append("\nDuration: ").append(durations.format(task.rolledUpDurationMinutes()));
        b.append("\nSlack: ").append(durations.format(task.totalSlackMinutes()));
        if (task.isCritical()) {
            b.append(" (critical)");
        }
        String preds = predecessors.format(task);
        b.append("\nPredecessors: ").append(preds == null || preds.isEmpty() ? "none" : preds);
        b.append("\n% complete: ").append(Math.round(task.rolledUpPercentComplete()));
        if (task.ownerRole() != null) {
            b.append("\nOwner: ").append(task.ownerRole());
        }
        String constraint = constraintText(task);
        if (constraint != null) {
            b.append("\nConstraint: ").append(constraint);
        }
        if (task.deadline() != null) {
            b.append("\nDeadline: ").append(DAY.format(task.deadline()));
        }
        String late = lateText(plan, task);
        if (late != null) {
            b.append('\n').append(late);
        }
        org.genaiplan.model.quality.GateResult gate = org.genaiplan.model.quality.Gates.of(plan, task.id());
        if (gate != null) {
            b.append("\nGate: ").append(gate.status().label());
            for (String reason : gate.reasons()) {
                b.append("\n  \u2022 ").append(reason);
            }
        }
        String over = overAllocation(task);
        if (over != null) {
            b.append('\n').append(over);
        }
        return b.toString();
    }

    /** A task's date constraint as the chart's pin stands for it ("Start no earlier than Mon 2 Nov 2026"), or null. */
    static String constraintText(Task task) {
        ConstraintMark mark = ConstraintMark.of(task.constraintType());
        if (mark == null || task.constraintDate() == null) {
            return null;
        }
        return mark.label() + " " + DAY.format(task.constraintDate());
    }

    /** Why a task is drawn late ("Late: finishes 3 days after the plan's deadline (...)"), or null when it is not. */
    static String lateText(Plan plan, Task task) {
        Lateness.Missed which = Lateness.missed(task, plan.deadline());
        if (which == null) {
            return null;
        }
        LocalDate missed = Lateness.missedDate(task, plan.deadline());
        long days = ChronoUnit.DAYS.between(missed, task.finish().toLocalDate());
        String what = switch (which) {
            case OWN_DEADLINE -> "its deadline";
            case PLAN_DEADLINE -> "the plan's deadline";
            case FINISH_NO_LATER_THAN -> "its finish-no-later-than date";
        };
        return "Late: finishes " + days + (days == 1 ? " day" : " days") + " after " + what + " ("
                + DAY.format(missed) + ")";
    }

    /**
     * What the chart's header says about a day: whether the team works (and when), a holiday or other
     * non-working day, and the plan's deadline.
     */
    static String dayText(Plan plan, LocalDate day) {
        WorkingCalendar cal = plan.calendar();
        StringBuilder b = new StringBuilder(DAY.format(day));
        if (cal.holidays().contains(day)) {
            b.append(": holiday, no work");
        } else if (!cal.isWorkingDay(day)) {
            b.append(": non-working day");
        } else {
            b.append(": working day, ").append(HOUR.format(cal.dayStart())).append('\u2013')
                    .append(HOUR.format(cal.dayStart().plusMinutes(cal.minutesPerDay())));
        }
        if (day.equals(plan.deadline())) {
            b.append("\nThe plan's deadline: its work should be done by the end of this day");
        }
        return b.toString();
    }

    /** The marks a legend explains, in its order. */
    enum Mark { NON_WORKING, HOLIDAY, CONSTRAINT, TASK_DEADLINE, DEADLINE, LATE, TODAY }

    /** One line of the legend: a mark (with the constraint pin it shows, if any) and its text. */
    record LegendEntry(Mark mark, ConstraintMark pin, String text) {
    }

    /** The legend's lines: every constraint type the model has gets its pin. */
    static List<LegendEntry> legendEntries() {
        List<LegendEntry> out = new ArrayList<>();
        out.add(new LegendEntry(Mark.NON_WORKING, null, "Non-working day"));
        out.add(new LegendEntry(Mark.HOLIDAY, null, "Holiday"));
        Set<ConstraintMark> pins = new LinkedHashSet<>();
        for (ConstraintType t : ConstraintType.values()) {
            ConstraintMark m = ConstraintMark.of(t);
            if (m != null) {
                pins.add(m);
            }
        }
        for (ConstraintMark m : pins) {
            out.add(new LegendEntry(Mark.CONSTRAINT, m, m.label()));
        }
        out.add(new LegendEntry(Mark.TASK_DEADLINE, null, "A task's deadline"));
        out.add(new LegendEntry(Mark.DEADLINE, null, "The plan's deadline"));
        out.add(new LegendEntry(Mark.LATE, null, "Late: the part of a bar after its deadline"));
        out.add(new LegendEntry(Mark.TODAY, null, "Today"));
        return out;
    }

    /** The legend as a node (for a tooltip, a pop-over or a panel), each mark drawn as the chart draws it. */
    static Node legend(GanttTheme theme) {
        VBox box = new VBox(3);
        box.getStyleClass().add("gantt-legend");
        box.setPadding(new Insets(4));
        GanttPainter painter = new GanttPainter();
        for (LegendEntry e : legendEntries()) {
            Canvas swatch = new Canvas(32, 20);
            swatch(painter, swatch.getGraphicsContext2D(), theme, e);
            Label text = new Label(e.text());
            HBox line = new HBox(6, swatch, text);
            line.setAlignment(Pos.CENTER_LEFT);
            box.getChildren().add(line);
        }
        return box;
    }

    private static void swatch(GanttPainter painter, GraphicsContext gc, GanttTheme theme, LegendEntry e) {
        double w = gc.getCanvas().getWidth();
        double h = gc.getCanvas().getHeight();
        gc.setFill(theme.background());
        gc.fillRect(0, 0, w, h);
        switch (e.mark()) {
            case NON_WORKING, HOLIDAY -> {
                gc.setFill(e.mark() == Mark.HOLIDAY ? theme.holiday() : theme.nonWorking());
                gc.fillRect(8, 0, 16, h);
            }
            case CONSTRAINT -> painter.pin(gc, e.pin(), w / 2, 2, h - 2, theme.constraint());
            case TASK_DEADLINE -> {
                gc.setFill(theme.barFill());
                gc.fillRoundRect(2, 7, 20, 11, 4, 4);
                painter.taskDeadlineArrow(gc, 24, 2 + GanttLayout.DEADLINE_HEIGHT, theme);
            }
            case DEADLINE -> {
                painter.paintDeadlineArrow(gc, w / 2, 11, theme.deadline());
                gc.setStroke(theme.deadline());
                gc.setLineWidth(1.5);
                gc.setLineDashes(3, 2);
                gc.strokeLine(Math.floor(w / 2) + 0.5, 11, Math.floor(w / 2) + 0.5, h);
                gc.setLineDashes((double[]) null);
            }
            case LATE -> {
                gc.setFill(theme.barFill());
                gc.fillRect(2, 5, 18, 10);
                gc.setFill(theme.late());
                gc.fillRect(20, 5, 10, 10);
                gc.setStroke(theme.late());
                gc.setLineWidth(1);
                gc.strokeRect(2.5, 5.5, 27, 9);
            }
            case TODAY -> {
                gc.setStroke(theme.today());
                gc.setLineWidth(1.5);
                gc.strokeLine(Math.floor(w / 2) + 0.5, 0, Math.floor(w / 2) + 0.5, h);
            }
        }
    }

    String duration(Plan plan, long minutes) {
        use(plan);
        return durations.format(minutes);
    }

    private void use(Plan plan) {
        long version = plan.structureVersion() * 1_000_003L + plan.dependencyVersion();
        if (plan != formatsPlan || version != formatsVersion || durations == null) {
            formatsPlan = plan;
            formatsVersion = version;
            durations = new DurationFormat(plan.calendar());
            predecessors = new PredecessorFormat(plan);
        }
    }

    Tooltip tooltip() {
        return tooltip;
    }

    Node owner() {
        return owner;
    }
}
