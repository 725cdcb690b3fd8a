package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.genaiplan.model.Plan;
import org.genaiplan.model.cost.PriceTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format 2 added the cost model; a format-1 file opens with no cost data and saves in today's format. */
class FormatTwoTest {
    @TempDir
    Path dir;

    @Test
    void formatOneFileOpensWithNoCostDataAndEverythingElseIntact() throws Exception {
        Path file = dir.resolve("old.genaiplan");
        Files.write(file, Packages.formatOne(SamplePlans.everyField()));

        PlanPackage pkg = new PlanPackageReader().read(file);
        Plan plan = pkg.plan();

        assertThat(pkg.sourceFormat()).isEqualTo(1);
        assertThat(plan.priceTable()).isEqualTo(PriceTable.empty());
        assertThat(plan.budget().isEmpty()).isTrue();
        assertThat(plan.tasksInOrder()).allSatisfy(t -> {
            assertThat(t.costLines()).isEmpty();
            assertThat(t.workActualCost()).isNull();
        });
        assertThat(plan.roles()).allSatisfy(r -> assertThat(r.example()).isFalse());
        // everything format 1 had is unchanged
        Plan original = SamplePlans.everyField();
        assertThat(PlanRows.of(plan).tasks()).extracting(PlanData.TaskRow::name, PlanData.TaskRow::fixedCost,
                PlanData.TaskRow::notes).containsExactlyElementsOf(PlanRows.of(original).tasks().stream()
                .map(t -> org.assertj.core.groups.Tuple.tuple(t.name(), t.fixedCost(), t.notes())).toList());
        assertThat(PlanRows.of(plan).risks()).isEqualTo(PlanRows.of(original).risks());
        assertThat(PlanRows.of(plan).dependencies()).isEqualTo(PlanRows.of(original).dependencies());
        assertThat(plan.role("Product owner").ratePerHour()).isEqualByComparingTo("80");
    }

    @Test
    void formatOneFileSavedAgainIsTodaysFormatAndKeepsTheCostsAddedSince() throws Exception {
        Path old = dir.resolve("old.genaiplan");
        Files.write(old, Packages.formatOne(SamplePlans.everyField()));
        Plan plan = new PlanPackageReader().read(old).plan();
        Plan full = SamplePlans.everyField();
        plan.setPriceTable(full.priceTable());
        plan.task(5).setCostLines(full.task(5).costLines());

        Path saved = dir.resolve("saved.genaiplan");
        try (OutputStream out = Files.newOutputStream(saved)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        PlanPackage again = new PlanPackageReader().read(saved);
        assertThat(again.sourceFormat()).isEqualTo(PackageFormat.CURRENT_VERSION);
        assertThat(again.manifest().entries()).containsKey(PackageFormat.COSTS);
        assertThat(again.plan().priceTable()).isEqualTo(full.priceTable());
        assertThat(again.plan().task(5).costLines()).isEqualTo(full.task(5).costLines());
    }
}
