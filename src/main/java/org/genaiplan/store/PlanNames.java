package org.genaiplan.store;

import java.nio.file.Path;
import org.genaiplan.model.Plan;

/** A plan nobody has named takes the name of its file: scratch.genaiplan is the plan "scratch". */
public final class PlanNames {
    private PlanNames() {
    }

    /** The file's name without the {@code .genaiplan} extension. */
    public static String stem(Path file) {
        String base = file.getFileName().toString();
        return base.endsWith(PackageFormat.EXTENSION) && base.length() > PackageFormat.EXTENSION.length()
                ? base.substring(0, base.length() - PackageFormat.EXTENSION.length()) : base;
    }

    /** Names an untitled plan after {@code file}; returns whether it did. */
    public static boolean nameAfterFile(Plan plan, Path file) {
        if (!plan.isUntitled() || file == null || file.getFileName() == null) {
            return false;
        }
        String stem = stem(file).strip();
        if (stem.isEmpty()) {
            return false;
        }
        plan.setName(stem);
        return true;
    }
}
