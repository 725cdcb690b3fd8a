package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.genaiplan.model.Plan;
import org.genaiplan.model.decision.BusinessCase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The business case (since format 11): a format-10 file opens unchanged with none; packages and stores keep it. */
class FormatElevenTest {
    @TempDir
    Path dir;

    private static final BusinessCase CASE = new BusinessCase(new BigDecimal("18000"), new BigDecimal("2500"),
            new BigDecimal("5000"), 7, 120_000, new BigDecimal("1.5"), null);

    @Test
    void formatTenFileOpensUnchangedWithNoBusinessCase() throws Exception {
        Plan plan = SamplePlans.everyField();
        Path file = dir.resolve("ten.genaiplan");
        Files.write(file, Packages.formatTen(plan));

        PlanPackage pkg = new PlanPackageReader().read(file);
        assertThat(pkg.sourceFormat()).isEqualTo(10);
        PlanData read = PlanRows.of(pkg.plan());
        PlanData expected = PlanRows.of(plan);
        assertThat(read.tasks()).isEqualTo(expected.tasks());
        assertThat(read.roles()).isEqualTo(expected.roles());
        assertThat(read.costs()).isEqualTo(expected.costs());
        assertThat(read.decisions()).isEqualTo(expected.decisions());
        assertThat(pkg.plan().businessCase()).isEqualTo(BusinessCase.NONE);
    }

    @Test
    void formatTenFileWithoutDecisionsStillOpens() throws Exception {
        Map<String, byte[]> data = Packages.data(SamplePlans.everyField());
        data.remove(PackageFormat.DECISIONS);
        data.remove(PackageFormat.LESSONS);
        Path file = dir.resolve("bare.genaiplan");
        Files.write(file, Packages.withManifest(data, m -> m.put("formatVersion", 10)));
        assertThat(new PlanPackageReader().read(file).plan().businessCase()).isEqualTo(BusinessCase.NONE);
    }

    @Test
    void aFileClaimingFormatTenButHoldingABusinessCaseIsRefused() throws Exception {
        Plan plan = SamplePlans.everyField();
        plan.setBusinessCase(CASE);
        Path file = dir.resolve("liar.genaiplan");
        Files.write(file, Packages.withManifest(Packages.data(plan), m -> m.put("formatVersion", 10)));
        assertThatThrownBy(() -> new PlanPackageReader().read(file)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("business case");
    }

    @Test
    void aNegativeBenefitInTheFileIsRefusedWithASentence() throws Exception {
        Plan plan = SamplePlans.everyField();
        plan.setBusinessCase(CASE);
        Path file = dir.resolve("negative.genaiplan");
        Files.write(file, Packages.withEdited(plan, PackageFormat.DECISIONS,
                json -> json.replace("\"savingsPerMonth\":18000", "\"savingsPerMonth\":-18000")));
        assertThatThrownBy(() -> new PlanPackageReader().read(file)).isInstanceOf(PlanFileException.class)
                .hasMessageEndingWith("breaks a rule of the plan: savings per month cannot be negative.");
    }

    @Test
    void packageAndWorkingStoreKeepTheBusinessCase() throws Exception {
        Plan plan = SamplePlans.everyField();
        plan.setBusinessCase(CASE);
        Path file = dir.resolve("b.genaiplan");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        PlanPackage again = new PlanPackageReader().read(file);
        assertThat(again.sourceFormat()).isEqualTo(PackageFormat.CURRENT_VERSION);
        assertThat(again.plan().businessCase()).isEqualTo(CASE);

        StoreHome home = new StoreHome(dir.resolve("home"));
        try (WorkingStore store = WorkingStore.create(home)) {
            store.importAll(plan, new StoreInfo(Optional.empty(), "x", null, null, true, null));
            assertThat(store.load().businessCase()).isEqualTo(CASE);
            BusinessCase changed = CASE.withRunRatePerMonth(new BigDecimal("4200"));
            plan.setBusinessCase(changed);
            assertThat(store.commit(plan)).isTrue();
            assertThat(store.load().businessCase()).isEqualTo(changed);
        }
    }
}
