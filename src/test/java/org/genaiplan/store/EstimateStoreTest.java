package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.genaiplan.model.Distribution;
import org.genaiplan.model.Estimate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Three-point estimates in the working store (migration 6): written, changed, removed, restored, migrated. */
class EstimateStoreTest {
    @TempDir
    Path dir;
    private StoreHome home;

    @BeforeEach
    void setUp() {
        home = new StoreHome(dir.resolve("home"));
    }

    private static StoreInfo info() {
        return new StoreInfo(Optional.empty(), "x", null, null, true, null);
    }

    private static Task leaf(Plan plan, int n) {
        return plan.tasksInOrder().stream().filter(t -> !t.hasChildren() && !t.isMilestone()).skip(n).findFirst().orElseThrow();
    }

    @Test
    void estimatesAreCommittedChangedAndRemovedWithTheirTasks() throws Exception {
        Plan plan = SamplePlans.everyField();
        Task a = leaf(plan, 0);
        a.setEstimate(new Estimate(480, 960, 2400, Distribution.PERT));
        try (WorkingStore store = WorkingStore.create(home)) {
            store.importAll(plan, info());
            assertThat(PlanRows.of(store.load())).isEqualTo(PlanRows.of(plan));

            Task b = leaf(plan, 1);
            b.setEstimate(new Estimate(60, 120, 600, Distribution.LOGNORMAL, "training runs"));
            a.setEstimate(null);
            store.commit(plan);
            assertThat(PlanRows.of(store.load())).isEqualTo(PlanRows.of(plan));

            var removed = plan.remove(b);
            store.commit(plan);
            assertThat(store.load().task(b.id())).isNull();
            assertThat(PlanRows.of(store.load()).estimates()).isEmpty();
            plan.restore(removed);
            store.commit(plan);
            assertThat(store.load().task(b.id()).estimate()).isEqualTo(b.estimate());
        }
    }

    @Test
    void workingCopyFromBeforeEstimatesMigratesWithNoneAndThenKeepsOne() throws Exception {
        String id;
        try (WorkingStore store = WorkingStore.create(home)) {
            id = store.id();
            store.importAll(SamplePlans.everyField(), info());
        }
        try (Connection side = DriverManager.getConnection(WorkingStore.url(home.stores(), id, true), "genaiplan", "");
             Statement s = side.createStatement()) {
            s.execute("DROP TABLE task_estimates");
            s.execute("DELETE FROM schema_version WHERE version >= 6");
        }
        try (WorkingStore again = WorkingStore.open(home, id)) {
            Plan loaded = again.load();
            assertThat(loaded.tasksInOrder()).extracting(Task::estimate).containsOnlyNulls();
            Task t = leaf(loaded, 0);
            t.setEstimate(new Estimate(1, 2, 3, Distribution.UNIFORM));
            assertThat(again.commit(loaded)).isTrue();
            assertThat(again.load().task(t.id()).estimate()).isEqualTo(t.estimate());
        }
    }
}
