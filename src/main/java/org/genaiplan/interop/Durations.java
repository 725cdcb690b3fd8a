package org.genaiplan.interop;

import org.mpxj.Duration;
import org.mpxj.ProjectProperties;
import org.mpxj.TimeUnit;

/**
 * Turns MPXJ durations into our working minutes with the file's own day, week and month lengths. Elapsed
 * durations (calendar time, such as "3 edays") have no exact working-time equal: they are approximated by
 * the share of the week that is working time, and counted so the report can say so.
 */
final class Durations {
    private final double minutesPerDay;
    private final double minutesPerWeek;
    private final double daysPerMonth;
    private int elapsed;

    Durations(ProjectProperties properties) {
        minutesPerDay = positive(properties.getMinutesPerDay(), 480);
        minutesPerWeek = positive(properties.getMinutesPerWeek(), 5 * minutesPerDay);
        daysPerMonth = positive(properties.getDaysPerMonth(), 20);
    }

    private static double positive(Number value, double fallback) {
        return value == null || value.doubleValue() <= 0 ? fallback : value.doubleValue();
    }

    /** Working minutes, or 0 for null; {@code percentBase} is what a percent duration is a percent of. */
    long minutes(Duration d, long percentBase) {
        if (d == null) {
            return 0;
        }
        double v = d.getDuration();
        TimeUnit u = d.getUnits() == null ? TimeUnit.DAYS : d.getUnits();
        double working = switch (u) {
            case MINUTES -> v;
            case HOURS -> v * 60;
            case DAYS -> v * minutesPerDay;
            case WEEKS -> v * minutesPerWeek;
            case MONTHS -> v * daysPerMonth * minutesPerDay;
            case YEARS -> v * 12 * daysPerMonth * minutesPerDay;
            case PERCENT, ELAPSED_PERCENT -> v / 100.0 * percentBase;
            default -> elapsedMinutes(v, u) * minutesPerWeek / (7 * 24 * 60.0);
        };
        if (u.name().startsWith("ELAPSED")) {
            elapsed++;
        }
        return Math.round(working);
    }

    boolean isElapsed(Duration d) {
        return d != null && d.getUnits() != null && d.getUnits().name().startsWith("ELAPSED");
    }

    private static double elapsedMinutes(double v, TimeUnit u) {
        return switch (u) {
            case ELAPSED_MINUTES -> v;
            case ELAPSED_HOURS -> v * 60;
            case ELAPSED_DAYS -> v * 24 * 60;
            case ELAPSED_WEEKS -> v * 7 * 24 * 60;
            case ELAPSED_MONTHS -> v * 30 * 24 * 60;
            case ELAPSED_YEARS -> v * 365 * 24 * 60;
            default -> 0;
        };
    }

    /** How many elapsed durations or lags were approximated. */
    int elapsedCount() {
        return elapsed;
    }

    double minutesPerDay() {
        return minutesPerDay;
    }
}
