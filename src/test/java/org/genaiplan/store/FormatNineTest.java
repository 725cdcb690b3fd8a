package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.decision.SelectionMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The GenAI decisions (since format 9): a format-8 file opens unchanged with none; packages and stores keep them. */
class FormatNineTest {
    @TempDir
    Path dir;

    private static Task named(Plan plan, String name) {
        for (Task t : plan.tasksInOrder()) {
            if (t.name().equals(name)) {
                return t;
            }
        }
        throw new AssertionError(name);
    }

    private static Plan withDecisions() throws Exception {
        Plan plan = SamplePlans.everyField();
        named(plan, "Prompt design").setTechnique("prompt-engineering");
        named(plan, "Evaluation harness").setTechnique("lora");
        Role first = plan.roles().iterator().next();
        plan.putRole(first.withResponsibilities("Owns the plan and the risk register."));
        plan.setSelection(new SelectionMatrix(SelectionMatrix.starter().criteria(), List.of(
                new SelectionMatrix.Candidate("Open 8B", true, true, "8B", "Apache-2.0", null, 128_000,
                        Map.of("Latency", 5, "Licence terms", 4)),
                new SelectionMatrix.Candidate("Hosted API", false, false, "", "Commercial", new BigDecimal("2.50"), 200_000,
                        Map.of("Latency", 3)),
                new SelectionMatrix.Candidate("Vendor suite", false, false, "", "Commercial", null, 0, Map.of(),
                        org.genaiplan.model.decision.Approach.BUY)),
                new SelectionMatrix.Decision("Open 8B", LocalDate.of(2026, 4, 10), "Data stays in house")));
        return plan;
    }

    @Test
    void formatEightFileOpensUnchangedWithNoDecisions() throws Exception {
        Plan plan = SamplePlans.everyField();
        Path file = dir.resolve("eight.genaiplan");
        Files.write(file, Packages.formatEight(plan));

        PlanPackage pkg = new PlanPackageReader().read(file);
        assertThat(pkg.sourceFormat()).isEqualTo(8);
        assertThat(pkg.plan().tasksInOrder()).allSatisfy(t -> assertThat(t.technique()).isNull());
        PlanData read = PlanRows.of(pkg.plan());
        PlanData expected = PlanRows.of(plan);
        assertThat(read.tasks()).isEqualTo(expected.tasks());
        assertThat(read.roles()).isEqualTo(expected.roles());
        assertThat(read.quality()).isEqualTo(expected.quality());
        assertThat(read.decisions()).isEqualTo(DecisionData.NONE);
        assertThat(pkg.plan().selection()).isEqualTo(SelectionMatrix.EMPTY);
    }

    @Test
    void packageKeepsTechniquesAndResponsibilities() throws Exception {
        Plan plan = withDecisions();
        Path file = dir.resolve("d.genaiplan");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        PlanPackage again = new PlanPackageReader().read(file);
        assertThat(again.sourceFormat()).isEqualTo(PackageFormat.CURRENT_VERSION);
        assertThat(named(again.plan(), "Prompt design").technique()).isEqualTo("prompt-engineering");
        assertThat(named(again.plan(), "Evaluation harness").technique()).isEqualTo("lora");
        assertThat(PlanRows.of(again.plan()).decisions()).isEqualTo(PlanRows.of(plan).decisions());
        Role first = plan.roles().iterator().next();
        assertThat(again.plan().role(first.name()).responsibilities()).isEqualTo("Owns the plan and the risk register.");
        assertThat(again.plan().selection()).isEqualTo(plan.selection());
    }

    @Test
    void workingStoreKeepsTheDecisionsAcrossCommits() throws Exception {
        Plan plan = withDecisions();
        StoreHome home = new StoreHome(dir.resolve("home"));
        try (WorkingStore store = WorkingStore.create(home)) {
            store.importAll(plan, new StoreInfo(Optional.empty(), "x", null, null, true, null));
            assertThat(named(store.load(), "Evaluation harness").technique()).isEqualTo("lora");
            named(plan, "Evaluation harness").setTechnique("rag");
            assertThat(store.commit(plan)).isTrue();
            Plan loaded = store.load();
            assertThat(named(loaded, "Evaluation harness").technique()).isEqualTo("rag");
            Role first = plan.roles().iterator().next();
            assertThat(loaded.role(first.name()).responsibilities()).isEqualTo("Owns the plan and the risk register.");
            assertThat(loaded.selection()).isEqualTo(plan.selection());
        }
    }
}
