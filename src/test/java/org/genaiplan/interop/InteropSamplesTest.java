package org.genaiplan.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.genaiplan.export.ProgressListener;
import org.junit.jupiter.api.Test;

/**
 * Every file in the shared interop samples (written by MS Project, GNOME Planner and Primavera P6) imports
 * with its report, and at least 95 % of the tasks whose dates the tool computed agree with ours. The
 * samples are not part of the repository: the test is skipped where the shared folder is absent (CI).
 */
class InteropSamplesTest {

    static Path samples() {
        for (String candidate : new String[] {"../shared/interop-samples", "../../shared/interop-samples",
                "/work/shared/interop-samples"}) {
            Path p = Path.of(candidate);
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        return null;
    }

    @Test
    void everySharedSampleImportsWithItsReportAndItsDatesAgree() throws Exception {
        Path dir = samples();
        assumeTrue(dir != null, "the shared interop samples are not next to this clone");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> !p.getFileName().toString().equalsIgnoreCase("README.md")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        int compared = 0;
        int agreed = 0;
        for (Path file : files) {
            byte[] before = Files.readAllBytes(file);
            ForeignImport.Result result = new ForeignImport().read(file, "Sample", ProgressListener.NONE);
            result.report().lines().forEach(System.out::println);
            assertThat(result.plan().taskCount()).as(file.toString()).isPositive();
            assertThat(Files.readAllBytes(file)).as("the source is never changed").isEqualTo(before);
            compared += result.report().agreement().compared();
            agreed += result.report().agreement().agreed();
        }
        System.out.printf("All samples: %d of %d tasks agree%n", agreed, compared);
        assertThat(100.0 * agreed / compared).isGreaterThanOrEqualTo(95.0);
    }

    static byte[] read(Path p) throws IOException {
        return Files.readAllBytes(p);
    }
}
