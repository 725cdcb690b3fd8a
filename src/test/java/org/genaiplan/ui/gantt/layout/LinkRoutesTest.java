package org.genaiplan.ui.gantt.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.WorkingCalendar;
import org.genaiplan.schedule.CpmScheduler;
import org.junit.jupiter.api.Test;

/** Kept routes are the routes the layout works out, wherever the chart is scrolled and whatever the plan's dates. */
class LinkRoutesTest {
    private static final double WIDTH = 900;

    /** Rows that tell their content version, bumped by the test on every change as the window's rows do. */
    private static final class VersionedRows implements RowSource {
        final ListRows rows;
        long content;

        VersionedRows(List<Task> tasks) {
            rows = new ListRows(tasks);
        }

        @Override
        public int rowCount() {
            return rows.rowCount();
        }

        @Override
        public Task task(int row) {
            return rows.task(row);
        }

        @Override
        public int rowOf(long taskId) {
            return rows.rowOf(taskId);
        }

        @Override
        public long contentVersion() {
            return content;
        }
    }

    @Test
    void keptRoutesMatchTheLayoutAtEveryScrollAndFollowChanges() {
        keptRoutesMatchTheLayout(false);
    }

    @Test
    void rowsThatTellTheirContentVersionHaveTheirRoutesComparedOnlyAfterAChange() {
        keptRoutesMatchTheLayout(true);
    }

    private static void keptRoutesMatchTheLayout(boolean versioned) {
        Plan plan = new Plan("Routes", LocalDate.of(2026, 3, 2));
        List<Task> tasks = new ArrayList<>();
        Random random = new Random(11);
        for (int i = 0; i < 300; i++) {
            Task t = plan.addTask(null, "T" + i);
            t.setDurationMinutes((1 + random.nextInt(5)) * 480L);
            tasks.add(t);
        }
        DependencyType[] types = DependencyType.values();
        for (int i = 1; i < tasks.size(); i++) {
            int from = random.nextInt(10) == 0 ? random.nextInt(i) : i - 1;
            plan.addDependency(new Dependency(tasks.get(from).id(), tasks.get(i).id(), types[random.nextInt(types.length)], 0));
        }
        new CpmScheduler().schedule(plan);
        VersionedRows versionedRows = new VersionedRows(plan.tasksInOrder());
        RowSource rows = versioned ? versionedRows : versionedRows.rows;
        TimeScale scale = new TimeScale(LocalDate.of(2026, 2, 20), ZoomLevel.DAYS, WorkingCalendar.standard());
        GanttLayout layout = new GanttLayout(scale);
        layout.setViewportHeight(600);
        LinkSpans spans = new LinkSpans();
        LinkRoutes routes = new LinkRoutes();

        int[] drawn = {0};
        for (int step = 0; step < 40; step++) {
            layout.setScrollY(step * 173.5);
            scale.setScrollX(step * 61.25);
            if (step == 20) { // an edit: the dates move, and the routes of the moved tasks' links with them
                tasks.get(150).setDurationMinutes(20 * 480L);
                new CpmScheduler().schedule(plan);
                versionedRows.content++;
            }
            check(plan, rows, layout, spans, routes, drawn);
        }
        assertThat(drawn[0]).isGreaterThan(100);
    }

    private static void check(Plan plan, RowSource rows, GanttLayout layout, LinkSpans spans, LinkRoutes routes,
                              int[] drawn) {
        spans.update(plan, rows);
        routes.update(spans, layout, rows);
        int first = layout.firstVisibleRow();
        int last = layout.lastVisibleRow(rows.rowCount());
        RouteBuffer kept = new RouteBuffer();
        RouteBuffer fresh = new RouteBuffer();
        spans.visitIndexed(first, last, (k, d, a, b) -> {
            boolean shown = routes.route(k, d, a, b, layout, rows, WIDTH, kept);
            assertThat(layout.route(d, rows, fresh)).isTrue();
            double lo = Double.MAX_VALUE;
            double hi = -Double.MAX_VALUE;
            for (int i = 0; i < fresh.size(); i++) {
                lo = Math.min(lo, fresh.x(i));
                hi = Math.max(hi, fresh.x(i));
            }
            if (!shown) {
                assertThat(hi < -8 || lo > WIDTH + 8).as("a route left out lies outside the view: %s", fresh).isTrue();
                return;
            }
            drawn[0]++;
            assertThat(kept.size()).isEqualTo(fresh.size());
            for (int i = 0; i < fresh.size(); i++) {
                assertThat(kept.x(i)).isCloseTo(fresh.x(i), within(1e-6));
                assertThat(kept.y(i)).isCloseTo(fresh.y(i), within(1e-6));
            }
            boolean critical = rows.task(a).isCritical() && rows.task(b).isCritical();
            assertThat(routes.critical(k)).isEqualTo(critical);
        });
    }
}
