package org.genaiplan.export;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;

/**
 * The cost lines of a plan as the Costs sheet lists them, computed the way the schedule's roll-ups do: per
 * leaf task a "People" line (the owner's hours times the role's hourly rate, rounded to cents) and a "Fixed"
 * line (its fixed cost). Lines that would be zero are left out.
 */
final class CostLines {
    static final String PEOPLE = "People";
    static final String FIXED = "Fixed";
    static final String NO_PHASE = "(no phase)";

    /** One line; {@code role} and {@code hours} only on people lines. */
    record Line(Task task, String phase, String category, String role, double hours, BigDecimal rate,
                BigDecimal amount) {
    }

    final List<Line> lines = new ArrayList<>();
    /** Roles with a rate, in the plan's order. */
    final List<Role> roles = new ArrayList<>();
    /** Phase key (lower case) to display name and subtotal, in first-seen order. */
    final Map<String, String> phaseNames = new LinkedHashMap<>();
    final Map<String, BigDecimal> phaseTotals = new LinkedHashMap<>();
    final Map<String, BigDecimal> categoryTotals = new LinkedHashMap<>();
    BigDecimal total = BigDecimal.ZERO;

    CostLines(Plan plan, List<Task> rows) {
        roles.addAll(plan.roles());
        categoryTotals.put(PEOPLE, BigDecimal.ZERO);
        categoryTotals.put(FIXED, BigDecimal.ZERO);
        for (Task t : rows) {
            if (t.hasChildren()) {
                continue;
            }
            String phase = phaseOf(t);
            Role role = t.ownerRole() == null ? null : plan.role(t.ownerRole());
            if (role != null && t.durationMinutes() > 0) {
                BigDecimal amount = role.ratePerHour().multiply(BigDecimal.valueOf(t.durationMinutes()))
                        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
                add(new Line(t, phase, PEOPLE, role.name(), t.durationMinutes() / 60.0, role.ratePerHour(), amount));
            }
            if (t.fixedCost().signum() != 0) {
                add(new Line(t, phase, FIXED, null, 0, null, t.fixedCost().setScale(2, RoundingMode.HALF_UP)));
            }
        }
    }

    private void add(Line line) {
        lines.add(line);
        String key = line.phase().toLowerCase(Locale.ROOT);
        phaseNames.putIfAbsent(key, line.phase());
        phaseTotals.merge(key, line.amount(), BigDecimal::add);
        categoryTotals.merge(line.category(), line.amount(), BigDecimal::add);
        total = total.add(line.amount());
    }

    /** The task's phase, else its top-level ancestor's name. */
    static String phaseOf(Task t) {
        for (Task p = t; p != null; p = p.parent()) {
            if (p.phase() != null) {
                return p.phase();
            }
        }
        Task top = t;
        while (top.parent() != null) {
            top = top.parent();
        }
        return top == t ? NO_PHASE : top.name();
    }
}
