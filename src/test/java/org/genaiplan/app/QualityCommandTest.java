package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.genaiplan.testing.PrivateStoreHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PrivateStoreHome.class)
class QualityCommandTest {
    @TempDir
    Path dir;

    static final String EVALS = """
            metric,date,value,samples,source
            hallucination-rate,2027-02-01,7%,400,eval harness
            Toxicity score (average),2027-02-01,0.04,10000,eval harness
            toxicity,2027-02-01,0.5,10000,eval harness
            pii-leakage,2027-02-01,0,2000,red-team round 1
            latency-p95,2027-02-02,420,,load test
            """;

    @Test
    void evaluationResultsAreAddedAndInfoPrintsTheGatesAndTheQualityLine() throws Exception {
        Path plan = CommandLineTest.chatbotPlan(dir);
        CommandLineTest.Run before = CommandLineTest.run("info", plan.toString());
        assertThat(before.out()).contains("Gates:\n  Go / no-go (").contains("): pending\n")
                .contains("    - Hallucination rate is not measured yet\n")
                .contains("Quality: 0 met, 0 at risk, 0 not met, 6 not measured yet (5 without a target)");

        Path csv = Files.writeString(dir.resolve("evals.csv"), EVALS);
        CommandLineTest.Run run = CommandLineTest.run("quality", plan.toString(), "--from", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Added 5 measurements from evals.csv")
                .contains("Hallucination rate (hallucination-rate): target at most 5 %; latest 7 % on 2027-02-01; not met");

        CommandLineTest.Run info = CommandLineTest.run("info", plan.toString());
        assertThat(info.out()).contains("): blocked\n    - Hallucination rate is 7 %, target at most 5 %\n")
                .contains("Quality: 4 met, 0 at risk, 1 not met, 1 not measured yet");
    }

    @Test
    void badRowsAreListedByRowNumberAndNothingIsAdded() throws Exception {
        Path plan = CommandLineTest.chatbotPlan(dir);
        byte[] saved = Files.readAllBytes(plan);
        Path csv = Files.writeString(dir.resolve("bad.csv"), """
                hallucination-rate,2027-02-01,4
                no-such-metric,2027-02-01,4
                latency-p95,01/02/2027,300
                latency-p95,2027-02-01,fast
                """);
        CommandLineTest.Run run = CommandLineTest.run("quality", plan.toString(), "--from", csv.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("bad.csv was not imported")
                .contains("Row 2: the metric \"no-such-metric\" is not in the quality plan.")
                .contains("Row 3: \"01/02/2027\" is not a date (YYYY-MM-DD).")
                .contains("Row 4: \"fast\" is not a number.")
                .doesNotContain("Exception");
        assertThat(Files.readAllBytes(plan)).isEqualTo(saved);
    }
}
