package org.genaiplan.app;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genaiplan.model.Plan;
import org.genaiplan.model.tracking.Baseline;
import org.genaiplan.schedule.tracking.EarnedValue;
import org.genaiplan.schedule.tracking.Figures;
import org.genaiplan.schedule.tracking.MonthlyPhasing;

/**
 * The earned-value block of {@code genaiplan info}: once the plan has a baseline, one line each for PV, EV,
 * AC, SV, CV, SPI, CPI, EAC, ETC, VAC and TCPI at the status date (today when none is set), the GPU-hour and
 * token figures, and the status month's alert if any.
 */
final class EarnedValueText {
    private EarnedValueText() {
    }

    /**
     * The block's lines; without a baseline only the month's alert against the current plan, if imported actuals
     * reach one. The plan must be scheduled.
     */
    static List<String> lines(Plan plan, LocalDate today) {
        Baseline baseline = plan.tracking().comparedBaseline();
        LocalDate status = plan.statusDate() != null ? plan.statusDate() : today;
        if (baseline == null) {
            // No earned value without a baseline; imported spending is still measured against the month's plan.
            return plan.tracking().actuals().isEmpty() ? List.of() : MonthlyPhasing.of(plan, null, status).alert()
                    .map(a -> List.of("Monthly alert: " + a.message())).orElse(List.of());
        }
        EarnedValue ev = EarnedValue.of(plan, baseline, status);
        Figures f = ev.money();
        String c = plan.currency();
        List<String> out = new ArrayList<>();
        out.add("Earned value at " + status + " (baseline " + baseline.name() + ")");
        out.add(row("BAC", money(f.bac(), c), "budget at completion"));
        out.add(row("PV", money(f.pv(), c), "planned value: budgeted cost of work scheduled"));
        out.add(row("EV", money(f.ev(), c), "earned value: budgeted cost of work performed"));
        out.add(row("AC", money(f.ac(), c), "actual cost of work performed"));
        out.add(row("SV", money(f.sv(), c), "schedule variance EV - PV"));
        out.add(row("CV", money(f.cv(), c), "cost variance EV - AC"));
        out.add(row("SPI", index(f.spi()), "schedule performance index EV / PV"));
        out.add(row("CPI", index(f.cpi()), "cost performance index EV / AC"));
        out.add(row("EAC", money(f.eac(), c), "estimate at completion " + f.method().formula()));
        out.add(row("ETC", money(f.etc(), c), "estimate to complete EAC - AC"));
        out.add(row("VAC", money(f.vac(), c), "variance at completion BAC - EAC"));
        out.add(row("TCPI", index(f.tcpi()), "to-complete index (BAC - EV) / (BAC - AC)"));
        Figures g = ev.gpuHours();
        if (g.bac().signum() != 0 || g.ac().signum() != 0) {
            out.add(String.format(Locale.ROOT, "  GPU-hours: planned %s, earned %s, used %s of %s (CPI %s, EAC %s)",
                    number(g.pv()), number(g.ev()), number(g.ac()), number(g.bac()), index(g.cpi()),
                    number(g.eac())));
        }
        if (ev.tokensPlanned() != 0 || ev.tokensUsed() != 0) {
            out.add(String.format(Locale.US, "  Tokens: planned %,d by the status date, used %,d",
                    ev.tokensPlanned(), ev.tokensUsed()));
        }
        MonthlyPhasing.of(plan, baseline, status).alert()
                .ifPresent(a -> out.add("  Monthly alert: " + a.message()));
        return out;
    }

    private static String row(String label, String value, String meaning) {
        return String.format(Locale.ROOT, "  %-5s %20s   %s", label, value, meaning);
    }

    static String money(BigDecimal amount, String currency) {
        return amount == null ? "n/a" : number(amount) + " " + currency;
    }

    static String number(BigDecimal amount) {
        if (amount == null) {
            return "n/a";
        }
        NumberFormat f = NumberFormat.getNumberInstance(Locale.US);
        f.setMinimumFractionDigits(2);
        f.setMaximumFractionDigits(2);
        return f.format(amount);
    }

    static String index(BigDecimal value) {
        return value == null ? "n/a" : value.toPlainString();
    }
}
