package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cost data in a file is untrusted input like the rest: a bad count, price, kind or name is refused with one
 * sentence that names the file and the problem, the file is left as it was and no working store remains.
 */
class HostileCostDataTest {
    @TempDir
    Path dir;
    private StoreHome home;
    private Path file;

    @BeforeEach
    void setUp() {
        home = new StoreHome(dir.resolve("home"));
        file = dir.resolve("plan.genaiplan");
    }

    @AfterEach
    void goodPlanStillOpens() throws Exception {
        Path good = dir.resolve("good.genaiplan");
        Files.write(good, Packages.of(SamplePlans.everyField()));
        try (PlanDocument doc = PlanDocument.open(good, home)) {
            assertThat(doc.plan().task(5).costLines()).hasSize(4);
        }
    }

    private String refused(String entry, UnaryOperator<String> edit) throws Exception {
        Files.write(file, Packages.withEdited(SamplePlans.everyField(), entry, edit));
        byte[] before = Files.readAllBytes(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        String message = null;
        try {
            PlanDocument.open(file, home).close();
        } catch (PlanFileException e) {
            message = e.getMessage();
        }
        assertThat(message).as("the file must be refused").isNotNull();
        assertThat(message).startsWith("plan.genaiplan ").endsWith(".").doesNotContain("Exception", "\n");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(file).toMillis()).isEqualTo(modified);
        if (Files.isDirectory(home.stores())) {
            try (var files = Files.list(home.stores())) {
                assertThat(files.filter(f -> f.toString().endsWith(".mv.db"))).as("no working store is left").isEmpty();
            }
        }
        return message;
    }

    @Test
    void negativeGpuCount() throws Exception {
        assertThat(refused(PackageFormat.TASKS, s -> s.replace("\"gpuCount\":4", "\"gpuCount\":-4")))
                .isEqualTo("plan.genaiplan cannot be opened because its data breaks a rule of the plan: the GPU count"
                        + " cannot be negative (cost line 1 of the task \"Evaluation harness\").");
    }

    @Test
    void nonNumericGpuPrice() throws Exception {
        assertThat(refused(PackageFormat.COSTS, s -> s.replace("\"pricePerHour\":\"3.10\"", "\"pricePerHour\":\"ten\"")))
                .isEqualTo("plan.genaiplan is damaged: the entry \"costs.json\" does not hold plan data"
                        + " (field \"pricePerHour\" holds \"ten\", which is not a number).");
    }

    @Test
    void nonNumericTokenPrice() throws Exception {
        assertThat(refused(PackageFormat.COSTS, s -> s.replace("\"outputPerMillion\":\"15\"",
                "\"outputPerMillion\":\"$15\""))).isEqualTo("plan.genaiplan is damaged: the entry \"costs.json\" does not"
                + " hold plan data (field \"outputPerMillion\" holds \"$15\", which is not a number).");
    }

    @Test
    void nonNumericHoursOnACostLine() throws Exception {
        assertThat(refused(PackageFormat.TASKS, s -> s.replace("\"hours\":\"120\"", "\"hours\":\"a week\"")))
                .isEqualTo("plan.genaiplan is damaged: the entry \"tasks.json\" does not hold plan data"
                        + " (field \"hours\" holds \"a week\", which is not a number).");
    }

    @Test
    void unknownCostKind() throws Exception {
        assertThat(refused(PackageFormat.TASKS, s -> s.replace("\"kind\":\"COMPUTE\"", "\"kind\":\"CRYPTO\"")))
                .isEqualTo("plan.genaiplan cannot be opened because its data breaks a rule of the plan: \"CRYPTO\" is"
                        + " not a known kind of cost (cost line 1 of the task \"Evaluation harness\").");
    }

    @Test
    void costLineMissingAnInputItsKindNeeds() throws Exception {
        assertThat(refused(PackageFormat.TASKS, s -> s.replace("\"gpuType\":\"H100 80GB\"", "\"gpuType\":null")))
                .isEqualTo("plan.genaiplan cannot be opened because its data breaks a rule of the plan: the GPU type"
                        + " is required (cost line 1 of the task \"Evaluation harness\").");
    }

    @Test
    void duplicateGpuName() throws Exception {
        assertThat(refused(PackageFormat.COSTS, s -> s.replace("\"name\":\"L4\"", "\"name\":\"h100 80GB\"")))
                .isEqualTo("plan.genaiplan cannot be opened because its data breaks a rule of the plan: the price"
                        + " table lists the GPU type \"h100 80GB\" twice.");
    }

    @Test
    void negativeGpuPrice() throws Exception {
        assertThat(refused(PackageFormat.COSTS, s -> s.replace("\"pricePerHour\":\"0.7\"", "\"pricePerHour\":\"-0.7\"")))
                .isEqualTo("plan.genaiplan cannot be opened because its data breaks a rule of the plan: the price per"
                        + " GPU-hour cannot be negative.");
    }

    @Test
    void negativeActualCost() throws Exception {
        assertThat(refused(PackageFormat.TASKS, s -> s.replace("\"actual\":\"1400.25\"", "\"actual\":\"-1400.25\"")))
                .isEqualTo("plan.genaiplan cannot be opened because its data breaks a rule of the plan: the actual"
                        + " cost cannot be negative (cost line 1 of the task \"Evaluation harness\").");
    }

    @Test
    void phaseWithTwoBudgets() throws Exception {
        assertThat(refused(PackageFormat.COSTS, s -> s.replace("\"phase\":\"Build\"", "\"phase\":\"discovery & scoping\"")))
                .isEqualTo("plan.genaiplan cannot be opened because its data breaks a rule of the plan: the phase"
                        + " \"discovery & scoping\" has two budgets.");
    }

    @Test
    void zeroPlanBudget() throws Exception {
        assertThat(refused(PackageFormat.COSTS, s -> s.replace("\"budget\":\"250000.00\"", "\"budget\":\"0\"")))
                .isEqualTo("plan.genaiplan cannot be opened because its data breaks a rule of the plan: the plan"
                        + " budget must be above zero.");
    }

    @Test
    void priceTableThatIsNotAnObject() throws Exception {
        assertThat(refused(PackageFormat.COSTS, s -> "[1, 2, 3]"))
                .isEqualTo("plan.genaiplan is damaged: the entry \"costs.json\" does not hold plan data.");
    }
}
