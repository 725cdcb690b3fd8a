package org.genaiplan.ui.gantt.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.TaskKind;
import org.genaiplan.model.WorkingCalendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Bar rectangles, arrow routes and hit testing at the days zoom (28 px a day), rows 26 px high. */
class GanttLayoutTest {
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 2);
    private static final double RH = 26;

    private Plan plan;
    private Task summary;
    private Task design;
    private Task build;
    private Task review;
    private Task launch;
    private GanttLayout layout;
    private ListRows rows;

    private static LocalDateTime at(int day, int hour) {
        return MONDAY.plusDays(day).atTime(hour, 0);
    }

    private static void schedule(Task t, LocalDateTime start, LocalDateTime finish, boolean critical) {
        t.setSchedule(start, finish, start, finish, 0, 0, critical);
    }

    @BeforeEach
    void setUp() {
        plan = new Plan("Layout", MONDAY);
        summary = plan.addTask(null, "Phase");
        design = plan.addTask(summary, "Design");     // Mon-Wed
        build = plan.addTask(summary, "Build");       // Thu-Fri next week? see below
        review = plan.addTask(summary, "Review");
        launch = plan.addTask(null, "Launch");
        launch.setMilestone(true);
        design.setDurationMinutes(3 * 480);
        design.setPercentComplete(50);
        schedule(summary, at(0, 8), at(11, 16), false);
        summary.setRollUp(10 * 480, 25, java.math.BigDecimal.ZERO);
        schedule(design, at(0, 8), at(2, 16), true);
        schedule(build, at(3, 8), at(9, 16), true);
        schedule(review, at(1, 8), at(1, 16), false);
        schedule(launch, at(11, 16), at(11, 16), true);
        layout = new GanttLayout(new TimeScale(MONDAY, ZoomLevel.DAYS, WorkingCalendar.standard()));
        layout.setRowHeight(RH);
        layout.setViewportHeight(400);
        rows = new ListRows(plan.tasksInOrder());
    }

    @Test
    void aTaskBarSpansItsWorkingDaysAndFillsItsProgress() {
        BarShape b = new BarShape();
        assertThat(layout.bar(design, 1, b)).isTrue();
        assertThat(b.kind).isEqualTo(TaskKind.TASK);
        assertThat(b.x).isEqualTo(0.0);
        assertThat(b.width).isEqualTo(3 * 28.0);
        assertThat(b.height).isEqualTo(16.0);
        assertThat(b.y).isEqualTo(RH + 5);
        assertThat(b.progressWidth).isEqualTo(42.0);
        assertThat(b.critical).isTrue();
    }

    @Test
    void summaryBarsAreThinnerAndMilestonesAreDiamondsOnTheirDate() {
        BarShape s = new BarShape();
        layout.bar(summary, 0, s);
        assertThat(s.kind).isEqualTo(TaskKind.SUMMARY);
        assertThat(s.width).isEqualTo(12 * 28.0);
        assertThat(s.height).isLessThan(16.0);
        assertThat(s.progressWidth).isEqualTo(s.width / 4);
        BarShape m = new BarShape();
        layout.bar(launch, 4, m);
        assertThat(m.kind).isEqualTo(TaskKind.MILESTONE);
        assertThat(m.centerX()).isEqualTo(12 * 28.0);
        assertThat(m.centerY()).isEqualTo(4 * RH + RH / 2);
        assertThat(m.width).isEqualTo(m.height);
    }

    @Test
    void aTaskWithoutDatesHasNoBar() {
        Task fresh = plan.addTask(null, "Unscheduled");
        assertThat(layout.bar(fresh, 5, new BarShape())).isFalse();
    }

    @Test
    void scrollingMovesBarsUpAndChangesTheVisibleRows() {
        layout.setScrollY(40);
        layout.setViewportHeight(100);
        assertThat(layout.firstVisibleRow()).isEqualTo(1);
        assertThat(layout.lastVisibleRow(1000)).isEqualTo(5);
        assertThat(layout.lastVisibleRow(3)).isEqualTo(2);
        BarShape b = new BarShape();
        layout.bar(design, 1, b);
        assertThat(b.y).isEqualTo(RH + 5 - 40);
        layout.scale().setScrollX(28);
        layout.bar(design, 1, b);
        assertThat(b.x).isEqualTo(-28.0);
    }

    private String route(Task pred, Task succ, DependencyType type) {
        RouteBuffer r = new RouteBuffer();
        assertThat(layout.route(new Dependency(pred.id(), succ.id(), type, 0), rows, r)).isTrue();
        return r.toString();
    }

    @Test
    void finishToStartWithRoomTurnsOnceBetweenTheBars() {
        // Design ends at x=84 (row 1, centre y=39); Build starts at x=84 (row 2, centre y=65): no room to go
        // straight down, so it runs along the boundary under Design's row.
        assertThat(route(design, build, DependencyType.FS)).isEqualTo("84,39 92,39 92,52 76,52 76,65 84,65");
        // Review (row 3) ends at x=56; Build starts at 84: room for a single turn.
        assertThat(route(review, build, DependencyType.FS)).isEqualTo("56,91 64,91 64,65 84,65");
    }

    @Test
    void startToStartGoesRoundTheLeftAndFinishToFinishRoundTheRight() {
        assertThat(route(design, review, DependencyType.SS)).isEqualTo("0,39 -8,39 -8,91 28,91");
        assertThat(route(design, review, DependencyType.FF)).isEqualTo("84,39 92,39 92,91 56,91");
    }

    @Test
    void startToFinishLeavesLeftAndEntersTheFinishFromTheRight() {
        // Build starts at 84; Review finishes at 56: room to go straight.
        assertThat(route(build, review, DependencyType.SF)).isEqualTo("84,65 76,65 76,91 56,91");
        // Design starts at 0, Build finishes at 280: round the row boundary under Design.
        assertThat(route(design, build, DependencyType.SF)).isEqualTo("0,39 -8,39 -8,52 288,52 288,65 280,65");
    }

    @Test
    void aLinkToAMilestoneEndsAtTheDiamond() {
        String r = route(build, launch, DependencyType.FS);
        assertThat(r).startsWith("280,65").endsWith(",117");
    }

    @Test
    void hiddenRowsHaveNoRoute() {
        ListRows partial = new ListRows(java.util.List.of(summary, launch));
        assertThat(layout.route(Dependency.finishToStart(design.id(), launch.id()), partial, new RouteBuffer())).isFalse();
    }

    @Test
    void hitsFindBodyHandlesMilestonesSummariesAndEmptySpace() {
        // Design: x 0..84, y 31..47 in row 1; progress notch at x=42 under the bar.
        assertThat(layout.hit(30, 36, rows)).isEqualTo(new Hit(HitKind.BAR, 1, design.id()));
        assertThat(layout.hit(83, 36, rows).kind()).isEqualTo(HitKind.RESIZE);
        assertThat(layout.hit(87, 40, rows).kind()).isEqualTo(HitKind.RESIZE);
        assertThat(layout.hit(43, 49, rows)).isEqualTo(new Hit(HitKind.PROGRESS, 1, design.id()));
        assertThat(layout.hit(150, 36, rows)).isEqualTo(new Hit(HitKind.EMPTY, 1, design.id()));
        assertThat(layout.hit(100, 10, rows).kind()).isEqualTo(HitKind.SUMMARY);
        assertThat(layout.hit(12 * 28 + 2, 4 * RH + RH / 2, rows)).isEqualTo(new Hit(HitKind.MILESTONE, 4, launch.id()));
        assertThat(layout.hit(30, 5 * RH + 3, rows)).isEqualTo(Hit.NONE);
        assertThat(layout.hit(30, -3, rows)).isEqualTo(Hit.NONE);
    }

    @Test
    void hitsFollowScrolling() {
        layout.setScrollY(RH);
        assertThat(layout.hit(30, 10, rows)).isEqualTo(new Hit(HitKind.BAR, 1, design.id()));
        layout.scale().setScrollX(28);
        assertThat(layout.hit(1, 10, rows).kind()).isEqualTo(HitKind.BAR);
        assertThat(layout.hit(55, 10, rows).kind()).isEqualTo(HitKind.RESIZE);
    }
}
