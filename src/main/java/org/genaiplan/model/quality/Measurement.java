package org.genaiplan.model.quality;

import java.time.LocalDate;
import org.genaiplan.model.ValidationException;

/** One measured value of a metric: when, how much, over how many samples, from where (a harness, a load test). */
public record Measurement(String metricId, LocalDate date, double value, Integer sampleSize, String source,
                          String note) {
    public Measurement {
        metricId = Texts.required(metricId, "A measurement needs the metric it measures.");
        if (date == null) {
            throw new ValidationException("A measurement of \"" + metricId + "\" needs a date.");
        }
        Texts.finite(value, "A measured value");
        if (sampleSize != null && sampleSize < 0) {
            throw new ValidationException("A sample size cannot be negative.");
        }
        source = Texts.optional(source);
        note = Texts.optional(note);
    }
}
