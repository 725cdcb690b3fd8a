package org.genaiplan.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genaiplan.export.WbsColumns.Column;
import org.genaiplan.model.ConstraintType;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.schedule.DurationFormat;
import org.genaiplan.schedule.PredecessorEntry;
import org.genaiplan.schedule.PredecessorFormat;
import org.genaiplan.schedule.PredecessorScanner;
import org.genaiplan.store.PackageLimits;

/**
 * Builds a scheduled plan from a WBS table. The outline comes from an outline-level column, else from WBS
 * codes, else every row is top-level. A row without a name is skipped; a value that cannot be read is left
 * out of its task; each such case becomes one {@link ImportProblem} and the other rows go on.
 *
 * <p>Predecessors use MS Project's notation, read by {@link PredecessorScanner}: a bare number is the ID
 * column's value when there is one, else the position of the row among the data rows (which is the ID this app
 * would give it); a WBS code is written after the prefix W ({@code W1.2}), as in the app's sheet. A dotted code
 * without the prefix ({@code 1.2}, as older exports of this app and other tools write) is unambiguous in a file
 * and is read as a WBS code too. WBS codes are those of the table's WBS column when it has one. A task's start
 * date later than the schedule gives it becomes a start-no-earlier-than constraint, so the imported plan
 * keeps the dates of the source. A Deadline column (MS Project's, or a due date) sets each task's deadline, which
 * moves nothing. Rates and fixed costs come from {@link CostHints} when the file has them.
 */
