package org.genaiplan.ui.gantt;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.ui.gantt.layout.GanttLayout;
import org.genaiplan.ui.gantt.layout.ListRows;
import org.genaiplan.ui.gantt.layout.TimeScale;
import org.genaiplan.ui.gantt.layout.ZoomLevel;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;

/**
 * The chart's marks as pixels: a frame is painted on a canvas and its colours read back where a holiday's
 * column, a constraint pin, the deadline arrow and a late bar must be. Days are 28 px from Monday 2 November
 * 2026 at pixel 0, the header is 52 px, rows 26 px.
 */
@ExtendWith(RobotExtension.class)
class GanttPainterTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final double DAY = 28;
    private static final double TOP = 52;
    private static final double RH = 26;
    /** Below every row: only shading and grid. */
    private static final int EMPTY_Y = 190;

    private final GanttTheme theme = GanttTheme.light();
    private Plan plan;
    private Task pinned;
    private Task due;
    private Task late;

    @Start
    void start(Stage stage) {
        // The toolkit is all these tests need.
    }

    private static LocalDateTime at(int day, int hour) {
        return MONDAY.plusDays(day).atTime(hour, 0);
    }

    @BeforeEach
    void plan() {
        plan = new Plan("Marks", MONDAY);
        // Wednesday 4 November is a holiday; the plan is due on Friday 6 November.
        plan.setCalendar(plan.calendar().withHolidays(Set.of(MONDAY.plusDays(2))));
        plan.setDeadline(MONDAY.plusDays(4));
        pinned = plan.addTask(null, "Collect data");
        pinned.setConstraint(ConstraintType.START_NO_EARLIER_THAN, MONDAY.plusDays(1));
        pinned.setSchedule(at(1, 8), at(3, 16), at(1, 8), at(3, 16), 0, 0, false);
        due = plan.addTask(null, "Evaluate");
        due.setConstraint(ConstraintType.FINISH_NO_LATER_THAN, MONDAY.plusDays(3));
        due.setSchedule(at(0, 8), at(1, 16), at(0, 8), at(1, 16), 0, 0, false);
        late = plan.addTask(null, "Red-team");
        late.setSchedule(at(3, 8), at(7, 16), at(3, 8), at(7, 16), 0, 0, false);
    }

    /** Paints one 600 x 200 frame at a zoom and returns its pixels. */
    private PixelReader paint(FxRobot robot, ZoomLevel zoom) {
        AtomicReference<PixelReader> out = new AtomicReference<>();
        robot.interact(() -> {
            Canvas canvas = new Canvas(600, 200);
            GanttLayout layout = new GanttLayout(new TimeScale(MONDAY, zoom, plan.calendar()));
            layout.setRowHeight(RH);
            GanttPainter.Frame frame = new GanttPainter.Frame();
            frame.width = 600;
            frame.height = 200;
            frame.headerHeight = TOP;
            frame.showCritical = false;
            frame.labels = GanttPainter.LabelMode.NONE;
            new GanttPainter().paint(canvas.getGraphicsContext2D(), layout, new ListRows(plan.tasksInOrder()), plan,
                    theme, frame);
            out.set(canvas.snapshot(null, null).getPixelReader());
        });
        return out.get();
    }

    private static void assertColour(PixelReader px, double x, double y, Color expected, String what) {
        Color c = px.getColor((int) x, (int) y);
        assertThat(distance(c, expected)).as("%s at (%s, %s) is %s, expected %s", what, x, y, c, expected)
                .isLessThan(0.03);
    }

    private static double distance(Color a, Color b) {
        return Math.max(Math.abs(a.getRed() - b.getRed()),
                Math.max(Math.abs(a.getGreen() - b.getGreen()), Math.abs(a.getBlue() - b.getBlue())));
    }

    @Test
    void aHolidaysColumnIsShadedInItsOwnColourAndSoIsItsHeaderCell(FxRobot robot) {
        assertThat(distance(theme.holiday(), theme.nonWorking())).as("a holiday stands out from a weekend").isGreaterThan(0.05);
        PixelReader px = paint(robot, ZoomLevel.DAYS);
        assertColour(px, 2 * DAY + 14, EMPTY_Y, theme.holiday(), "Wednesday, a holiday");
        assertColour(px, 3 * DAY + 14, EMPTY_Y, theme.background(), "Thursday, a working day");
        assertColour(px, 5 * DAY + 14, EMPTY_Y, theme.nonWorking(), "Saturday");
        // The day's cell in the header's lower tier, right of its label.
        assertColour(px, 2 * DAY + 22, TOP - 8, theme.holiday(), "the holiday's header cell");
        assertColour(px, 3 * DAY + 22, TOP - 8, theme.headerBackground(), "Thursday's header cell");
    }

    @Test
    void holidaysAreShadedAtCoarserZoomsToo(FxRobot robot) {
        PixelReader weeks = paint(robot, ZoomLevel.WEEKS);
        assertColour(weeks, 2 * 10 + 5, EMPTY_Y, theme.holiday(), "the holiday at 10 px a day");
        PixelReader months = paint(robot, ZoomLevel.MONTHS);
        assertColour(months, 2 * 3.2 + 1.6, EMPTY_Y, theme.holiday(), "the holiday at 3.2 px a day");
    }

    @Test
    void constraintsHavePinsAtTheirDatesHeadUpForAStartAndDownForAFinish(FxRobot robot) {
        PixelReader px = paint(robot, ZoomLevel.DAYS);
        // Start no earlier than Tuesday: the head at the row's top, on Tuesday's left edge.
        double row0 = TOP;
        assertColour(px, DAY, row0 + 3, theme.constraint(), "the start pin's head");
        assertColour(px, DAY, row0 + RH - 3, theme.constraint(), "the start pin's stem below the bar");
        assertColour(px, DAY + 3, row0 + RH - 2, theme.constraint(), "its foot, pointing to later days");
        assertColour(px, DAY - 3, row0 + RH - 2, theme.background(), "no foot towards earlier days");
        assertColour(px, DAY - 2, row0 + 3, theme.constraint(), "the head is wider than the stem");
        // Finish no later than Thursday: the head at the row's bottom, on Thursday's right edge.
        double row1 = TOP + RH;
        assertColour(px, 4 * DAY, row1 + RH - 3, theme.constraint(), "the finish pin's head");
        assertColour(px, 4 * DAY - 3, row1 + 2, theme.constraint(), "its foot, pointing to earlier days");
        assertColour(px, 4 * DAY + 3, row1 + 2, theme.background(), "no foot towards later days");
        assertColour(px, 4 * DAY - 3, row1 + 4, theme.background(), "no head at the top: that is a start pin's");
        // No pin on the task without a constraint.
        double row2 = TOP + 2 * RH;
        for (int x = 0; x < 600; x++) {
            assertThat(distance(px.getColor(x, (int) row2 + 3), theme.constraint())).as("x %s", x).isGreaterThan(0.1);
        }
    }

    @Test
    void theDeadlineHasADownArrowInTheHeaderAndALateBarIsRedPastIt(FxRobot robot) {
        PixelReader px = paint(robot, ZoomLevel.DAYS);
        double deadlineX = 5 * DAY; // the end of Friday
        assertColour(px, deadlineX, TOP - 7, theme.deadline(), "the deadline arrow");
        assertColour(px, deadlineX, TOP - 3, theme.deadline(), "the arrow's point");
        assertColour(px, deadlineX - 8, TOP - 7, theme.headerBackground(), "beside the arrow");
        // Red-team runs Thursday to the next Monday: the bar is plain up to Friday's end, late after it.
        double barY = TOP + 2 * RH + RH / 2;
        assertColour(px, 4 * DAY + 10, barY, theme.barFill(), "the bar before the deadline");
        assertColour(px, 6 * DAY, barY, theme.late(), "the bar past the deadline");
        assertColour(px, 7 * DAY + 14, barY, theme.late(), "the bar's last day");
        // Evaluate finishes on Tuesday, before its Thursday limit: not late.
        assertColour(px, DAY + 14, TOP + RH + RH / 2, theme.barFill(), "a task on time");
    }

    @Test
    void aLateTasksTooltipSaysByHowMuchAndWhichDateItMissed() {
        assertThat(GanttTips.lateText(plan, late))
                .isEqualTo("Late: finishes 3 days after the plan's deadline (Fri 6 Nov 2026)");
        assertThat(GanttTips.lateText(plan, pinned)).isNull();
        assertThat(GanttTips.constraintText(pinned)).isEqualTo("Start no earlier than Tue 3 Nov 2026");
        assertThat(GanttTips.constraintText(late)).isNull();
        due.setSchedule(at(0, 8), at(4, 16), at(0, 8), at(4, 16), 0, 0, false);
        assertThat(GanttTips.lateText(plan, due))
                .isEqualTo("Late: finishes 1 day after its finish-no-later-than date (Thu 5 Nov 2026)");
    }

    @Test
    void theHeadersTooltipNamesTheDayUnderThePointer(FxRobot robot) {
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            GanttTips tips = new GanttTips(new Canvas(10, 10));
            tips.showDay(plan, MONDAY.plusDays(2));
            text.set(tips.tooltip().getText());
            tips.show(plan, late);
            assertThat(tips.tooltip().getText()).startsWith("Red-team").contains("Late: finishes 3 days after");
            tips.showDay(plan, MONDAY.plusDays(2));
            assertThat(tips.tooltip().getText()).isEqualTo(text.get());
        });
        assertThat(text.get()).isEqualTo("Wed 4 Nov 2026: holiday, no work");
    }

    @Test
    void theHeaderNamesHolidaysNonWorkingDaysAndTheDeadline() {
        assertThat(GanttTips.dayText(plan, MONDAY.plusDays(2))).isEqualTo("Wed 4 Nov 2026: holiday, no work");
        assertThat(GanttTips.dayText(plan, MONDAY.plusDays(5))).isEqualTo("Sat 7 Nov 2026: non-working day");
        assertThat(GanttTips.dayText(plan, MONDAY)).isEqualTo("Mon 2 Nov 2026: working day, 08:00\u201316:00");
        assertThat(GanttTips.dayText(plan, MONDAY.plusDays(4))).startsWith("Fri 6 Nov 2026: working day")
                .contains("The plan's deadline");
    }

    @Test
    void theLegendExplainsEveryMarkWithAPinPerConstraintType(FxRobot robot) {
        List<String> texts = GanttTips.legendEntries().stream().map(GanttTips.LegendEntry::text).toList();
        assertThat(texts).containsExactly("Non-working day", "Holiday", "Start no earlier than", "Finish no later than",
                "Must start on", "Finish no earlier than", "A task's deadline", "The plan's deadline",
                "Late: the part of a bar after its deadline", "Today");
        AtomicReference<javafx.scene.layout.VBox> legend = new AtomicReference<>();
        robot.interact(() -> legend.set((javafx.scene.layout.VBox) GanttTips.legend(theme)));
        assertThat(legend.get().getChildren()).hasSize(texts.size());
        // The holiday's swatch is drawn in the holiday colour.
        AtomicReference<PixelReader> swatch = new AtomicReference<>();
        robot.interact(() -> {
            var line = (javafx.scene.layout.HBox) legend.get().getChildren().get(1);
            swatch.set(((Canvas) line.getChildren().get(0)).snapshot(null, null).getPixelReader());
        });
        assertColour(swatch.get(), 16, 10, theme.holiday(), "the holiday swatch");
        // The task deadline's swatch holds its arrow, as the chart draws it.
        int line = texts.indexOf("A task's deadline");
        robot.interact(() -> {
            var row = (javafx.scene.layout.HBox) legend.get().getChildren().get(line);
            swatch.set(((Canvas) row.getChildren().get(0)).snapshot(null, null).getPixelReader());
        });
        assertColour(swatch.get(), 24, 5, theme.deadline(), "the task deadline's arrow");
    }

    @Test
    void aTasksDeadlineIsASmallDownArrowOnItsRowAtTheEndOfTheDay(FxRobot robot) {
        pinned.setDeadline(MONDAY.plusDays(8)); // Tuesday of the next week, well right of its bar
        PixelReader px = paint(robot, ZoomLevel.DAYS);
        double x = 9 * DAY; // the end of that Tuesday
        double row0 = TOP;
        assertColour(px, x, row0 + 4, theme.deadline(), "the arrow's top");
        assertColour(px, x, row0 + 7, theme.deadline(), "towards its point");
        assertThat(distance(px.getColor((int) x, (int) row0 + 13), theme.deadline())).as("below its point")
                .isGreaterThan(0.2);
        assertColour(px, x - 7, row0 + 4, theme.background(), "left of the arrow");
        assertColour(px, x + 7, row0 + 4, theme.background(), "right of the arrow");
        assertThat(distance(px.getColor((int) x, (int) (row0 + RH - 4)), theme.deadline()))
                .as("no line below it: it is no plan deadline").isGreaterThan(0.2);
        // The other rows have no deadline and no arrow (the plan's dashed deadline line crosses them at 140).
        for (int row = 1; row <= 2; row++) {
            for (int px0 = 0; px0 < 600; px0++) {
                if (Math.abs(px0 - 5 * DAY) <= 2) {
                    continue;
                }
                assertThat(distance(px.getColor(px0, (int) (TOP + row * RH + 4)), theme.deadline()))
                        .as("row %s x %s", row, px0).isGreaterThan(0.08);
            }
        }
    }

    @Test
    void aBarFinishingAfterItsOwnDeadlineIsLatePastThatDate(FxRobot robot) {
        late.setDeadline(MONDAY.plusDays(3)); // Thursday, a day before the plan's deadline
        PixelReader px = paint(robot, ZoomLevel.DAYS);
        double barY = TOP + 2 * RH + RH / 2;
        assertColour(px, 3 * DAY + 10, barY, theme.barFill(), "the bar on Thursday, its deadline day");
        assertColour(px, 4 * DAY + 10, barY, theme.late(), "the bar on Friday, past its own deadline");
        assertColour(px, 4 * DAY, TOP + 2 * RH + 5, theme.deadline(), "its deadline's arrow");
        assertThat(GanttTips.lateText(plan, late))
                .isEqualTo("Late: finishes 4 days after its deadline (Thu 5 Nov 2026)");
        late.setDeadline(MONDAY.plusDays(7));
        assertThat(GanttTips.lateText(plan, late)).as("the plan's deadline, earlier, is the one missed")
                .isEqualTo("Late: finishes 3 days after the plan's deadline (Fri 6 Nov 2026)");
        late.setDeadline(MONDAY.plusDays(9));
        pinned.setDeadline(MONDAY.plusDays(3));
        assertThat(GanttTips.lateText(plan, pinned)).as("finishing on its deadline day").isNull();
    }

    @Test
    void aTasksTooltipNamesItsDeadline(FxRobot robot) {
        late.setDeadline(MONDAY.plusDays(3));
        AtomicReference<String> text = new AtomicReference<>();
        robot.interact(() -> {
            GanttTips tips = new GanttTips(new Canvas(10, 10));
            tips.show(plan, late);
            text.set(tips.tooltip().getText());
            late.setDeadline(MONDAY.plusDays(9));
            tips.show(plan, late);
            assertThat(tips.tooltip().getText()).as("a new deadline is a new text").contains("Deadline: Wed 11 Nov 2026");
        });
        assertThat(text.get()).contains("\nDeadline: Thu 5 Nov 2026\n")
                .endsWith("Late: finishes 4 days after its deadline (Thu 5 Nov 2026)");
    }

    @Test
    void anOverAllocatedTasksBarHasARedOutlineAndTheOthersNone(FxRobot robot) {
        AtomicReference<PixelReader> out = new AtomicReference<>();
        org.genaiplan.ui.gantt.layout.BarShape shape = new org.genaiplan.ui.gantt.layout.BarShape();
        org.genaiplan.ui.gantt.layout.BarShape other = new org.genaiplan.ui.gantt.layout.BarShape();
        ListRows list = new ListRows(plan.tasksInOrder());
        org.genaiplan.ui.gantt.layout.RowSource rows = new org.genaiplan.ui.gantt.layout.RowSource() {
            public int rowCount() {
                return list.rowCount();
            }

            public Task task(int row) {
                return list.task(row);
            }

            public int rowOf(long taskId) {
                return list.rowOf(taskId);
            }

            @Override
            public String overAllocation(long taskId) {
                return taskId == pinned.id() ? "Over-allocated: Dana Reyes in the week of 2 Nov 2026" : null;
            }
        };
        robot.interact(() -> {
            Canvas canvas = new Canvas(600, 200);
            GanttLayout layout = new GanttLayout(new TimeScale(MONDAY, ZoomLevel.DAYS, plan.calendar()));
            layout.setRowHeight(RH);
            GanttPainter.Frame frame = new GanttPainter.Frame();
            frame.width = 600;
            frame.height = 200;
            frame.headerHeight = TOP;
            frame.showCritical = false;
            frame.labels = GanttPainter.LabelMode.NONE;
            new GanttPainter().paint(canvas.getGraphicsContext2D(), layout, rows, plan, theme, frame);
            layout.bar(pinned, 0, shape);
            layout.bar(due, 1, other);
            out.set(canvas.snapshot(null, null).getPixelReader());
        });
        PixelReader px = out.get();
        assertColour(px, shape.x + shape.width / 2, TOP + shape.y - 2, OverAllocationMarks.LIGHT,
                "the outline above the over-allocated bar");
        Color above = px.getColor((int) (other.x + other.width / 2), (int) (TOP + other.y - 2));
        assertThat(distance(above, OverAllocationMarks.LIGHT)).as("no outline on a bar without over-allocation")
                .isGreaterThan(0.2);
    }
}
