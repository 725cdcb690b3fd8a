package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.capacity.Assignment;
import org.genaiplan.model.capacity.CapacityState;
import org.genaiplan.model.capacity.GpuPool;
import org.genaiplan.model.capacity.Leave;
import org.genaiplan.model.capacity.TaskLoad;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The capacity format step: a format-6 file opens unchanged with no capacity; capacity survives save and reopen. */
class FormatSevenTest {
    @TempDir
    Path dir;

    static CapacityState sampleCapacity(Plan plan) {
        String person = plan.resources().people().isEmpty() ? "Ana" : plan.resources().people().getFirst().name();
        long task = plan.tasksInOrder().stream().filter(t -> !t.hasChildren()).findFirst().orElseThrow().id();
        return new CapacityState(
                List.of(new GpuPool("Pool A", "H100", 16, List.of(new GpuPool.Step(LocalDate.of(2026, 6, 1), 32)))),
                Map.of(task, new TaskLoad(List.of(new Assignment(person, 50)), true, "Pool A", 960, 700)),
                List.of(new Leave(person, LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 10), "holiday")));
    }

    @Test
    void formatSixFileOpensUnchangedWithNoCapacity() throws Exception {
        Path file = dir.resolve("four.genaiplan");
        Files.write(file, Packages.formatSix(SamplePlans.everyField()));
        PlanPackage pkg = new PlanPackageReader().read(file);
        assertThat(pkg.sourceFormat()).isEqualTo(6);
        assertThat(pkg.plan().capacity().state()).isEqualTo(CapacityState.EMPTY);
        PlanData expected = PlanRows.of(SamplePlans.everyField());
        PlanData read = PlanRows.of(pkg.plan());
        assertThat(read.settings()).isEqualTo(expected.settings());
        assertThat(read.tasks()).isEqualTo(expected.tasks());
        assertThat(read.dependencies()).isEqualTo(expected.dependencies());
        assertThat(read.risks()).isEqualTo(expected.risks());
        assertThat(read.roles()).isEqualTo(expected.roles());
        assertThat(read.people()).isEqualTo(expected.people());
        assertThat(read.costs()).isEqualTo(expected.costs());
    }

    @Test
    void capacitySurvivesSaveAndReopenInTheCurrentFormat() throws Exception {
        Plan plan = SamplePlans.everyField();
        CapacityState state = sampleCapacity(plan);
        plan.capacity().set(state);
        Path saved = dir.resolve("saved.genaiplan");
        try (OutputStream out = Files.newOutputStream(saved)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        PlanPackage again = new PlanPackageReader().read(saved);
        assertThat(again.sourceFormat()).isEqualTo(PackageFormat.CURRENT_VERSION);
        assertThat(again.plan().capacity().state()).isEqualTo(state);
    }

    @Test
    void formatSixFileThatAlreadyHasCapacityIsRefused() throws Exception {
        Map<String, byte[]> data = Packages.data(SamplePlans.everyField());
        Path file = dir.resolve("odd.genaiplan");
        Files.write(file, Packages.withManifest(data, m -> m.put("formatVersion", 6)));
        assertThatThrownBy(() -> new PlanPackageReader().read(file)).isInstanceOf(PlanFileException.class)
                .hasMessage("odd.genaiplan cannot be upgraded from file format 6: the file already has a capacity"
                        + " entry, which format 6 did not have.");
    }
}
