package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The upgrade chain runs exactly the steps from the file's format up to the current one, in order. */
class FormatUpgradesTest {
    @TempDir
    Path dir;

    /** A step that records that it ran, and renames tasks the way a real format change might. */
    private record Step(int from, List<String> log) implements FormatUpgrade {
        @Override
        public void apply(Map<String, JsonNode> entries) {
            log.add(from + "->" + (from + 1));
            for (JsonNode task : entries.get(PackageFormat.TASKS)) {
                ((ObjectNode) task).put("name", task.get("name").asText() + " (v" + (from + 1) + ")");
            }
        }
    }

    @Test
    void oldFileRunsEveryStepFromItsVersionInOrder() throws Exception {
        List<String> log = new ArrayList<>();
        FormatUpgrades chain = new FormatUpgrades(3, List.of(new Step(2, log), new Step(1, log)));
        PlanPackageReader reader = new PlanPackageReader(PackageLimits.defaults(), chain);
        Path file = dir.resolve("old.genaiplan");
        Files.write(file, formatOne(Packages.data(SamplePlans.everyField())));

        Plan plan = reader.read(file).plan();

        assertThat(log).containsExactly("1->2", "2->3");
        assertThat(plan.task(1).name()).isEqualTo("Discovery (v2) (v3)");
    }

    @Test
    void fileInTheMiddleVersionRunsOnlyTheRemainingStep() throws Exception {
        List<String> log = new ArrayList<>();
        FormatUpgrades chain = new FormatUpgrades(3, List.of(new Step(1, log), new Step(2, log)));
        PlanPackageReader reader = new PlanPackageReader(PackageLimits.defaults(), chain);
        Path file = dir.resolve("v2.genaiplan");
        Files.write(file, Packages.withManifest(Packages.data(SamplePlans.everyField()), m -> m.put("formatVersion", 2)));

        PlanPackage pkg = reader.read(file);

        assertThat(log).containsExactly("2->3");
        assertThat(pkg.sourceFormat()).isEqualTo(2);
        assertThat(pkg.plan().task(1).name()).isEqualTo("Discovery (v3)");
    }

    @Test
    void currentFileRunsNoStepAndNewerIsRefusedNamingBothVersions() throws Exception {
        List<String> log = new ArrayList<>();
        FormatUpgrades chain = new FormatUpgrades(2, List.of(new Step(1, log)));
        PlanPackageReader reader = new PlanPackageReader(PackageLimits.defaults(), chain);
        Path current = dir.resolve("current.genaiplan");
        Files.write(current, Packages.withManifest(Packages.data(SamplePlans.everyField()), m -> m.put("formatVersion", 2)));
        reader.read(current);
        assertThat(log).isEmpty();

        Path newer = dir.resolve("newer.genaiplan");
        Files.write(newer, Packages.withManifest(Packages.data(SamplePlans.everyField()), m -> m.put("formatVersion", 3)));
        assertThatThrownBy(() -> reader.read(newer)).isInstanceOf(PlanFileException.class).hasMessage(
                "newer.genaiplan was saved by a newer GenAI Planner (file format 3); this version reads format 2 and older.");
    }

    @Test
    void stepThatCannotUpgradeGivesAClearMessage() throws Exception {
        FormatUpgrade failing = new FormatUpgrade() {
            @Override
            public int from() {
                return 1;
            }

            @Override
            public void apply(Map<String, JsonNode> entries) {
                throw new IllegalArgumentException("Tasks without a phase cannot be converted.");
            }
        };
        PlanPackageReader reader = new PlanPackageReader(PackageLimits.defaults(), new FormatUpgrades(2, List.of(failing)));
        Path file = dir.resolve("old.genaiplan");
        Files.write(file, formatOne(Packages.data(SamplePlans.everyField())));
        assertThatThrownBy(() -> reader.read(file)).hasMessage(
                "old.genaiplan cannot be upgraded from file format 1: tasks without a phase cannot be converted.");
    }

    @Test
    void stepMayAddAnEntryTheNewFormatNeeds() throws Exception {
        // Format "1" here lacks roles.json; the step to 2 adds it, as a real v1->v2 step would add a table.
        Map<String, byte[]> data = Packages.data(SamplePlans.everyField());
        data.remove(PackageFormat.ROLES);
        data.put(PackageFormat.PEOPLE, "[]".getBytes(StandardCharsets.UTF_8)); // people hold roles the step drops
        FormatUpgrade addRoles = new FormatUpgrade() {
            @Override
            public int from() {
                return 1;
            }

            @Override
            public void apply(Map<String, JsonNode> entries) {
                ArrayNode roles = Json.mapper().createArrayNode();
                roles.addObject().put("name", "Default").put("ratePerHour", "50").put("example", false)
                        .put("maxUnits", 100).put("availability", "");
                entries.put(PackageFormat.ROLES, roles);
            }
        };
        Path file = dir.resolve("old.genaiplan");
        Files.write(file, formatOne(data));
        Plan plan = new PlanPackageReader(PackageLimits.defaults(), new FormatUpgrades(2, List.of(addRoles)))
                .read(file).plan();
        assertThat(plan.role("Default")).isNotNull();
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("roles.json");
    }

    /** Today's entries under a format-1 manifest, for chains that only test the stepping. */
    private static byte[] formatOne(Map<String, byte[]> data) throws Exception {
        return Packages.withManifest(data, m -> m.put("formatVersion", 1));
    }

    @Test
    void chainWithAGapIsABuildMistake() {
        assertThatThrownBy(() -> new FormatUpgrades(3, List.of(new Step(1, new ArrayList<>()))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gaps");
        assertThat(FormatUpgrades.standard().current()).isEqualTo(PackageFormat.CURRENT_VERSION);
    }
}
