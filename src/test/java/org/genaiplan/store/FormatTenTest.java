package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.genaiplan.model.Plan;
import org.genaiplan.model.people.Attitude;
import org.genaiplan.model.people.Communication;
import org.genaiplan.model.people.Frequency;
import org.genaiplan.model.people.Level;
import org.genaiplan.model.people.RaciItem;
import org.genaiplan.model.people.RaciLetter;
import org.genaiplan.model.people.Stakeholder;
import org.genaiplan.model.people.StakeholderPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** People and communication (since format 10): a format-9 file opens unchanged; packages and stores keep them. */
class FormatTenTest {
    @TempDir
    Path dir;

    static StakeholderPlan sample() {
        return new StakeholderPlan(
                List.of(new Stakeholder("Sponsor", "Board", Level.HIGH, Level.HIGH, Attitude.CHAMPION, "Payback, go/no-go"),
                        new Stakeholder("Legal")),
                List.of(new RaciItem("Project charter", false, Map.of("Sponsor", RaciLetter.A, "Project Manager", RaciLetter.R)),
                        new RaciItem("Data", true, Map.of("Legal", RaciLetter.C))),
                List.of(new Communication("Steering committee", "Sponsor", "Budget and risks", Frequency.FORTNIGHTLY,
                        "Meeting", "Project Manager")));
    }

    @Test
    void formatNineFileOpensUnchangedWithNoStakeholders() throws Exception {
        Plan plan = SamplePlans.everyField();
        Path file = dir.resolve("nine.genaiplan");
        Files.write(file, Packages.formatNine(plan));

        PlanPackage pkg = new PlanPackageReader().read(file);
        assertThat(pkg.sourceFormat()).isEqualTo(9);
        PlanData read = PlanRows.of(pkg.plan());
        PlanData expected = PlanRows.of(plan);
        assertThat(read.tasks()).isEqualTo(expected.tasks());
        assertThat(read.roles()).isEqualTo(expected.roles());
        assertThat(read.decisions()).isEqualTo(expected.decisions());
        assertThat(read.quality()).isEqualTo(expected.quality());
        assertThat(pkg.plan().stakeholders()).isEqualTo(StakeholderPlan.EMPTY);
    }

    @Test
    void aFileClaimingFormatNineWithStakeholdersIsRefused() throws Exception {
        Plan plan = SamplePlans.everyField();
        plan.setStakeholders(sample());
        Path file = dir.resolve("odd.genaiplan");
        Files.write(file, Packages.withManifest(Packages.data(plan), m -> m.put("formatVersion", 9)));
        assertThatThrownBy(() -> new PlanPackageReader().read(file))
                .isInstanceOf(PlanFileException.class)
                .hasMessage("odd.genaiplan cannot be upgraded from file format 9: it already has stakeholders, which"
                        + " format 9 did not have.");
    }

    @Test
    void brokenStakeholderEntriesAreRefusedWithASentence() throws Exception {
        Plan plan = SamplePlans.everyField();
        for (String json : List.of("{\"stakeholders\":[null],\"raci\":[],\"communications\":[]}",
                "{\"stakeholders\":[],\"raci\":[{\"name\":\"x\",\"phase\":false,\"cells\":{\"PM\":\"X\"}}],\"communications\":[]}",
                "{\"stakeholders\":[{\"name\":\" \"}],\"raci\":[],\"communications\":[]}",
                "[1, 2]")) {
            Map<String, byte[]> data = Packages.data(plan);
            data.put(PackageFormat.STAKEHOLDERS, json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Path file = dir.resolve("broken.genaiplan");
            Files.write(file, Packages.withManifest(data, m -> { }));
            assertThatThrownBy(() -> new PlanPackageReader().read(file)).as(json)
                    .isInstanceOf(PlanFileException.class)
                    .hasMessageStartingWith("broken.genaiplan")
                    .hasMessageNotContaining("Exception")
                    .hasMessageEndingWith(".");
        }
    }

    @Test
    void packageKeepsTheStakeholders() throws Exception {
        Plan plan = SamplePlans.everyField();
        plan.setStakeholders(sample());
        Path file = dir.resolve("s.genaiplan");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        PlanPackage again = new PlanPackageReader().read(file);
        assertThat(again.sourceFormat()).isEqualTo(PackageFormat.CURRENT_VERSION);
        assertThat(again.plan().stakeholders()).isEqualTo(sample());
    }

    @Test
    void workingStoreKeepsTheStakeholdersAcrossCommits() throws Exception {
        Plan plan = SamplePlans.everyField();
        plan.setStakeholders(sample());
        StoreHome home = new StoreHome(dir.resolve("home"));
        try (WorkingStore store = WorkingStore.create(home)) {
            store.importAll(plan, new StoreInfo(Optional.empty(), "x", null, null, true, null));
            assertThat(store.load().stakeholders()).isEqualTo(sample());
            plan.setStakeholders(sample().withStakeholders(List.of(new Stakeholder("Finance"))));
            assertThat(store.commit(plan)).isTrue();
            assertThat(store.load().stakeholders().stakeholders()).extracting(Stakeholder::name).containsExactly("Finance");
        }
    }
}
