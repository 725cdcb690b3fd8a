package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupProbeTest {
    @TempDir
    Path home;

    @Test
    void probeRunReportsWhenTheWindowIsReadyAndExits() throws Exception {
        ChildJvm.Result child = ChildJvm.run(List.of("-Dgenaiplan.home=" + home, "-Dgenaiplan.startupProbe=true",
                "-Dglass.platform=Headless", "-Dprism.order=sw"));

        assertThat(child.exitCode()).as(child.output()).isZero();
        Matcher ready = Pattern.compile("startup-ready ms=(\\d+)").matcher(child.output());
        assertThat(ready.find()).as(child.output()).isTrue();
        assertThat(Long.parseLong(ready.group(1))).isPositive();
        // the window listened for later launches; exiting removed its hand-over file
        assertThat(home.resolve(SingleInstance.INFO_FILE)).doesNotExist();
    }
}
