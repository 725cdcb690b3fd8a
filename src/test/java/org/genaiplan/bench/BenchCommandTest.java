package org.genaiplan.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import org.genaiplan.testing.Slow;
import org.junit.jupiter.api.Test;

class BenchCommandTest {

    @Test
    @Slow
    void printsOneLinePerMeasurementInTheAgreedForm() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("--tasks", "300", "--runs", "1", "--warmups", "0", "--risks", "0", "--no-simulate");

        assertThat(code).isZero();
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines).extracting(l -> l.split(" ")[1])
                .containsExactly("generate", "schedule", "schedule-cold", "incremental", "indent", "cost-report", "business-case", "save", "read", "open", "export-xlsx", "export-pdf", "heap",
                        "heap-open", "open-ui", "heap-ui", "edit-ui", "indent-ui", "scroll-ui", "collapse-ui", "scroll-floor",
                        "earned-value", "monthly-phasing", "level", "usage");
        for (String line : lines) {
            assertThat(line).matches("bench [a-z-]+ tasks=300 (ms=\\d+\\.\\d{2}( mb=\\d+)?|mb=\\d+)");
        }
        java.util.Map<String, String> byName = new java.util.HashMap<>();
        for (String line : lines) {
            byName.put(line.split(" ")[1], line);
        }
        assertThat(byName.get("heap-ui")).matches("bench heap-ui tasks=300 mb=\\d+");
        for (String heavy : new String[] {"export-xlsx", "export-pdf", "heap", "heap-open"}) {
            assertThat(byName.get(heavy)).contains(" mb=");
        }
    }

    @Test
    @Slow
    void measuresFilteringAndSortingTheRiskRegister() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setOut(new PrintWriter(out));
        int code = cli.execute("--tasks", "50", "--runs", "1", "--warmups", "0", "--risks", "2000",
                "--no-engine", "--no-window", "--no-simulate"); // the engine and window lines are the test above's

        assertThat(code).isZero();
        String[] lines = out.toString().strip().split("\\R");
        assertThat(lines[lines.length - 1]).matches("bench risk-filter risks=2000 ms=\\d+\\.\\d{2}");
    }

    @Test
    void refusesSizesBelowOne() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new BenchCommand());
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("--tasks", "0");

        assertThat(code).isNotZero();
        assertThat(err.toString()).contains("--tasks needs sizes of 1 or more, not 0.");
    }
}
