package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.UUID;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkingStoreTest {
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

    @Test
    void commitAfterEachActionKeepsTheStoreEqualToThePlan() throws Exception {
        Plan plan = EditScript.startPlan();
        EditScript script = new EditScript(99);
        try (WorkingStore store = WorkingStore.create(home)) {
            store.importAll(plan, info());
            for (int n = 1; n <= 300; n++) {
                script.apply(plan, n);
                store.commit(plan);
                assertThat(plan.changes().isEmpty()).isTrue();
                if (n % 25 == 0) {
                    assertThat(PlanRows.of(store.load())).as("after action " + n).isEqualTo(PlanRows.of(plan));
                }
            }
        }
    }

    @Test
    void commitWritesOnlyTheRowsTheActionTouched() throws Exception {
        Plan plan = SamplePlans.everyField();
        try (WorkingStore store = WorkingStore.create(home)) {
            store.importAll(plan, info());
            // Mark a row the next action does not touch, behind the store's back.
            try (Connection side = DriverManager.getConnection(WorkingStore.url(home.stores(), store.id(), true),
                    "genaiplan", "");
                 Statement s = side.createStatement()) {
                s.executeUpdate("UPDATE tasks SET name = 'untouched' WHERE id = 3");
            }
            plan.task(2).setName("Renamed");
            assertThat(store.commit(plan)).isTrue();

            Plan loaded = store.load();
            assertThat(loaded.task(2).name()).isEqualTo("Renamed");
            assertThat(loaded.task(3).name()).isEqualTo("untouched");
        }
    }

    @Test
    void removeMoveAndRestoreRewriteTheAffectedPositions() throws Exception {
        Plan plan = SamplePlans.everyField();
        try (WorkingStore store = WorkingStore.create(home)) {
            store.importAll(plan, info());
            Task build = plan.task(4);
            var removed = plan.remove(plan.task(1));
            store.commit(plan);
            assertThat(store.load().roots()).extracting(Task::name).containsExactly("Build");
            assertThat(store.load().dependencies()).hasSize(1);
            plan.restore(removed);
            store.commit(plan);
            plan.move(plan.task(6), null, 0);
            store.commit(plan);
            Plan loaded = store.load();
            assertThat(loaded.roots()).extracting(Task::name).containsExactly("Prompt design", "Discovery", "Build");
            assertThat(loaded.task(build.id()).children()).extracting(Task::name).containsExactly("Evaluation harness");
            assertThat(PlanRows.of(store.load())).isEqualTo(PlanRows.of(plan));
        }
    }

    @Test
    void nothingChangedMeansNoTransaction() throws Exception {
        Plan plan = SamplePlans.everyField();
        try (WorkingStore store = WorkingStore.create(home)) {
            store.importAll(plan, info());
            assertThat(store.commit(plan)).isFalse();
        }
    }

    @Test
    void storeIsAPrivateUuidFileWithItsSchemaVersionRecorded() throws Exception {
        try (WorkingStore store = WorkingStore.create(home)) {
            UUID.fromString(store.id());
            assertThat(store.file()).isEqualTo(home.stores().resolve(store.id() + ".mv.db")).exists();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(home.root()))).isEqualTo("rwx------");
            assertThat(WorkingStore.url(home.stores(), store.id(), true)).isEqualTo("jdbc:h2:file:"
                    + home.stores() + "/" + store.id() + ";IFEXISTS=TRUE;WRITE_DELAY=0;DB_CLOSE_DELAY=0");
            try (Connection side = DriverManager.getConnection(WorkingStore.url(home.stores(), store.id(), true),
                    "genaiplan", "");
                 Statement s = side.createStatement();
                 ResultSet rs = s.executeQuery("SELECT version, script FROM schema_version ORDER BY version")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(1);
                assertThat(rs.getString(2)).isEqualTo("V001__initial.sql");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(2);
                assertThat(rs.getString(2)).isEqualTo("V002__costs.sql");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2)).isEqualTo("V003__project_settings.sql");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(4);
                assertThat(rs.getString(2)).isEqualTo("V004__people.sql");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(5);
                assertThat(rs.getString(2)).isEqualTo("V005__task_deadline.sql");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(2)).isEqualTo("V006__risk_analysis.sql");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(7);
                assertThat(rs.getString(2)).isEqualTo("V007__tracking.sql");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(8);
                assertThat(rs.getString(2)).isEqualTo("V008__capacity.sql");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(9);
                assertThat(rs.getString(2)).isEqualTo("V009__quality.sql");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(10);
                assertThat(rs.getString(2)).isEqualTo("V010__decisions.sql");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(11);
                assertThat(rs.getString(2)).isEqualTo("V011__stakeholders.sql");
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(12);
                assertThat(rs.getString(2)).isEqualTo("V012__lessons.sql");
                assertThat(rs.next()).isFalse();
            }
        }
    }

    @Test
    void migrationsRunOnceAndAStoreNewerThanTheAppIsRefused() throws Exception {
        String id;
        try (WorkingStore store = WorkingStore.create(home)) {
            id = store.id();
            store.importAll(SamplePlans.everyField(), info());
        }
        try (WorkingStore again = WorkingStore.open(home, id)) {
            assertThat(again.load().name()).isEqualTo("Support chatbot");
        }
        try (Connection side = DriverManager.getConnection(WorkingStore.url(home.stores(), id, true), "genaiplan", "");
             Statement s = side.createStatement()) {
            s.executeUpdate("INSERT INTO schema_version VALUES (" + (Migrations.latest() + 1)
                    + ", 'V999__future.sql', CURRENT_TIMESTAMP)");
        }
        assertThatThrownBy(() -> WorkingStore.open(home, id)).isInstanceOf(SQLException.class)
                .hasMessageContaining("newer than this app");
    }

    @Test
    void costLineChangeRewritesOnlyThatTasksLinesAndPriceChangeRewritesTheTable() throws Exception {
        Plan plan = SamplePlans.everyField();
        try (WorkingStore store = WorkingStore.create(home)) {
            store.importAll(plan, info());
            try (Connection side = DriverManager.getConnection(WorkingStore.url(home.stores(), store.id(), true),
                    "genaiplan", "");
                 Statement s = side.createStatement()) {
                s.executeUpdate("UPDATE cost_lines SET description = 'untouched' WHERE task_id = 2 AND position = 0");
            }
            var lines = new java.util.ArrayList<>(plan.task(5).costLines());
            lines.removeFirst();
            lines.set(0, lines.get(0).withActual(new java.math.BigDecimal("12.34")));
            plan.task(5).setCostLines(lines);
            plan.task(5).setWorkActualCost(new java.math.BigDecimal("7"));
            assertThat(store.commit(plan)).isTrue();

            Plan loaded = store.load();
            assertThat(loaded.task(5).costLines()).isEqualTo(lines);
            assertThat(loaded.task(5).workActualCost()).isEqualByComparingTo("7");
            assertThat(loaded.task(2).costLines().get(0).description()).isEqualTo("untouched");

            plan.setPriceTable(plan.priceTable().withoutGpu("L4").withPricedOn(java.time.LocalDate.of(2026, 6, 1)));
            plan.setBudget(plan.budget().withPhase("Build", null).withTotal(new java.math.BigDecimal("99")));
            assertThat(store.commit(plan)).isTrue();
            loaded = store.load();
            assertThat(loaded.priceTable()).isEqualTo(plan.priceTable());
            assertThat(loaded.budget()).isEqualTo(plan.budget());
        }
    }

    @Test
    void removingATaskRemovesItsCostLinesAndRestoringBringsThemBack() throws Exception {
        Plan plan = SamplePlans.everyField();
        try (WorkingStore store = WorkingStore.create(home)) {
            store.importAll(plan, info());
            var removed = plan.remove(plan.task(1));
            store.commit(plan);
            assertThat(costLineRows(store)).isEqualTo(4);
            plan.restore(removed);
            store.commit(plan);
            assertThat(costLineRows(store)).isEqualTo(8);
            assertThat(PlanRows.of(store.load())).isEqualTo(PlanRows.of(plan));
        }
    }

    private int costLineRows(WorkingStore store) throws SQLException {
        try (Connection side = DriverManager.getConnection(WorkingStore.url(home.stores(), store.id(), true),
                "genaiplan", "");
             Statement s = side.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM cost_lines")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    @Test
    void workingCopyFromBeforeTheCostModelMigratesAndKeepsItsPlan() throws Exception {
        String id;
        Plan plan = SamplePlans.everyField();
        try (WorkingStore store = WorkingStore.create(home)) {
            id = store.id();
            store.importAll(plan, info());
        }
        // Turn the store back into what the app wrote before migration 2 existed.
        try (Connection side = DriverManager.getConnection(WorkingStore.url(home.stores(), id, true), "genaiplan", "");
             Statement s = side.createStatement()) {
            for (String sql : java.util.List.of("DROP TABLE cost_lines", "DROP TABLE plan_costs", "DROP TABLE gpu_prices",
                    "DROP TABLE model_prices", "DROP TABLE phase_budgets", "ALTER TABLE tasks DROP COLUMN work_actual_cost",
                    "ALTER TABLE roles DROP COLUMN example", "DELETE FROM schema_version WHERE version >= 2")) {
                s.execute(sql);
            }
            rewindToVersionTwo(s);
        }
        try (WorkingStore again = WorkingStore.open(home, id);
             Connection side = DriverManager.getConnection(WorkingStore.url(home.stores(), id, true), "genaiplan", "");
             Statement s = side.createStatement();
             ResultSet rs = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(Migrations.latest());
            Plan loaded = again.load();
            assertThat(loaded.tasksInOrder()).extracting(Task::name)
                    .containsExactlyElementsOf(plan.tasksInOrder().stream().map(Task::name).toList());
            assertThat(loaded.task(2).fixedCost()).isEqualByComparingTo("1250.50");
            assertThat(loaded.task(5).costLines()).isEmpty();
            assertThat(loaded.priceTable().gpus()).isEmpty();
            assertThat(loaded.budget().isEmpty()).isTrue();
            assertThat(loaded.role("Product owner").example()).isFalse();

            loaded.task(5).setCostLines(plan.task(5).costLines());
            loaded.setPriceTable(plan.priceTable());
            again.commit(loaded);
            assertThat(again.load().task(5).costLines()).isEqualTo(plan.task(5).costLines());
        }
    }

    @Test
    void workingCopyFromBeforeProjectSettingsAndPeopleMigratesWithItsHolidaysAsDaysOff() throws Exception {
        String id;
        try (WorkingStore store = WorkingStore.create(home)) {
            id = store.id();
            store.importAll(SamplePlans.everyField(), info());
        }
        try (Connection side = DriverManager.getConnection(WorkingStore.url(home.stores(), id, true), "genaiplan", "");
             Statement s = side.createStatement()) {
            rewindToVersionTwo(s);
            // What the format-2 app kept: one row per holiday, no people.
            s.executeUpdate("DELETE FROM holidays");
            s.executeUpdate("INSERT INTO holidays (holiday_date) VALUES (DATE '2026-05-01'), (DATE '2026-12-25')");
        }
        try (WorkingStore again = WorkingStore.open(home, id)) {
            Plan loaded = again.load();
            assertThat(loaded.calendar().exceptions()).containsExactly(
                    org.genaiplan.model.CalendarException.on(java.time.LocalDate.of(2026, 5, 1)),
                    org.genaiplan.model.CalendarException.on(java.time.LocalDate.of(2026, 12, 25)));
            assertThat(loaded.defaultDurationMinutes()).as("one working day of 450 minutes").isEqualTo(450);
            assertThat(loaded.statusDate()).isNull();
            assertThat(loaded.resources().people()).isEmpty();
            assertThat(loaded.roles()).allSatisfy(r -> assertThat(r.maxUnits()).isEqualTo(100));

            loaded.resources().putPerson(new org.genaiplan.model.Person("Dana Reyes"));
            loaded.setStatusDate(java.time.LocalDate.of(2026, 4, 1));
            again.commit(loaded);
            Plan reloaded = again.load();
            assertThat(reloaded.resources().person("Dana Reyes")).isNotNull();
            assertThat(reloaded.statusDate()).isEqualTo(java.time.LocalDate.of(2026, 4, 1));
        }
    }

    @Test
    void workingCopyFromBeforeTaskDeadlinesMigratesWithNoneAndThenKeepsOne() throws Exception {
        String id;
        try (WorkingStore store = WorkingStore.create(home)) {
            id = store.id();
            store.importAll(SamplePlans.everyField(), info());
        }
        try (Connection side = DriverManager.getConnection(WorkingStore.url(home.stores(), id, true), "genaiplan", "");
             Statement s = side.createStatement()) {
            rewindToVersionFour(s);
        }
        try (WorkingStore again = WorkingStore.open(home, id)) {
            Plan loaded = again.load();
            assertThat(loaded.tasksInOrder()).extracting(Task::deadline).containsOnlyNulls();
            assertThat(PlanRows.of(loaded)).isEqualTo(PlanRows.of(SamplePlans.withoutTaskDeadlines()));

            loaded.task(3).setDeadline(java.time.LocalDate.of(2026, 3, 20));
            assertThat(again.commit(loaded)).isTrue();
            assertThat(again.load().task(3).deadline()).isEqualTo(java.time.LocalDate.of(2026, 3, 20));
        }
    }

    /** Drops what migration 6 added (capacity). */
    static void rewindToBeforeCapacity(Statement s) throws SQLException {
        s.execute("DROP TABLE IF EXISTS capacity");
        s.execute("DELETE FROM schema_version WHERE version >= 8");
    }

    @Test
    void capacityIsCommittedAndAWorkingCopyFromBeforeItMigratesWithNone() throws Exception {
        String id;
        try (WorkingStore store = WorkingStore.create(home)) {
            id = store.id();
            store.importAll(SamplePlans.everyField(), info());
        }
        try (Connection side = DriverManager.getConnection(WorkingStore.url(home.stores(), id, true), "genaiplan", "");
             Statement s = side.createStatement()) {
            rewindToBeforeCapacity(s);
        }
        try (WorkingStore again = WorkingStore.open(home, id)) {
            Plan loaded = again.load();
            assertThat(loaded.capacity().state()).isEqualTo(org.genaiplan.model.capacity.CapacityState.EMPTY);
            var state = FormatSevenTest.sampleCapacity(loaded);
            loaded.capacity().set(state);
            assertThat(again.commit(loaded)).isTrue();
            assertThat(again.load().capacity().state()).isEqualTo(state);
        }
    }

    /** Drops what migration 5 added (task deadlines). */
    static void rewindToVersionFour(Statement s) throws SQLException {
        rewindToBeforeCapacity(s);
        s.execute("ALTER TABLE tasks DROP COLUMN deadline");
        s.execute("DELETE FROM schema_version WHERE version >= 5");
    }

    /** Drops what migrations 3 to 5 added (project settings, exceptions, people, task deadlines). */
    static void rewindToVersionTwo(Statement s) throws SQLException {
        rewindToVersionFour(s);
        for (String sql : java.util.List.of("DROP TABLE people", "ALTER TABLE roles DROP COLUMN max_units",
                "ALTER TABLE roles DROP COLUMN availability", "ALTER TABLE plan_settings DROP COLUMN status_date",
                "ALTER TABLE plan_settings DROP COLUMN default_duration_minutes", "ALTER TABLE holidays DROP COLUMN last_date",
                "ALTER TABLE holidays DROP COLUMN name", "DELETE FROM schema_version WHERE version >= 3")) {
            s.execute(sql);
        }
    }

    @Test
    void openingAStoreThatDoesNotExistCreatesNothing() throws Exception {
        home.ensureExists();
        String id = UUID.randomUUID().toString();
        assertThatThrownBy(() -> WorkingStore.open(home, id)).isInstanceOf(SQLException.class);
        try (var files = Files.list(home.stores())) {
            assertThat(files).isEmpty();
        }
    }
}
