package org.genaiplan.schedule.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.genaiplan.schedule.WorkTime;

/**
 * Shares of a task's working time, in the plan's calendar: how much of the span from start to finish lies
 * before the end of a day. Cost is spread evenly over working time (linear accrual), as MS Project does by
 * default; a zero-length task (a milestone) counts whole once its moment is reached.
 */
final class WorkShare {
    private final WorkTime time;

    WorkShare(WorkTime time) {
        this.time = time;
    }

    /** The offset of the end of {@code date}: the status date counts as a whole day's work done. */
    long endOf(LocalDate date) {
        return time.endOfDay(date);
    }

    long startOf(LocalDate date) {
        return time.startOfDay(date);
    }

    long offset(LocalDateTime moment) {
        return time.toOffset(moment);
    }

    /** {@code amount} times the share of [start, finish] that lies before {@code until}, rounded half up. */
    static BigDecimal before(BigDecimal amount, long start, long finish, long until) {
        if (until <= start && !(finish == start && until >= start)) {
            return BigDecimal.ZERO.setScale(2);
        }
        if (until >= finish) {
            return amount.setScale(2, RoundingMode.HALF_UP);
        }
        if (amount.signum() == 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        return amount.multiply(BigDecimal.valueOf(until - start))
                .divide(BigDecimal.valueOf(finish - start), 2, RoundingMode.HALF_UP);
    }
}
