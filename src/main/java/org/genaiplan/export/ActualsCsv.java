package org.genaiplan.export;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.tracking.UsageKind;
import org.genaiplan.schedule.tracking.ActualsUpdate;

/**
 * Reads actuals from a CSV file, the shape a cloud billing or usage export reduces to: a header row, then per
 * row a task (its ID or WBS code), a date (YYYY-MM-DD), a kind ({@code people-hours}, {@code gpu-hours},
 * {@code input-tokens}, {@code output-tokens}, {@code annotation-items} or {@code cost}), a quantity and/or an
 * amount, and optionally a % complete. Rows that cannot be used are reported by their row number and left out.
 */
public final class ActualsCsv {
    private static final List<String> COLUMNS = List.of("task", "date", "kind", "quantity", "amount", "percent");

    /** The rows read and the problems found. */
    public record Result(List<ActualsUpdate.Row> rows, List<ImportProblem> problems) {
    }

    private ActualsCsv() {
    }

    public static Result read(Path file, Plan plan) throws ImportException {
        String shown = file.getFileName().toString();
        try (Reader in = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT))) {
            return read(in, shown, plan);
        } catch (NoSuchFileException e) {
            throw new ImportException(shown + " does not exist.");
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ImportException(shown + " is not a UTF-8 text file.");
        } catch (IOException e) {
            throw new ImportException(shown + " could not be read.", e);
        }
    }

    static Result read(Reader in, String shown, Plan plan) throws IOException, ImportException {
        CsvRecords records = new CsvRecords(in, ',', shown);
        CsvRecords.Record header = records.next();
        if (header == null) {
            throw new ImportException(shown + " is empty.");
        }
        Map<String, Integer> at = columns(header.fields());
        for (String needed : List.of("task", "date", "kind")) {
            if (!at.containsKey(needed)) {
                throw new ImportException(shown + " has no \"" + needed + "\" column; its first row must name the"
                        + " columns task, date, kind, quantity, amount and optionally percent.");
            }
        }
        if (!at.containsKey("quantity") && !at.containsKey("amount")) {
            throw new ImportException(shown + " has neither a \"quantity\" nor an \"amount\" column.");
        }
        List<ActualsUpdate.Row> rows = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        for (CsvRecords.Record r = records.next(); r != null; r = records.next()) {
            if (r.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            try {
                rows.add(row(r, at, plan));
            } catch (IllegalArgumentException e) {
                problems.add(new ImportProblem(r.line(), e.getMessage()));
            }
        }
        return new Result(rows, problems);
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = header.get(i).strip().toLowerCase(Locale.ROOT).replace("% complete", "percent")
                    .replace("%", "percent");
            if (name.equals("id") || name.equals("wbs")) {
                name = "task";
            }
            if (COLUMNS.contains(name)) {
                at.putIfAbsent(name, i);
            }
        }
        return at;
    }

    private static ActualsUpdate.Row row(CsvRecords.Record r, Map<String, Integer> at, Plan plan) {
        String taskText = field(r, at, "task");
        Task task = task(plan, taskText);
        if (task == null) {
            throw new IllegalArgumentException(taskText.isEmpty() ? "the task is missing."
                    : "the plan has no task with ID or WBS code \"" + taskText + "\".");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(field(r, at, "date"));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + field(r, at, "date") + "\" is not a date (YYYY-MM-DD).");
        }
        UsageKind kind = UsageKind.parse(field(r, at, "kind"));
        if (kind == null) {
            throw new IllegalArgumentException("\"" + field(r, at, "kind") + "\" is not a kind of actual (people-hours,"
                    + " gpu-hours, input-tokens, output-tokens, annotation-items or cost).");
        }
        BigDecimal quantity = number(r, at, "quantity");
        BigDecimal amount = number(r, at, "amount");
        if (kind == UsageKind.COST && quantity != null && amount == null) {
            amount = quantity;
            quantity = null;
        }
        if (kind == UsageKind.COST) {
            quantity = null;
        }
        if (quantity == null && amount == null) {
            throw new IllegalArgumentException("the row has neither a quantity nor an amount.");
        }
        Integer percent = null;
        String p = field(r, at, "percent").replace("%", "").strip();
        if (!p.isEmpty()) {
            try {
                percent = Integer.valueOf(p);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("\"" + p + "\" is not a whole % complete.");
            }
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("% complete must be between 0 and 100, not " + percent + ".");
            }
        }
        return new ActualsUpdate.Row(task.id(), date, kind, quantity, amount, percent);
    }

    private static Task task(Plan plan, String text) {
        if (text.isEmpty()) {
            return null;
        }
        String t = text.startsWith("W") || text.startsWith("w") ? text.substring(1) : text;
        if (!text.equals(t) || t.contains(".")) {
            return plan.taskByWbsCode(t);
        }
        try {
            return plan.task(Long.parseLong(t));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static BigDecimal number(CsvRecords.Record r, Map<String, Integer> at, String column) {
        String text = field(r, at, column).replace(",", "").replace("_", "");
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the " + column + " \"" + field(r, at, column) + "\" is not a number.");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("the " + column + " cannot be negative.");
        }
        return value;
    }

    private static String field(CsvRecords.Record r, Map<String, Integer> at, String column) {
        Integer i = at.get(column);
        return i == null || i >= r.fields().size() ? "" : r.fields().get(i).strip();
    }
}
