package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genaiplan.model.Plan;
import org.genaiplan.model.quality.IssueStatus;
import org.genaiplan.model.quality.Measurement;
import org.genaiplan.model.quality.QualityIssue;
import org.genaiplan.model.quality.QualityPlan;
import org.genaiplan.templates.QualityStarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quality plan (since format 8): a format-7 file opens unchanged with none; packages and stores keep it. */
class FormatEightTest {
    @TempDir
    Path dir;

    private static Plan withQuality() throws Exception {
        Plan plan = SamplePlans.everyField();
        QualityPlan q = QualityStarter.metricsOnly()
                .withMeasurements(List.of(new Measurement("hallucination-rate", LocalDate.of(2026, 4, 1), 7, 400,
                        "eval harness", "first run")))
                .withIssue(new QualityIssue(1, "Wrong refund advice", 2, IssueStatus.OPEN, LocalDate.of(2026, 4, 2),
                        null, "QA Engineer", 2L, "hallucination-rate", null, "Seen in UAT"));
        plan.setQuality(q);
        return plan;
    }

    @Test
    void formatSevenFileOpensUnchangedWithAnEmptyQualityPlan() throws Exception {
        Plan plan = SamplePlans.everyField();
        Path file = dir.resolve("seven.genaiplan");
        Files.write(file, Packages.formatSeven(plan));

        PlanPackage pkg = new PlanPackageReader().read(file);
        assertThat(pkg.sourceFormat()).isEqualTo(7);
        assertThat(pkg.plan().quality()).isEqualTo(QualityPlan.EMPTY);
        PlanData read = PlanRows.of(pkg.plan());
        PlanData expected = PlanRows.of(plan);
        assertThat(read.tasks()).isEqualTo(expected.tasks());
        assertThat(read.risks()).isEqualTo(expected.risks());
        assertThat(read.settings()).isEqualTo(expected.settings());
        assertThat(read.costs()).isEqualTo(expected.costs());
    }

    @Test
    void packageKeepsMetricsMeasurementsAndIssues() throws Exception {
        Plan plan = withQuality();
        Path file = dir.resolve("q.genaiplan");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        PlanPackage again = new PlanPackageReader().read(file);
        assertThat(again.sourceFormat()).isEqualTo(PackageFormat.CURRENT_VERSION);
        assertThat(again.plan().quality()).isEqualTo(plan.quality());
    }

    @Test
    void workingStoreKeepsTheQualityPlanAcrossCommits() throws Exception {
        Plan plan = withQuality();
        StoreHome home = new StoreHome(dir.resolve("home"));
        try (WorkingStore store = WorkingStore.create(home)) {
            store.importAll(plan, new StoreInfo(Optional.empty(), "x", null, null, true, null));
            assertThat(store.load().quality()).isEqualTo(plan.quality());
            plan.setQuality(plan.quality().withIssue(plan.quality().issue(1).withStatus(IssueStatus.VERIFIED,
                    LocalDate.of(2026, 4, 5))));
            assertThat(store.commit(plan)).isTrue();
            assertThat(store.load().quality().issue(1).status()).isEqualTo(IssueStatus.VERIFIED);
        }
    }
}
