package org.genaiplan.app;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.tracking.Baseline;
import org.genaiplan.model.tracking.BaselineTask;
import org.genaiplan.schedule.tracking.BaselineDiff;

/** {@code genaiplan baseline FILE --diff A B}: the totals of both, then every task that differs (up to 50). */
final class BaselineDiffText {
    private static final int MAX_ROWS = 50;

    private BaselineDiffText() {
    }

    static void print(Plan plan, String firstName, String secondName, PrintWriter out) {
        Baseline a = require(plan, firstName);
        Baseline b = require(plan, secondName);
        BaselineDiff diff = BaselineDiff.of(a, b);
        String c = plan.currency();
        out.printf("%s against %s%n", b.name(), a.name());
        out.printf("  Finish: %s -> %s%n", date(a.finish()), date(b.finish()));
        out.printf("  Cost:   %s -> %s %s (%s%s)%n", EarnedValueText.number(a.totalCost()),
                EarnedValueText.number(b.totalCost()), c, diff.costChange().signum() > 0 ? "+" : "",
                EarnedValueText.number(diff.costChange()));
        out.printf("  %d %s%n", diff.changes().size(), diff.changes().size() == 1 ? "task differs" : "tasks differ");
        int n = 0;
        for (BaselineDiff.Change ch : diff.changes()) {
            if (n++ == MAX_ROWS) {
                out.printf("  ... and %d more%n", diff.changes().size() - MAX_ROWS);
                break;
            }
            Task t = plan.task(ch.taskId());
            String name = t == null ? "task " + ch.taskId() + " (deleted since)" : plan.wbsCode(t) + " " + t.name();
            out.printf("  %-40s finish %s -> %s, cost %s%n", name, finish(ch.before()), finish(ch.after()),
                    signed(ch.costChange()));
        }
    }

    private static Baseline require(Plan plan, String name) {
        Baseline b = plan.tracking().baseline(name);
        if (b == null) {
            throw new ValidationException("The plan has no baseline \"" + name.strip() + "\".");
        }
        return b;
    }

    private static String finish(BaselineTask t) {
        return t == null ? "(none)" : date(t.finish());
    }

    private static String date(LocalDateTime moment) {
        return moment == null ? "-" : moment.toLocalDate().toString();
    }

    private static String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + EarnedValueText.number(amount);
    }
}
