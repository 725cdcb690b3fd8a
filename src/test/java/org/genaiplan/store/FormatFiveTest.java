package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.genaiplan.model.Distribution;
import org.genaiplan.model.Estimate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format 5 added the tasks' three-point estimates (estimates.json); a format-4 file opens unchanged, with none. */
class FormatFiveTest {
    @TempDir
    Path dir;

    @Test
    void formatFourFileOpensWithEverythingItHeldAndNoEstimates() throws Exception {
        Path file = dir.resolve("four.genaiplan");
        Files.write(file, Packages.formatFour(SamplePlans.everyField()));
        PlanPackage pkg = new PlanPackageReader().read(file);
        assertThat(pkg.sourceFormat()).isEqualTo(4);
        assertThat(pkg.plan().tasksInOrder()).extracting(Task::estimate).containsOnlyNulls();
        PlanData expected = PlanRows.of(SamplePlans.everyField());
        PlanData read = PlanRows.of(pkg.plan());
        assertThat(read.settings()).isEqualTo(expected.settings());
        assertThat(read.tasks()).isEqualTo(expected.tasks());
        assertThat(read.dependencies()).isEqualTo(expected.dependencies());
        assertThat(read.risks()).isEqualTo(expected.risks());
        assertThat(read.roles()).isEqualTo(expected.roles());
        assertThat(read.people()).isEqualTo(expected.people());
        assertThat(read.costs()).isEqualTo(expected.costs());
        assertThat(read.estimates()).isEmpty();
    }

    @Test
    void estimatesSurviveASaveAndTheFileIsTodaysFormat() throws Exception {
        Path file = dir.resolve("four.genaiplan");
        Files.write(file, Packages.formatFour(SamplePlans.everyField()));
        Plan plan = new PlanPackageReader().read(file).plan();
        Task leaf = plan.tasksInOrder().stream().filter(t -> !t.hasChildren() && !t.isMilestone()).findFirst().orElseThrow();
        Estimate e = new Estimate(960, 1440, 4800, Distribution.LOGNORMAL, "training runs");
        leaf.setEstimate(e);

        Path saved = dir.resolve("saved.genaiplan");
        try (OutputStream out = Files.newOutputStream(saved)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        PlanPackage again = new PlanPackageReader().read(saved);
        assertThat(again.sourceFormat()).isEqualTo(PackageFormat.CURRENT_VERSION);
        assertThat(again.plan().task(leaf.id()).estimate()).isEqualTo(e);
        assertThat(new String(Packages.entries(Files.readAllBytes(saved)).get(PackageFormat.ESTIMATES), StandardCharsets.UTF_8))
                .contains("\"distribution\":\"LOGNORMAL\"").contains("\"group\":\"training runs\"");
    }

    @Test
    void formatFourFileThatAlreadyHasEstimatesIsRefused() throws Exception {
        Map<String, byte[]> data = Packages.data(SamplePlans.everyField());
        Path file = dir.resolve("odd.genaiplan");
        Files.write(file, Packages.withManifest(data, m -> m.put("formatVersion", 4)));
        assertThatThrownBy(() -> new PlanPackageReader().read(file)).isInstanceOf(PlanFileException.class)
                .hasMessage("odd.genaiplan cannot be upgraded from file format 4: it already has estimates, which"
                        + " format 4 did not have.");
    }

    @Test
    void anEstimateOutOfOrderOrForAMissingTaskIsRefusedWithASentence() throws Exception {
        Path file = dir.resolve("bad.genaiplan");
        Files.write(file, Packages.withEdited(SamplePlans.everyField(), PackageFormat.ESTIMATES,
                s -> "[{\"taskId\":9999,\"optimisticMinutes\":1,\"mostLikelyMinutes\":2,\"pessimisticMinutes\":3,"
                        + "\"distribution\":\"PERT\",\"group\":null}]"));
        assertThatThrownBy(() -> new PlanPackageReader().read(file)).isInstanceOf(PlanFileException.class)
                .hasMessage("bad.genaiplan cannot be opened because its data breaks a rule of the plan: an estimate"
                        + " names task 9999, which the plan does not have.");
        Files.write(file, Packages.withEdited(SamplePlans.everyField(), PackageFormat.ESTIMATES,
                s -> "[{\"taskId\":2,\"optimisticMinutes\":5,\"mostLikelyMinutes\":2,\"pessimisticMinutes\":3,"
                        + "\"distribution\":\"PERT\",\"group\":null}]"));
        assertThatThrownBy(() -> new PlanPackageReader().read(file)).isInstanceOf(PlanFileException.class)
                .hasMessageContaining("optimistic");
    }
}
