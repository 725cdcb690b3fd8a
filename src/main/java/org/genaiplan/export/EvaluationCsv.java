package org.genaiplan.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.quality.Measurement;
import org.genaiplan.model.quality.QualityMetric;
import org.genaiplan.model.quality.QualityPlan;

/**
 * Reads evaluation results from a CSV file: one measurement a row, as metric id or name, date (YYYY-MM-DD), value
 * (in the metric's unit; a trailing % is allowed), then optionally the sample size, the source (an eval harness, a
 * red-team round, a load test) and a note. A first row whose value column is not a number is a header. Every bad
 * row is reported by its row number and nothing is taken from a file with one.
 */
public final class EvaluationCsv {
    /** An evaluation file larger than this is refused before it is read. */
    public static final long MAX_BYTES = 32L << 20;

    /** The measurements read, or the rows that could not be read (then no measurement). */
    public record Result(List<Measurement> measurements, List<String> problems) {
        public Result {
            measurements = List.copyOf(measurements);
            problems = List.copyOf(problems);
        }
    }

    private EvaluationCsv() {
    }

    public static Result read(Path file, QualityPlan quality) throws ImportException {
        String shown = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        ImportFiles.check(file, shown, MAX_BYTES);
        try (Reader in = new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8))) {
            return read(in, shown, quality);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ImportException(shown + " is not UTF-8 text; save it as CSV (UTF-8) and try again.", e);
        } catch (IOException e) {
            throw ImportFiles.unreadable(shown, e);
        }
    }

    static Result read(Reader in, String shown, QualityPlan quality) throws IOException, ImportException {
        CsvRecords records = new CsvRecords(in, ',', shown);
        List<Measurement> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int row = 0;
        for (CsvRecords.Record r = records.next(); r != null; r = records.next()) {
            row++;
            List<String> f = r.fields();
            if (f.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (row == 1 && (f.size() < 3 || number(f.get(2)) == null)) {
                continue; // a header
            }
            try {
                out.add(measurement(f, quality));
            } catch (ValidationException e) {
                if (problems.size() < 50) {
                    problems.add("Row " + row + ": " + e.getMessage());
                }
            }
            if (out.size() > QualityPlan.MAX_MEASUREMENTS) {
                throw new ImportException(shown + " holds more measurements than a plan may keep ("
                        + QualityPlan.MAX_MEASUREMENTS + ").");
            }
        }
        if (out.isEmpty() && problems.isEmpty()) {
            throw new ImportException(shown + " holds no measurements (rows of metric, date, value).");
        }
        return problems.isEmpty() ? new Result(out, List.of()) : new Result(List.of(), problems);
    }

    private static Measurement measurement(List<String> f, QualityPlan quality) {
        if (f.size() < 3) {
            throw new ValidationException("it needs at least a metric, a date and a value.");
        }
        String name = f.get(0).strip();
        QualityMetric metric = quality.metric(name);
        if (metric == null) {
            throw new ValidationException("the metric \"" + ImportText.shorten(name) + "\" is not in the quality plan.");
        }
        LocalDate date;
        try {
            date = LocalDate.parse(f.get(1).strip());
        } catch (DateTimeParseException e) {
            throw new ValidationException("\"" + ImportText.shorten(f.get(1).strip()) + "\" is not a date (YYYY-MM-DD).");
        }
        Double value = number(f.get(2));
        if (value == null) {
            throw new ValidationException("\"" + ImportText.shorten(f.get(2).strip()) + "\" is not a number.");
        }
        Integer samples = null;
        if (f.size() > 3 && !f.get(3).isBlank()) {
            try {
                samples = Integer.valueOf(f.get(3).strip().replace("_", ""));
            } catch (NumberFormatException e) {
                throw new ValidationException("the sample size \"" + ImportText.shorten(f.get(3).strip())
                        + "\" is not a whole number.");
            }
        }
        String source = f.size() > 4 ? limited(f.get(4)) : "";
        String note = f.size() > 5 ? limited(f.get(5)) : "";
        return new Measurement(metric.id(), date, value, samples, source, note);
    }

    private static String limited(String text) {
        String t = text.strip();
        if (t.length() > 500) {
            throw new ValidationException("a source or note is longer than 500 characters.");
        }
        return t;
    }

    private static Double number(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (t.isEmpty() || t.length() > 40) {
            return null;
        }
        try {
            double d = Double.parseDouble(t);
            return Double.isFinite(d) && Math.abs(d) < 1e15 ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
