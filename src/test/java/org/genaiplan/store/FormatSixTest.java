package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genaiplan.model.Plan;
import org.genaiplan.model.tracking.ActualEntry;
import org.genaiplan.model.tracking.EacMethod;
import org.genaiplan.model.tracking.Tracking;
import org.genaiplan.model.tracking.UsageKind;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.schedule.tracking.BaselineCapture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tracking format (6 at the time of writing): baselines, the compared one, the EAC method and imported
 * actuals in tracking.json and in the working store; a format-4 file opens unchanged with none.
 */
class FormatSixTest {
    @TempDir
    Path dir;

    /** {@link SamplePlans#everyField()} with two baselines (the second compared), an EAC method and actuals. */
    static Plan tracked() throws Exception {
        Plan plan = SamplePlans.everyField();
        new CpmScheduler().schedule(plan);
        Tracking t = plan.tracking()
                .withBaseline(BaselineCapture.of(plan, "Approved", LocalDateTime.of(2026, 2, 27, 17, 30)));
        plan.task(2).setDurationMinutes(plan.task(2).durationMinutes() + 480);
        new CpmScheduler().schedule(plan);
        t = t.withBaseline(BaselineCapture.of(plan, "Re-plan 1", LocalDateTime.of(2026, 3, 9, 9, 0)))
                .comparedTo("Re-plan 1").withEacMethod(EacMethod.CPI)
                .withActuals(List.of(new ActualEntry(2, LocalDate.of(2026, 3, 4), UsageKind.GPU_HOURS,
                        new BigDecimal("12.5"), new BigDecimal("31.25")),
                        new ActualEntry(3, LocalDate.of(2026, 3, 5), UsageKind.COST, null, new BigDecimal("99.99"))));
        plan.setTracking(t);
        plan.changes().drain();
        return plan;
    }

    private Plan saveAndReopen(Plan plan) throws Exception {
        Path file = dir.resolve("tracked.genaiplan");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        return new PlanPackageReader().read(file).plan();
    }

    @Test
    void baselinesAndActualsComeBackWhole() throws Exception {
        Plan plan = tracked();
        Plan again = saveAndReopen(plan);
        assertThat(again.tracking()).isEqualTo(plan.tracking());
        assertThat(again.tracking().baselines()).extracting(b -> b.name()).containsExactly("Approved", "Re-plan 1");
        assertThat(again.tracking().comparedBaseline().name()).isEqualTo("Re-plan 1");
        assertThat(again.tracking().comparedBaseline().tasks()).hasSize(plan.taskCount());
        assertThat(PlanRows.of(again)).isEqualTo(PlanRows.of(plan));
    }

    @Test
    void theWorkingStoreKeepsTrackingThroughImportAndCommit() throws Exception {
        StoreHome home = new StoreHome(dir.resolve("home"));
        Plan plan = tracked();
        try (WorkingStore store = WorkingStore.create(home)) {
            store.importAll(plan, new StoreInfo(Optional.empty(), "x", null, null, true, null));
            assertThat(store.load().tracking()).isEqualTo(plan.tracking());

            plan.setTracking(plan.tracking().withoutBaseline("Approved"));
            assertThat(store.commit(plan)).isTrue();
            assertThat(store.load().tracking().baselines()).extracting(b -> b.name()).containsExactly("Re-plan 1");
        }
    }

    @Test
    void aWorkingCopyFromBeforeTrackingMigratesWithNone() throws Exception {
        StoreHome home = new StoreHome(dir.resolve("home"));
        String id;
        try (WorkingStore store = WorkingStore.create(home)) {
            id = store.id();
            store.importAll(SamplePlans.everyField(), new StoreInfo(Optional.empty(), "x", null, null, true, null));
        }
        try (Connection side = DriverManager.getConnection(WorkingStore.url(home.stores(), id, true), "genaiplan", "");
             Statement s = side.createStatement()) {
            s.execute("DROP TABLE tracking");
            s.execute("DELETE FROM schema_version WHERE version >= 6");
        }
        try (WorkingStore again = WorkingStore.open(home, id)) {
            assertThat(again.load().tracking()).isEqualTo(Tracking.NONE);
            assertThat(PlanRows.of(again.load())).isEqualTo(PlanRows.of(SamplePlans.everyField()));
        }
    }

    @Test
    void aFormatFiveFileOpensUnchangedWithNoBaselines() throws Exception {
        Path file = dir.resolve("five.genaiplan");
        Files.write(file, Packages.formatFive(SamplePlans.everyField()));
        PlanPackage pkg = new PlanPackageReader().read(file);
        assertThat(pkg.sourceFormat()).isEqualTo(5);
        assertThat(pkg.plan().tracking()).isEqualTo(Tracking.NONE);
        assertThat(PlanRows.of(pkg.plan())).isEqualTo(PlanRows.of(SamplePlans.everyField()));
    }

    @Test
    void aFormatFiveFileSavedAgainIsTodaysFormatWithItsNewBaseline() throws Exception {
        Path file = dir.resolve("five.genaiplan");
        Files.write(file, Packages.formatFive(SamplePlans.everyField()));
        Plan plan = new PlanPackageReader().read(file).plan();
        plan.setTracking(plan.tracking().withBaseline(BaselineCapture.of(plan, "First", LocalDateTime.now())));

        Path saved = dir.resolve("saved.genaiplan");
        try (OutputStream out = Files.newOutputStream(saved)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        PlanPackage again = new PlanPackageReader().read(saved);
        assertThat(again.sourceFormat()).isEqualTo(PackageFormat.CURRENT_VERSION);
        assertThat(again.plan().tracking().baselines()).extracting(b -> b.name()).containsExactly("First");
        Map<String, byte[]> entries = Packages.entries(Files.readAllBytes(saved));
        assertThat(new String(entries.get(PackageFormat.TRACKING), StandardCharsets.UTF_8)).contains("\"First\"");
    }

    @Test
    void trackingWithADateOutOfRangeOrANegativeAmountIsRefusedWithASentence() throws Exception {
        Path file = dir.resolve("odd.genaiplan");
        Files.write(file, Packages.withEdited(tracked(), PackageFormat.TRACKING,
                json -> json.replace("\"2026-03-04\"", "\"+99999-03-04\"")));
        assertThatThrownBy(() -> new PlanPackageReader().read(file)).isInstanceOf(PlanFileException.class)
                .hasMessage("odd.genaiplan cannot be opened because an actual of the task 2 in \"tracking.json\" has"
                        + " a date in the year 99999; dates must lie in the years 1900 to 9999.");

        Files.write(file, Packages.withEdited(tracked(), PackageFormat.TRACKING,
                json -> json.replace("99.99", "-99.99")));
        assertThatThrownBy(() -> new PlanPackageReader().read(file)).isInstanceOf(PlanFileException.class)
                .hasMessage("odd.genaiplan cannot be opened because the entry \"tracking.json\" breaks a rule of the plan: an"
                        + " actual cost cannot be negative.");
    }

    @Test
    void aFormatFiveFileThatAlreadyHoldsTrackingIsRefused() throws Exception {
        Path file = dir.resolve("odd.genaiplan");
        Files.write(file, Packages.withManifest(Packages.data(SamplePlans.everyField()), m -> m.put("formatVersion", 5)));
        assertThatThrownBy(() -> new PlanPackageReader().read(file)).isInstanceOf(PlanFileException.class)
                .hasMessage("odd.genaiplan cannot be upgraded from file format 5: it already holds baselines, which"
                        + " format 5 did not have.");
    }
}
