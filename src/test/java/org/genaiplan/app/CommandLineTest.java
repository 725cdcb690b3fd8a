package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    record Run(int exitCode, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GenaiPlanCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void helpListsTheCommandAndExitsZero() {
        Run run = run("--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Usage: genaiplan").contains("FILE");
    }

    @Test
    void unknownOptionIsAnErrorWithAMessage() {
        Run run = run("--frobnicate");
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).contains("Unknown option: '--frobnicate'");
    }

    @Test
    void versionNamesTheApp() {
        Run run = run("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("GenAI Planner " + AppVersion.VERSION);
    }
}
