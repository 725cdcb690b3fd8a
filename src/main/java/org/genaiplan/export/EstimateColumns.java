package org.genaiplan.export;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.genaiplan.model.Distribution;
import org.genaiplan.model.Estimate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.store.PackageLimits;

/**
 * A task's three-point estimate in the WBS table of the CSV and the workbook: Optimistic, Most likely and
 * Pessimistic in working days and the Distribution (all empty when the duration is certain), and read back
 * by the import from columns of those names.
 */
final class EstimateColumns {
    static final String[] HEADERS = {"Optimistic (days)", "Most likely (days)", "Pessimistic (days)", "Distribution"};

    private EstimateColumns() {
    }

    /** The four CSV fields, each preceded by a comma. */
    static String csv(Task t, double perDay) {
        Estimate e = t.estimate();
        if (e == null) {
            return ",,,,";
        }
        return "," + WbsBuilder.text(e.optimisticMinutes() / perDay) + "," + WbsBuilder.text(e.mostLikelyMinutes() / perDay)
                + "," + WbsBuilder.text(e.pessimisticMinutes() / perDay) + "," + e.distribution().label();
    }

    /** The four cells from column {@code first}. */
    static void cells(Row row, int first, Task t, ExportContext ctx) {
        Estimate e = t.estimate();
        if (e == null) {
            return;
        }
        Styles st = ctx.styles();
        ctx.cells().number(row, first, ctx.days(e.optimisticMinutes()), st.days);
        ctx.cells().number(row, first + 1, ctx.days(e.mostLikelyMinutes()), st.days);
        ctx.cells().number(row, first + 2, ctx.days(e.pessimisticMinutes()), st.days);
        ctx.cells().text(row, first + 3, e.distribution().label());
    }

    /** Gives the task the estimate of its row when the table has the columns; a bad value is a problem, not a stop. */
    static void read(WbsTable.Row row, WbsColumns cols, Task task, Plan plan, int n, List<ImportProblem> problems) {
        if (!cols.has(WbsColumns.Column.OPTIMISTIC) || !cols.has(WbsColumns.Column.PESSIMISTIC)) {
            return;
        }
        Object o = row.get(cols.at(WbsColumns.Column.OPTIMISTIC));
        Object p = row.get(cols.at(WbsColumns.Column.PESSIMISTIC));
        Object m = cols.has(WbsColumns.Column.MOST_LIKELY) ? row.get(cols.at(WbsColumns.Column.MOST_LIKELY)) : null;
        Object d = cols.has(WbsColumns.Column.DISTRIBUTION) ? row.get(cols.at(WbsColumns.Column.DISTRIBUTION)) : null;
        if (blank(o) && blank(p) && blank(m)) {
            return;
        }
        try {
            long perDay = plan.calendar().minutesPerDay();
            long low = minutes(o, perDay);
            long high = minutes(p, perDay);
            long likely = blank(m) ? task.durationMinutes() : minutes(m, perDay);
            String shape = d instanceof String s ? SafeText.unprotect(s) : null;
            task.setEstimate(new Estimate(low, likely, high, Distribution.parse(shape)));
        } catch (ValidationException | NumberFormatException e) {
            problems.add(new ImportProblem(n, "its three-point estimate could not be read ("
                    + (e instanceof NumberFormatException ? "a duration is not a number of days" : e.getMessage())
                    + "), so it was left out."));
        }
    }

    private static boolean blank(Object raw) {
        return raw == null || raw instanceof String s && s.isBlank();
    }

    private static long minutes(Object raw, long perDay) {
        double days;
        if (raw instanceof Double v) {
            days = v;
        } else if (raw instanceof String s) {
            days = Double.parseDouble(s.strip().toLowerCase(Locale.ROOT).replace("d", "").replace(",", "."));
        } else if (raw instanceof LocalDateTime) {
            throw new ValidationException("a duration is a date");
        } else {
            throw new ValidationException("a duration is missing");
        }
        long minutes = Math.round(days * perDay);
        if (days < 0 || minutes > PackageLimits.MAX_MINUTES || Double.isNaN(days)) {
            throw new ValidationException("a duration is out of range");
        }
        return minutes;
    }
}
