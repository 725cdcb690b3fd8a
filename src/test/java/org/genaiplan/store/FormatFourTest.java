package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Format 4 added a deadline per task; a format-3 file opens unchanged, with no task deadlines. */
class FormatFourTest {
    @TempDir
    Path dir;

    /**
     * A file the format-3 app wrote (SamplePlans.everyField() of that version), kept byte for byte as a test
     * resource; it is named .zip (what a package is) so that no .genaiplan file is ever committed.
     */
    private Path writtenByFormatThreeApp() throws Exception {
        Path file = dir.resolve("support.genaiplan");
        try (InputStream in = FormatFourTest.class.getResourceAsStream("format3-sample.zip")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void fileWrittenByTheFormatThreeAppOpensWithEverythingItHeldAndNoTaskDeadlines() throws Exception {
        PlanPackage pkg = new PlanPackageReader().read(writtenByFormatThreeApp());
        Plan plan = pkg.plan();

        assertThat(pkg.sourceFormat()).isEqualTo(3);
        assertThat(plan.tasksInOrder()).extracting(Task::deadline).containsOnlyNulls();
        assertThat(plan.deadline()).as("the plan's own deadline").isEqualTo(LocalDate.of(2026, 9, 30));
        PlanData expected = PlanRows.of(SamplePlans.withoutTaskDeadlines());
        PlanData read = PlanRows.of(plan);
        assertThat(read.settings()).isEqualTo(expected.settings());
        assertThat(read.tasks()).isEqualTo(expected.tasks());
        assertThat(read.dependencies()).isEqualTo(expected.dependencies());
        assertThat(read.risks()).isEqualTo(expected.risks());
        assertThat(read.roles()).isEqualTo(expected.roles());
        assertThat(read.people()).isEqualTo(expected.people());
        assertThat(read.costs()).isEqualTo(expected.costs());
    }

    @Test
    void formatThreeFileSavedAgainIsFormatFourAndKeepsADeadlineSetSince() throws Exception {
        Plan plan = new PlanPackageReader().read(writtenByFormatThreeApp()).plan();
        plan.task(2).setDeadline(LocalDate.of(2026, 3, 13));

        Path saved = dir.resolve("saved.genaiplan");
        try (OutputStream out = Files.newOutputStream(saved)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        PlanPackage again = new PlanPackageReader().read(saved);
        assertThat(again.sourceFormat()).isEqualTo(PackageFormat.CURRENT_VERSION);
        assertThat(again.plan().task(2).deadline()).isEqualTo(LocalDate.of(2026, 3, 13));
        assertThat(new String(Packages.entries(Files.readAllBytes(saved)).get(PackageFormat.TASKS),
                java.nio.charset.StandardCharsets.UTF_8)).contains("\"deadline\":\"2026-03-13\"");
    }

    @Test
    void formatThreePackageOfTodaysSampleOpensWithoutItsDeadlines() throws Exception {
        Path file = dir.resolve("three.genaiplan");
        Files.write(file, Packages.formatThree(SamplePlans.everyField()));
        Plan plan = new PlanPackageReader().read(file).plan();
        assertThat(plan.tasksInOrder()).extracting(Task::deadline).containsOnlyNulls();
        assertThat(PlanRows.of(plan).tasks()).isEqualTo(PlanRows.of(SamplePlans.withoutTaskDeadlines()).tasks());
    }

    @Test
    void formatThreeFileWhoseTasksAlreadyHaveDeadlinesIsRefused() throws Exception {
        Map<String, byte[]> data = Packages.data(SamplePlans.everyField());
        Path file = dir.resolve("odd.genaiplan");
        Files.write(file, Packages.withManifest(data, m -> m.put("formatVersion", 3)));
        assertThatThrownBy(() -> new PlanPackageReader().read(file)).isInstanceOf(PlanFileException.class)
                .hasMessage("odd.genaiplan cannot be upgraded from file format 3: a task already has a deadline, which"
                        + " format 3 did not have.");
    }

    @Test
    void formatFourFileWithoutTheDeadlineFieldIsRefusedAsDamaged() throws Exception {
        Path file = dir.resolve("short.genaiplan");
        Map<String, byte[]> data = Packages.entries(Packages.formatThree(SamplePlans.everyField()));
        data.remove(PackageFormat.MANIFEST);
        Files.write(file, Packages.withManifest(data, m -> m.put("formatVersion", 4)));
        assertThatThrownBy(() -> new PlanPackageReader().read(file)).isInstanceOf(PlanFileException.class)
                .hasMessageStartingWith("short.genaiplan ").hasMessageContaining("deadline");
    }
}
