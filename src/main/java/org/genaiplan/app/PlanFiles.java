package org.genaiplan.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.genaiplan.model.Plan;
import org.genaiplan.store.PlanFileException;
import org.genaiplan.store.PlanFileWriter;
import org.genaiplan.store.PlanPackageWriter;
import org.genaiplan.store.StoreHome;

/** Writes a whole plan to a new .genaiplan file for the commands that make plans without a window. */
final class PlanFiles {
    private PlanFiles() {
    }

    static void writeNew(Plan plan, Path target, boolean replace) throws PlanFileException {
        String name = PlanFileException.nameOf(target);
        if (!target.getFileName().toString().endsWith(".genaiplan")) {
            throw new PlanFileException(name + " was not written because plan files end in .genaiplan.");
        }
        if (Files.exists(target) && !replace) {
            throw new PlanFileException(name + " already exists; pass --force to replace it.");
        }
        new PlanFileWriter(StoreHome.fromSystemProperties())
                .write(target, null, out -> new PlanPackageWriter().write(plan, Instant.now(), out));
    }
}