final class WbsBuilder {
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("EEE MMM d, uuuu", Locale.ENGLISH),
            DateTimeFormatter.ofPattern("uuuu/M/d"));

    /** The most rows and outline levels an import takes: what a plan file may hold. */
    static final int MAX_TASKS = PackageLimits.defaults().max(PackageLimits.Count.TASKS);
    static final int MAX_LEVELS = PackageLimits.defaults().max(PackageLimits.Count.WBS_LEVELS);

    private final List<ImportProblem> problems = new ArrayList<>();

    ImportResult build(WbsTable table, String planName, LocalDate defaultStart) throws ImportException {
        return build(table, planName, defaultStart, CostHints.NONE);
    }

    ImportResult build(WbsTable table, String planName, LocalDate defaultStart, CostHints costs)
            throws ImportException {
        WbsColumns cols = WbsColumns.of(table.headers());
        if (cols == null) {
            throw new ImportException("No column holds task names; name one \"Name\" or \"Task Name\".");
        }
        Plan plan = new Plan(planName, defaultStart);
        DurationFormat durations = new DurationFormat(plan.calendar());
        Map<String, Task> byCode = new HashMap<>();
        Map<String, Task> byId = new HashMap<>();
        Map<Integer, Task> byOrdinal = new HashMap<>();
        Map<Task, String> predecessorText = new HashMap<>();
        Map<Task, Integer> rowOf = new HashMap<>();
        Map<Task, LocalDate> startOf = new HashMap<>();
        List<Task> stack = new ArrayList<>();
        Map<Task, Integer> levels = new java.util.IdentityHashMap<>();
        LocalDate earliest = null;
        int ordinal = 0;

        for (WbsTable.Row row : table.rows()) {
            if (row.blank()) {
                continue;
            }
            ordinal++;
            if (ordinal > MAX_TASKS) {
                throw new ImportException("The table has more than " + number(MAX_TASKS) + " task rows, the most a"
                        + " plan may hold; split it into smaller plans.");
            }
            int n = row.number();
            String name = SafeText.unprotect(text(row.get(cols.at(Column.NAME))));
            if (name == null || name.isBlank()) {
                problems.add(new ImportProblem(n, "the task has no name, so the row was skipped."));
                continue;
            }
            Task parent = parentOf(row, cols, byCode, stack, n);
            int level = parent == null ? 1 : levels.get(parent) + 1;
            if (level > MAX_LEVELS) {
                throw new ImportException("Row " + n + " lies " + number(level) + " levels deep in the outline, deeper"
                        + " than the " + number(MAX_LEVELS) + " levels a plan may have.");
            }
            Task task;
            try {
                task = plan.addTask(parent, name.strip());
            } catch (ValidationException e) {
                problems.add(new ImportProblem(n, e.getMessage() + " The row was skipped."));
                continue;
            }
            levels.put(task, level);
            while (stack.size() >= level) {
                stack.remove(stack.size() - 1);
            }
            stack.add(task);
            rowOf.put(task, n);
            byOrdinal.put(ordinal, task);
            String code = text(row.get(cols.at(Column.WBS)));
            if (code != null && !code.isBlank()) {
                byCode.putIfAbsent(code.strip(), task);
                BigDecimal fixed = costs.fixedByCode().get(code.strip());
                if (fixed != null && fixed.signum() > 0 && fixed.compareTo(PackageLimits.MAX_MONEY) <= 0) {
                    task.setFixedCost(fixed);
                }
            }
            String id = text(row.get(cols.at(Column.ID)));
            if (id != null && !id.isBlank()) {
                byId.putIfAbsent(id.strip(), task);
            }
            readDuration(row.get(cols.at(Column.DURATION)), task, durations, plan, n, cols.has(Column.DURATION));
            readPercent(row.get(cols.at(Column.PERCENT)), task, n);
            EstimateColumns.read(row, cols, task, plan, n, problems);
            String owner = text(row.get(cols.at(Column.OWNER)));
            if (owner != null && !owner.isBlank()) {
                String role = ImportText.firstResource(SafeText.unprotect(owner));
                if (role.length() > PackageLimits.MAX_NAME_CHARS) {
                    problems.add(new ImportProblem(n, "the owner's name is longer than "
                            + number(PackageLimits.MAX_NAME_CHARS) + " characters, so it was left out."));
                } else if (!role.isEmpty()) {
                    if (plan.role(role) == null) {
                        plan.putRole(new Role(role, rate(costs.rates().get(role))));
                    }
                    task.setOwnerRole(role);
                }
            }
            LocalDate deadline = readDate(row.get(cols.at(Column.DEADLINE)), n, "deadline");
            if (deadline != null) {
                task.setDeadline(deadline);
            }
            LocalDate start = readDate(row.get(cols.at(Column.START)), n, "start");
            if (start != null) {
                startOf.put(task, start);
                earliest = earliest == null || start.isBefore(earliest) ? start : earliest;
            }
            String preds = text(row.get(cols.at(Column.PREDECESSORS)));
            if (preds != null && !preds.isBlank()) {
                predecessorText.put(task, preds);
            }
        }
        if (plan.taskCount() == 0) {
            throw new ImportException(problems.isEmpty() ? "The table has no task rows."
                    : "No row could be imported; the first problem is: " + problems.get(0) + "");
        }
        if (earliest != null) {
            plan.setStartDate(earliest);
        }
        for (Task t : plan.tasksInOrder()) {
            if (t.hasChildren()) {
                t.setDurationMinutes(0);
            } else if (t.durationMinutes() == 0) {
                t.setMilestone(true);
            }
        }
        linkPredecessors(plan, predecessorText, rowOf, byCode, cols.has(Column.ID) ? byId : null, byOrdinal);
        CpmScheduler scheduler = new CpmScheduler();
        scheduler.schedule(plan);
        boolean constrained = false;
        for (Map.Entry<Task, LocalDate> e : startOf.entrySet()) {
            Task t = e.getKey();
            if (!t.hasChildren() && t.start() != null && t.start().toLocalDate().isBefore(e.getValue())) {
                t.setConstraint(ConstraintType.START_NO_EARLIER_THAN, e.getValue());
                constrained = true;
            }
        }
        if (constrained) {
            scheduler.schedule(plan);
        }
        problems.sort(java.util.Comparator.comparingInt(ImportProblem::row));
        return new ImportResult(plan, problems);
    }

    /** A rate from a workbook as a plan holds it: at most four decimals; none (zero) when beyond the limit. */
    private static BigDecimal rate(BigDecimal rate) {
        if (rate == null || rate.compareTo(PackageLimits.MAX_MONEY) > 0) {
            return BigDecimal.ZERO;
        }
        return rate.scale() > PackageLimits.MONEY_DECIMALS
                ? rate.setScale(PackageLimits.MONEY_DECIMALS, java.math.RoundingMode.HALF_UP) : rate;
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private Task parentOf(WbsTable.Row row, WbsColumns cols, Map<String, Task> byCode, List<Task> stack, int n) {
        if (cols.has(Column.LEVEL)) {
            Object raw = row.get(cols.at(Column.LEVEL));
            Integer level = integer(raw);
            if (level == null || level < 1) {
                problems.add(new ImportProblem(n, "the outline level \"" + ImportText.shorten(text(raw)) + "\" is not a whole number "
                        + "of 1 or more, so the task was placed at level " + Math.max(1, stack.size()) + "."));
                level = Math.max(1, stack.size());
            }
            if (level > stack.size() + 1) {
                problems.add(new ImportProblem(n, "outline level " + level + " follows level " + stack.size()
                        + ", so the task was placed at level " + (stack.size() + 1) + "."));
                level = stack.size() + 1;
            }
            return level == 1 ? null : stack.get(level - 2);
        }
        if (cols.has(Column.WBS)) {
            String code = text(row.get(cols.at(Column.WBS)));
            if (code == null || code.isBlank() || !code.strip().matches("\\d+(\\.\\d+)*")) {
                if (code != null && !code.isBlank()) {
                    problems.add(new ImportProblem(n, "the WBS code \"" + ImportText.shorten(code.strip()) + "\" is not like 1.2.3, so "
                            + "the task was placed at the top level."));
                }
                return null;
            }
            String c = code.strip();
            if (byCode.containsKey(c)) {
                problems.add(new ImportProblem(n, "the WBS code " + c + " appears on an earlier row too."));
            }
            int dot = c.lastIndexOf('.');
            if (dot < 0) {
                return null;
            }
            Task parent = byCode.get(c.substring(0, dot));
            if (parent == null) {
                problems.add(new ImportProblem(n, "no earlier row has the WBS code " + c.substring(0, dot)
                        + ", so the task was placed at the top level."));
            }
            return parent;
        }
        return null;
    }

    private void readDuration(Object raw, Task task, DurationFormat durations, Plan plan, int n, boolean hasColumn) {
        long oneDay = plan.calendar().minutesPerDay();
        long minutes = oneDay;
        if (raw instanceof Double d) {
            if (d < 0 || d > 36_600) {
                problems.add(new ImportProblem(n, "the duration " + text(raw) + " is out of range, so the task "
                        + "was given 1 day."));
            } else {
                minutes = Math.round(d * plan.calendar().minutesPerDay());
            }
        } else if (raw instanceof String s && !s.isBlank()) {
            try {
                minutes = durations.parse(s.replace("?", "").replace("elapsed", ""));
            } catch (ValidationException e) {
                problems.add(new ImportProblem(n, e.getMessage() + " The task was given 1 day."));
            }
        } else if (raw instanceof LocalDateTime) {
            problems.add(new ImportProblem(n, "the duration is a date, so the task was given 1 day."));
        }
        if (minutes > PackageLimits.MAX_MINUTES) {
            problems.add(new ImportProblem(n, "the duration is longer than a plan may hold (ten years worked around"
                    + " the clock), so the task was given 1 day."));
            minutes = oneDay;
        }
        task.setDurationMinutes(minutes);
    }

    private void readPercent(Object raw, Task task, int n) {
        if (raw == null || raw instanceof String s && s.isBlank()) {
            return;
        }
        Double value = null;
        if (raw instanceof Double d) {
            value = d;
        } else if (raw instanceof String s) {
            value = ImportText.percent(s);
        }
        if (value == null || value < 0 || value > 100) {
            problems.add(new ImportProblem(n, "% complete \"" + ImportText.shorten(text(raw).strip())
                    + "\" is not a number from 0 to 100, so it was left at 0."));
            return;
        }
        task.setPercentComplete((int) Math.round(value));
    }

    /** A date of the row ({@code what}: "start" or "deadline"), or null when blank or unreadable (a problem then). */
    private LocalDate readDate(Object raw, int n, String what) {
        LocalDate date = parseDate(raw, n, what);
        if (date != null && (date.getYear() < PackageLimits.FIRST_YEAR || date.getYear() > PackageLimits.LAST_YEAR)) {
            problems.add(new ImportProblem(n, "the " + what + " " + date + " is not in the years " + PackageLimits.FIRST_YEAR
                    + " to " + PackageLimits.LAST_YEAR + ", so it was left out."));
            return null;
        }
        return date;
    }

    private LocalDate parseDate(Object raw, int n, String what) {
        if (raw instanceof LocalDateTime d) {
            return d.toLocalDate();
        }
        if (!(raw instanceof String s) || s.isBlank()) {
            if (raw instanceof Double) {
                problems.add(new ImportProblem(n, "the " + what + " " + text(raw) + " is a number, not a date, so"
                        + " it was left out."));
            }
            return null;
        }
        String t = s.strip();
        if (t.length() > 10 && t.charAt(10) == 'T' || t.length() > 10 && t.charAt(10) == ' '
                && Character.isDigit(t.charAt(0))) {
            t = t.substring(0, 10);
        }
        for (DateTimeFormatter f : DATE_FORMATS) {
            java.text.ParsePosition at = new java.text.ParsePosition(0);
            java.time.temporal.TemporalAccessor read = f.parseUnresolved(t, at);
            if (read != null && at.getErrorIndex() < 0 && at.getIndex() == t.length()) {
                try {
                    return LocalDate.parse(t, f);
                } catch (DateTimeParseException e) {
                    problems.add(new ImportProblem(n, "the " + what + " \"" + ImportText.shorten(s.strip())
                            + "\" is not a day of the calendar, so it was left out."));
                    return null;
                }
            }
        }
        problems.add(new ImportProblem(n, "the " + what + " \"" + ImportText.shorten(s.strip())
                + "\" is not a date such as 2027-01-04, so it was left out."));
        return null;
    }

    private void linkPredecessors(Plan plan, Map<Task, String> texts, Map<Task, Integer> rowOf,
                                  Map<String, Task> byCode, Map<String, Task> byId, Map<Integer, Task> byOrdinal) {
        PredecessorFormat format = new PredecessorFormat(plan);
        PredecessorScanner scanner = new PredecessorScanner(new DurationFormat(plan.calendar()), true);
        for (Task task : plan.tasksInOrder()) {
            String text = texts.get(task);
            if (text == null) {
                continue;
            }
            int n = rowOf.get(task);
            for (String raw : PredecessorScanner.split(text)) {
                PredecessorEntry entry;
                try {
                    entry = scanner.readEntry(raw);
                } catch (ValidationException e) {
                    problems.add(new ImportProblem(n, "the predecessor \"" + ImportText.shorten(raw)
                            + "\" is not an ID or WBS code with an optional type and lag, so that link was left out."));
                    continue;
                }
                String ref = entry.reference();
                Task pred;
                if (entry.byWbsCode()) {
                    pred = byCode.isEmpty() ? plan.taskByWbsCode(ref) : byCode.get(ref);
                } else if (byId != null) {
                    pred = byId.get(ref);
                } else {
                    pred = parseOrdinal(ref, byOrdinal);
                }
                if (pred == null) {
                    problems.add(new ImportProblem(n, "the predecessor " + entry.shown() + " names no imported row, "
                            + "so that link was left out."));
                    continue;
                }
                try {
                    plan.addDependency(format.link(task, pred, entry));
                } catch (ValidationException e) {
                    problems.add(new ImportProblem(n, "the predecessor " + entry.shown() + " was left out: "
                            + lowerFirst(e.getMessage())));
                }
            }
        }
    }

    private static Task parseOrdinal(String ref, Map<Integer, Task> byOrdinal) {
        try {
            return byOrdinal.get(Integer.parseInt(ref));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private static Integer integer(Object raw) {
        if (raw instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e9) {
            return d.intValue();
        }
        if (raw instanceof String s) {
            try {
                return Integer.parseInt(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /** A cell value as text: whole numbers without ".0", dates as yyyy-mm-dd. */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Double d) {
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return Long.toString(d.longValue());
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (value instanceof LocalDateTime t) {
            return t.toLocalDate().toString();
        }
        return value.toString();
    }
}
