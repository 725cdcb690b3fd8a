package org.genaiplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code bench simulate}: one line per size, ten million task-iterations at most 10,000 iterations. */
class SimulationBenchTest {
    @Test
    void printsTheSimulationLineInTheAgreedForm() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("--tasks", "200", "--runs", "1", "--warmups", "0", "--risks", "0", "--no-engine",
                "--no-window", "--no-earned-value", "--no-level");
        assertThat(code).isZero();
        assertThat(out.toString().strip()).matches("bench simulate tasks=200 iterations=10000 ms=\\d+\\.\\d{2}");
        assertThat(SimulationBench.iterations(1_000)).isEqualTo(10_000);
        assertThat(SimulationBench.iterations(10_000)).isEqualTo(1_000);
    }
}
