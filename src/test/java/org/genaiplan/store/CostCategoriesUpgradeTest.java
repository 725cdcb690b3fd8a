package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.cost.AnnotationCost;
import org.genaiplan.model.cost.CostCategory;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.EvaluationCost;
import org.genaiplan.model.cost.InfrastructureCost;
import org.genaiplan.schedule.CostReport;
import org.genaiplan.schedule.CpmScheduler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Human evaluation and infrastructure as cost categories (since format 11): a format-10 file's evaluation lines
 * report under Human evaluation with the same totals; infrastructure lines survive the package and the store,
 * and a file claiming format 10 with one is refused.
 */
class CostCategoriesUpgradeTest {
    @TempDir
    Path dir;

    private static Plan plan(boolean infrastructure) {
        Plan plan = new Plan("Categories", LocalDate.of(2026, 3, 2));
        plan.putRole(new Role("QA Engineer", new BigDecimal("90")));
        plan.putRole(new Role("Data Annotator", new BigDecimal("40")));
        Task t = plan.addTask(null, "Red teaming");
        t.setDurationMinutes(5 * 480);
        List<CostLine> lines = new java.util.ArrayList<>(List.of(
                new CostLine("Red-team sessions", new EvaluationCost("QA Engineer", new BigDecimal("60")), null),
                new CostLine("Label pairs", new AnnotationCost("Data Annotator", 3000, new BigDecimal("4")), null)));
        if (infrastructure) {
            lines.add(new CostLine("Vector database", new InfrastructureCost(new BigDecimal("450"), new BigDecimal("12")),
                    new BigDecimal("900")));
        }
        t.setCostLines(lines);
        new CpmScheduler().schedule(plan);
        return plan;
    }

    @Test
    void aFormatTenFilesEvaluationLinesReportUnderHumanEvaluationWithTheSameTotal() throws Exception {
        Plan plan = plan(false);
        CostReport before = CostReport.of(plan, LocalDate.of(2026, 3, 2));
        Path file = dir.resolve("ten.genaiplan");
        Files.write(file, Packages.formatTen(plan));
        PlanPackage pkg = new PlanPackageReader().read(file);
        assertThat(pkg.sourceFormat()).isEqualTo(10);
        CostReport after = CostReport.of(pkg.plan(), LocalDate.of(2026, 3, 2));
        assertThat(after.total()).isEqualTo(before.total());
        // 60 h x 90 = 5,400.00 of human evaluation; 3,000 items x 4 min / 60 x 40 = 8,000.00 of data
        assertThat(after.byCategory().get(CostCategory.HUMAN_EVALUATION).planned()).isEqualByComparingTo("5400.00");
        assertThat(after.byCategory().get(CostCategory.DATA).planned()).isEqualByComparingTo("8000.00");
        assertThat(after.byCategory().get(CostCategory.INFRASTRUCTURE).planned()).isEqualByComparingTo("0");
        assertThat(PlanRows.of(pkg.plan()).tasks()).isEqualTo(PlanRows.of(plan).tasks());
    }

    @Test
    void infrastructureLinesSurviveThePackageAndTheStore() throws Exception {
        Plan plan = plan(true);
        CostReport report = CostReport.of(plan, LocalDate.of(2026, 3, 2));
        // 450 a month x 12 months
        assertThat(report.byCategory().get(CostCategory.INFRASTRUCTURE).planned()).isEqualByComparingTo("5400.00");
        Path file = dir.resolve("infra.genaiplan");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        Task again = new PlanPackageReader().read(file).plan().tasksInOrder().getFirst();
        assertThat(again.costLines()).isEqualTo(plan.tasksInOrder().getFirst().costLines());

        StoreHome home = new StoreHome(dir.resolve("home"));
        try (WorkingStore store = WorkingStore.create(home)) {
            store.importAll(plan, new StoreInfo(Optional.empty(), "x", null, null, true, null));
            assertThat(store.load().tasksInOrder().getFirst().costLines())
                    .isEqualTo(plan.tasksInOrder().getFirst().costLines());
        }
    }

    @Test
    void aFileClaimingFormatTenWithAnInfrastructureLineIsRefused() throws Exception {
        Path file = dir.resolve("liar.genaiplan");
        Files.write(file, Packages.formatTen(plan(true)));
        assertThatThrownBy(() -> new PlanPackageReader().read(file)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("infrastructure");
    }
}
