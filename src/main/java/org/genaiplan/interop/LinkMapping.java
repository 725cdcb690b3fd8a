package org.genaiplan.interop;

import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.mpxj.Relation;
import org.mpxj.TimeUnit;

/** The file's links as our dependencies: the four types, lags and leads in working minutes, percent lags resolved. */
final class LinkMapping {
    /** The longest lag or lead kept (the package's limit on any duration: ten years of minutes). */
    static final long MAX_LAG = 10L * 366 * 24 * 60;
    private LinkMapping() {
    }

    static void map(Plan plan, TaskMapping tasks, Durations durations) {
        for (var entry : tasks.all().entrySet()) {
            org.mpxj.Task source = entry.getKey();
            Task successor = entry.getValue();
            for (Relation relation : source.getPredecessors()) {
                Task predecessor = tasks.ours(relation.getPredecessorTask());
                if (predecessor == null) {
                    tasks.count("links to tasks outside the plan (external or blank rows)");
                    continue;
                }
                long base = predecessor.durationMinutes();
                if (relation.getLag() != null && relation.getLag().getUnits() == TimeUnit.PERCENT) {
                    tasks.count("percent lags turned into working time");
                }
                if (durations.isElapsed(relation.getLag()) && relation.getLag().getDuration() != 0) {
                    tasks.count("elapsed lags approximated in working time");
                }
                long lag = Math.clamp(durations.minutes(relation.getLag(), base), -MAX_LAG, MAX_LAG);
                try {
                    plan.addDependency(new Dependency(predecessor.id(), successor.id(), type(relation), lag));
                    tasks.count(lag == 0 ? "links" : "links with a lag or lead");
                } catch (ValidationException e) {
                    tasks.count("links refused (" + reason(e) + ")");
                }
            }
        }
    }

    private static String reason(ValidationException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.toLowerCase(java.util.Locale.ROOT).contains("loop") || m.toLowerCase(java.util.Locale.ROOT).contains("cycle")) {
            return "they would make a loop";
        }
        if (m.toLowerCase(java.util.Locale.ROOT).contains("summar")) {
            return "links on summary tasks";
        }
        return "duplicates or not allowed here";
    }

    static DependencyType type(Relation relation) {
        if (relation.getType() == null) {
            return DependencyType.FS;
        }
        return switch (relation.getType()) {
            case START_START -> DependencyType.SS;
            case FINISH_FINISH -> DependencyType.FF;
            case START_FINISH -> DependencyType.SF;
            default -> DependencyType.FS;
        };
    }
}
