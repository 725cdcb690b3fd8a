package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.decision.SelectionMatrix;
import org.genaiplan.model.decision.SelectionMatrix.Candidate;
import org.genaiplan.model.decision.SelectionMatrix.Criterion;
import org.genaiplan.store.PlanPackageReader;
import org.genaiplan.store.PlanPackageWriter;
import org.genaiplan.testing.PrivateStoreHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code genaiplan info} names the chosen model and the tasks' techniques. */
@ExtendWith(PrivateStoreHome.class)
class DecisionInfoTest {
    @TempDir
    Path dir;

    @Test
    void infoPrintsTheChosenModelAndTheTechniques() throws Exception {
        Path file = CommandLineTest.chatbotPlan(dir);
        CommandLineTest.Run before = CommandLineTest.run("info", file.toString());
        assertThat(before.out()).contains("Techniques:   lora, prompt-engineering, rlhf").doesNotContain("Model:");
        assertThat(before.out()).containsPattern("People:       6 stakeholders, RACI \\d+ rows with no warnings, 5 communications");

        Plan plan = new PlanPackageReader().read(file).plan();
        plan.setSelection(new SelectionMatrix(List.of(new Criterion("Quality", 10), new Criterion("Cost", 5)), List.of(
                new Candidate("Hosted API", false, false, "", "", new BigDecimal("2.5"), 0, Map.of("Quality", 5, "Cost", 2)),
                new Candidate("Open 8B", true, true, "8B", "", null, 0, Map.of("Quality", 4, "Cost", 5))),
                new SelectionMatrix.Decision("Open 8B", LocalDate.of(2027, 1, 20), "")));
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanPackageWriter().write(plan, null, out);
        }
        CommandLineTest.Run after = CommandLineTest.run("info", file.toString());
        assertThat(after.exitCode()).as(after.err()).isZero();
        assertThat(after.out()).contains("Model:        Open 8B, chosen 2027-01-20 (rank 1 of 2, score 4.33 of 5)");
    }
}
