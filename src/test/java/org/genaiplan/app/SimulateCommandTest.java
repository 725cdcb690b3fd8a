package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaiplan.testing.PrivateStoreHome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code genaiplan simulate}: the machine-readable lines on the chatbot template, reproducible by seed. */
@ExtendWith(PrivateStoreHome.class)
class SimulateCommandTest {
    @TempDir
    Path dir;

    private static final Pattern PERCENTILE = Pattern.compile(
            "P(10|50|80|90) finish=(\\d{4}-\\d{2}-\\d{2}) working-days=(\\d+\\.\\d{2}) cost=(\\d+\\.\\d{2})");

    @Test
    void printsPercentilesMeanAndDriversAndTheSameSeedGivesTheSameLines() {
        Path plan = CommandLineTest.chatbotPlan(dir);
        CommandLineTest.Run run = CommandLineTest.run("simulate", plan.toString(), "--iterations", "2000", "--seed", "7");
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        double previousDays = 0;
        double previousCost = 0;
        int percentiles = 0;
        for (String line : lines) {
            Matcher m = PERCENTILE.matcher(line);
            if (m.matches()) {
                percentiles++;
                double days = Double.parseDouble(m.group(3));
                double cost = Double.parseDouble(m.group(4));
                assertThat(days).as(line).isGreaterThanOrEqualTo(previousDays);
                assertThat(cost).as(line).isGreaterThanOrEqualTo(previousCost);
                previousDays = days;
                previousCost = cost;
            }
        }
        assertThat(percentiles).isEqualTo(4);
        assertThat(lines).anyMatch(l -> l.matches("mean working-days=\\d+\\.\\d{2} cost=\\d+\\.\\d{2}"));
        assertThat(lines.stream().filter(l -> l.startsWith("driver rank="))).hasSize(10);
        assertThat(lines).anyMatch(l -> l.startsWith("driver rank=1 ") && l.contains("name=\""));
        assertThat(lines).anyMatch(l -> l.matches("risk-effect rank=1 p80-working-days=\\d+\\.\\d{2} p80-cost=-?\\d+\\.\\d{2} name=\"R-\\d{3} .*\""));

        CommandLineTest.Run again = CommandLineTest.run("simulate", plan.toString(), "--iterations", "2000", "--seed", "7");
        assertThat(again.out()).isEqualTo(run.out());
    }

    @Test
    void afterMitigationTheP80FinishIsEarlier() {
        Path plan = CommandLineTest.chatbotPlan(dir);
        double inherent = p80Days(CommandLineTest.run("simulate", plan.toString(), "--iterations", "2000").out());
        double residual = p80Days(CommandLineTest.run("simulate", plan.toString(), "--iterations", "2000", "--residual").out());
        assertThat(residual).isLessThan(inherent);
    }

    @Test
    void tooFewIterationsAreRefusedInASentence() {
        Path plan = CommandLineTest.chatbotPlan(dir);
        CommandLineTest.Run run = CommandLineTest.run("simulate", plan.toString(), "--iterations", "5");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("--iterations must be between 100 and 1,000,000, not 5.");
    }

    private static double p80Days(String out) {
        Matcher m = Pattern.compile("P80 finish=\\S+ working-days=(\\S+) ").matcher(out);
        assertThat(m.find()).as(out).isTrue();
        return Double.parseDouble(m.group(1));
    }
}
