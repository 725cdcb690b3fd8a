package org.genaiplan.schedule.tracking;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.genaiplan.model.tracking.EacMethod;

/**
 * The four measured earned-value sums of a task, phase or plan (budget at completion, planned value, earned
 * value, actual cost), in money or in GPU-hours, and everything derived from them. Derived amounts are
 * rounded to two decimals (cents, or hundredths of an hour) half up; indices to two decimals. An index
 * whose divisor is zero is null ("not known yet").
 */
public record Figures(BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac, EacMethod method) {
    private static final MathContext EXACT = MathContext.DECIMAL128;

    public static Figures zero(EacMethod method) {
        BigDecimal z = BigDecimal.ZERO.setScale(2);
        return new Figures(z, z, z, z, method);
    }

    public Figures plus(Figures o) {
        return new Figures(bac.add(o.bac), pv.add(o.pv), ev.add(o.ev), ac.add(o.ac), method);
    }

    /** Schedule variance EV - PV. */
    public BigDecimal sv() {
        return ev.subtract(pv);
    }

    /** Cost variance EV - AC. */
    public BigDecimal cv() {
        return ev.subtract(ac);
    }

    /** Schedule performance index EV / PV, or null before anything was planned. */
    public BigDecimal spi() {
        return ratio(ev, pv);
    }

    /** Cost performance index EV / AC, or null before anything was spent. */
    public BigDecimal cpi() {
        return ratio(ev, ac);
    }

    /** Estimate at completion by the chosen method; null when the method's index is not known. */
    public BigDecimal eac() {
        BigDecimal remaining = bac.subtract(ev);
        return switch (method) {
            case REMAINING_AS_PLANNED -> ac.add(remaining);
            case CPI -> ev.signum() == 0 ? null : round(bac.multiply(ac).divide(ev, EXACT));
            case CPI_TIMES_SPI -> ev.signum() == 0 || pv.signum() == 0 || ac.signum() == 0 ? null
                    : round(ac.add(remaining.multiply(ac).multiply(pv).divide(ev.multiply(ev), EXACT)));
        };
    }

    /** Estimate to complete EAC - AC. */
    public BigDecimal etc() {
        BigDecimal eac = eac();
        return eac == null ? null : eac.subtract(ac);
    }

    /** Variance at completion BAC - EAC. */
    public BigDecimal vac() {
        BigDecimal eac = eac();
        return eac == null ? null : bac.subtract(eac);
    }

    /** To-complete performance index (BAC - EV) / (BAC - AC): the efficiency the rest needs to end on budget. */
    public BigDecimal tcpi() {
        return ratio(bac.subtract(ev), bac.subtract(ac));
    }

    private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
        return b.signum() == 0 ? null : a.divide(b, 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal round(BigDecimal v) {
        return v.setScale(2, RoundingMode.HALF_UP);
    }
}
