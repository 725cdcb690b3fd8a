package org.genaiplan.app;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.genaiplan.model.Plan;
import org.genaiplan.model.quality.GateResult;
import org.genaiplan.model.quality.Gates;
import org.genaiplan.model.quality.Measurement;
import org.genaiplan.model.quality.QualityMetric;
import org.genaiplan.model.quality.QualityPlan;

/** The command line's text of a plan's gates and quality plan. */
final class QualityReport {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.ENGLISH);

    private QualityReport() {
    }

    /** "Gates:" with each gate's status and open reasons, then the quality line. */
    static String gatesAndQuality(Plan plan) {
        StringBuilder b = new StringBuilder();
        List<GateResult> gates = Gates.evaluate(plan);
        if (gates.isEmpty()) {
            b.append("Gates: none\n");
        } else {
            b.append("Gates:\n");
            for (GateResult g : gates) {
                b.append("  ").append(g.name());
                if (g.date() != null) {
                    b.append(" (").append(DAY.format(g.date())).append(')');
                }
                b.append(": ").append(g.status().label()).append('\n');
                for (String reason : g.reasons()) {
                    b.append("    - ").append(reason).append('\n');
                }
            }
        }
        b.append(plan.quality().summaryLine()).append('\n');
        return b.toString();
    }

    /** Every metric with its target, latest value and status. */
    static String metrics(Plan plan) {
        QualityPlan q = plan.quality();
        StringBuilder b = new StringBuilder("Metrics:\n");
        for (QualityMetric m : q.metrics()) {
            Measurement last = q.latest(m.id());
            b.append("  ").append(m.name()).append(" (").append(m.id()).append("): target ").append(m.targetText())
                    .append("; latest ").append(last == null ? "none" : m.valueText(last.value()) + " on " + last.date())
                    .append("; ").append(q.status(m).label()).append('\n');
        }
        return b.toString();
    }
}
