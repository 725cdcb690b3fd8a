package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.genaiplan.testing.Slow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupProbeTest {
    @TempDir
    Path home;
    @TempDir
    Path dir;

    private static long point(String output, String name) {
        Matcher m = Pattern.compile(name + " ms=(\\d+) at=(\\d+)").matcher(output);
        assertThat(m.find()).as(name + " in:\n" + output).isTrue();
        return Long.parseLong(m.group(1));
    }

    @Test
    @Slow
    void probeRunReportsWhenTheWindowIsVisibleAndUsableAndExits() throws Exception {
        ChildJvm.Result child = ChildJvm.run(List.of("-Dgenaiplan.home=" + home, "-Dgenaiplan.startupProbe=true",
                "-Dglass.platform=Headless", "-Dprism.order=sw"));

        assertThat(child.exitCode()).as(child.output()).isZero();
        long visible = point(child.output(), "startup-visible");
        long usable = point(child.output(), "startup-usable");
        assertThat(visible).isPositive().isLessThanOrEqualTo(usable);
        assertThat(child.output()).contains("startup-ready ms=" + usable).doesNotContain("startup-rows");
        // the window listened for later launches; exiting removed its hand-over file
        assertThat(home.resolve(SingleInstance.INFO_FILE)).doesNotExist();
    }

    @Test
    @Slow
    void withAFileTheProbeWaitsForItsRowsOnScreen() throws Exception {
        Path plan = dir.resolve("plan.genaiplan");
        assertThat(GenaiPlanCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "generate", "--tasks", "200", plan.toString())).isZero();

        ChildJvm.Result child = ChildJvm.run(List.of("-Dgenaiplan.home=" + home, "-Dgenaiplan.startupProbe=true",
                "-Dglass.platform=Headless", "-Dprism.order=sw"), plan.toString());

        assertThat(child.exitCode()).as(child.output()).isZero();
        long usable = point(child.output(), "startup-usable");
        long rows = point(child.output(), "startup-rows");
        assertThat(rows).isGreaterThanOrEqualTo(usable);
        assertThat(point(child.output(), "startup-read")).as("the file read before its rows show").isLessThanOrEqualTo(rows);
        Matcher count = Pattern.compile("startup-rows .* rows=(\\d+) cpu=\\d+").matcher(child.output());
        assertThat(count.find()).isTrue();
        assertThat(Integer.parseInt(count.group(1))).isGreaterThan(5);
    }

    @Test
    void processAgeIsCloseToTheJvmsOwnUptime() {
        long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        long age = StartupProbe.millisSinceProcessStart();
        // the process starts a little before the JVM counts its uptime; /proc counts in 10 ms steps (the
        // boot time behind ProcessHandle.startInstant() is whole seconds, up to a second early)
        assertThat(age).isBetween(uptime - 20, uptime + 300);
    }
}
