package org.genaiplan.templates;

import org.genaiplan.model.cost.TrainingEstimate;

/**
 * A technique's typical training run, the inputs of the training-hours helper: model size in parameters, tokens
 * seen, full training or LoRA, the GPUs and their type, and the share of peak compute reached. {@code basis} says
 * where the figures come from, so a PM knows how far to trust them.
 */
public record TrainingRun(double parameters, double tokens, TrainingEstimate.Method method, long gpus, String gpu,
                          double utilisation, String basis) {

    /** The run as the training-hours helper works it out, on a GPU of {@code peakTflops}. */
    public TrainingEstimate estimate(double peakTflops) {
        return new TrainingEstimate(parameters, tokens, method, gpus, peakTflops, utilisation);
    }
}
