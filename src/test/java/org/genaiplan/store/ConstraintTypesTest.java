package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Constraint types are stored by name: every one, the newest included, comes back through store and package. */
class ConstraintTypesTest {
    private static final LocalDate START = LocalDate.of(2027, 1, 4);

    @TempDir
    Path dir;

    private static Plan everyType() {
        Plan plan = new Plan("Constraints", START);
        for (ConstraintType type : ConstraintType.values()) {
            Task t = plan.addTask(null, type.name());
            t.setDurationMinutes(480);
            t.setConstraint(type, type.needsDate() ? START.plusDays(3) : null);
        }
        return plan;
    }

    private static void assertEveryType(Plan plan) {
        for (ConstraintType type : ConstraintType.values()) {
            Task t = plan.roots().stream().filter(x -> x.name().equals(type.name())).findFirst().orElseThrow();
            assertThat(t.constraintType()).isEqualTo(type);
            assertThat(t.constraintDate()).isEqualTo(type.needsDate() ? START.plusDays(3) : null);
        }
    }

    @Test
    void everyConstraintTypeSurvivesThePackage() throws Exception {
        Path file = dir.resolve("constraints.genaiplan");
        try (OutputStream out = Files.newOutputStream(file)) {
            new PlanPackageWriter().write(everyType(), null, out);
        }
        assertEveryType(new PlanPackageReader().read(file).plan());
    }

    @Test
    void everyConstraintTypeSurvivesTheWorkingStore() throws Exception {
        try (WorkingStore store = WorkingStore.create(new StoreHome(dir.resolve("home")))) {
            store.importAll(everyType(), new StoreInfo(Optional.empty(), "x", null, null, true, null));
            assertEveryType(store.load());
        }
    }
}
