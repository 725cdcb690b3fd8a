package org.genaiplan.app;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genaiplan.model.Plan;
import org.genaiplan.schedule.LevelProposal;
import org.genaiplan.schedule.ResourceUsage;

/** The command line's words on capacity: over-allocated resources for {@code info}, the change list for {@code level}. */
final class CapacityReport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT);

    private CapacityReport() {
    }

    /** "Over-allocated:" lines, one per resource with its first over-allocated week; nothing when none is. */
    static String overAllocation(Plan plan) {
        ResourceUsage usage = new ResourceUsage(plan);
        List<String> lines = new ArrayList<>();
        for (int r = 0; r < usage.profile().size(); r++) {
            java.time.LocalDate first = usage.firstOverload(r);
            if (first != null) {
                java.time.LocalDate monday = first.with(java.time.temporal.TemporalAdjusters.previousOrSame(
                        java.time.DayOfWeek.MONDAY));
                lines.add("  " + usage.profile().name(r) + (usage.profile().kind(r)
                        == org.genaiplan.schedule.CapacityProfile.Kind.POOL ? " (GPU pool)" : "")
                        + ": first over-allocated in the week of " + monday.format(DAY));
            }
        }
        if (lines.isEmpty()) {
            return "";
        }
        return "Over-allocated:\n" + String.join("\n", lines) + "\n";
    }

    /** The levelling change list as lines. */
    static String changeList(Plan plan, LevelProposal p) {
        StringBuilder b = new StringBuilder();
        int mpd = plan.calendar().minutesPerDay();
        if (p.isEmpty()) {
            b.append("Nothing to level: no task needs to move.\n");
        }
        for (LevelProposal.Move m : p.moves()) {
            double days = m.shiftMinutes() / (double) mpd;
            b.append(m.wbs()).append(' ').append(m.name()).append(": ")
                    .append(m.oldStart() == null ? "" : m.oldStart().toLocalDate().format(DAY)).append(" -> ")
                    .append(m.newStart().toLocalDate().format(DAY)).append(" (")
                    .append(String.format(Locale.ROOT, "%+.1f", days)).append(" working days); ")
                    .append(m.reason()).append('\n');
        }
        for (String u : p.unresolved()) {
            b.append("Not resolved: ").append(u).append('\n');
        }
        return b.toString();
    }
}
