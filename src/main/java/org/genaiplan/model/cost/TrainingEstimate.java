package org.genaiplan.model.cost;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.genaiplan.model.ValidationException;

/**
 * Rough GPU hours for a training or fine-tuning run, from the usual rule of thumb: a full training pass
 * costs about 6 FLOPs per parameter per token (forward and backward). LoRA freezes the base weights and
 * skips their weight gradients, about 4 FLOPs per parameter per token. The cluster delivers GPUs x peak
 * FLOP/s x utilisation; utilisation of 30 to 50 % is typical for large runs.
 *
 * @param parameters model size in parameters (7e9 for a 7B model)
 * @param tokens     training tokens seen (dataset tokens x epochs)
 * @param method     full training or LoRA
 * @param gpus       GPUs in the run
 * @param peakTflops peak dense TFLOP/s of one GPU at the training precision
 * @param utilisation share of the peak actually reached, above 0 and at most 1
 */
public record TrainingEstimate(double parameters, double tokens, Method method, long gpus, double peakTflops,
                               double utilisation) {

    public enum Method {
        FULL("Full training", 6),
        LORA("LoRA fine-tuning", 4);

        private final String label;
        private final int flopsPerParameterToken;

        Method(String label, int flopsPerParameterToken) {
            this.label = label;
            this.flopsPerParameterToken = flopsPerParameterToken;
        }

        public int flopsPerParameterToken() {
            return flopsPerParameterToken;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public TrainingEstimate {
        positive(parameters, "The model size");
        positive(tokens, "The token count");
        if (method == null) {
            throw new ValidationException("Choose full training or LoRA.");
        }
        if (gpus <= 0) {
            throw new ValidationException("The GPU count must be at least 1.");
        }
        positive(peakTflops, "The peak TFLOP/s");
        if (!(utilisation > 0 && utilisation <= 1)) {
            throw new ValidationException("Utilisation must be above 0 % and at most 100 %.");
        }
    }

    /** Training compute in FLOPs. */
    public double flops() {
        return method.flopsPerParameterToken() * parameters * tokens;
    }

    /** FLOP/s the whole cluster delivers. */
    public double clusterFlopsPerSecond() {
        return gpus * peakTflops * 1e12 * utilisation;
    }

    /** Wall-clock hours of the run, rounded up to the next tenth of an hour. */
    public BigDecimal wallClockHours() {
        double hours = flops() / clusterFlopsPerSecond() / 3600.0;
        return BigDecimal.valueOf(hours).setScale(1, RoundingMode.CEILING);
    }

    /** A compute line for this run on a GPU type. */
    public ComputeCost toComputeCost(String gpuType) {
        return new ComputeCost(gpuType, gpus, wallClockHours());
    }

    private static void positive(double value, String field) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new ValidationException(field + " must be a number above zero.");
        }
    }
}
