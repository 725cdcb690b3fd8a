package org.genaiplan.model.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.genaiplan.model.cost.TrainingEstimate.Method;
import org.junit.jupiter.api.Test;

class TrainingEstimateTest {

    @Test
    void fullTrainingTakesSixFlopsPerParameterPerToken() {
        // 7e9 parameters x 2e9 tokens x 6 = 8.4e19 FLOPs. 8 GPUs x 989 TFLOP/s x 40 % = 3.1648e15 FLOP/s.
        // 8.4e19 / 3.1648e15 = 26,542 s = 7.373 h, rounded up to 7.4 h.
        TrainingEstimate run = new TrainingEstimate(7e9, 2e9, Method.FULL, 8, 989, 0.40);
        assertThat(run.flops()).isCloseTo(8.4e19, within(1e12));
        assertThat(run.clusterFlopsPerSecond()).isCloseTo(3.1648e15, within(1e9));
        assertThat(run.wallClockHours()).isEqualByComparingTo("7.4");
        ComputeCost line = run.toComputeCost("H100 80GB");
        assertThat(line.gpuCount()).isEqualTo(8);
        assertThat(line.hours()).isEqualByComparingTo("7.4");
    }

    @Test
    void loraNeedsTwoThirdsOfTheComputeOfFullTraining() {
        TrainingEstimate full = new TrainingEstimate(7e9, 1e8, Method.FULL, 1, 312, 0.5);
        TrainingEstimate lora = new TrainingEstimate(7e9, 1e8, Method.LORA, 1, 312, 0.5);
        assertThat(lora.flops() / full.flops()).isCloseTo(4.0 / 6.0, within(1e-12));
        // 2.8e18 / (312e12 x 0.5) = 17,948.7 s = 4.99 h -> 5.0
        assertThat(lora.wallClockHours()).isEqualByComparingTo("5.0");
    }

    @Test
    void utilisationAndSizesMustMakeSense() {
        assertThatThrownBy(() -> new TrainingEstimate(7e9, 1e9, Method.FULL, 8, 989, 0))
                .hasMessage("Utilisation must be above 0 % and at most 100 %.");
        assertThatThrownBy(() -> new TrainingEstimate(7e9, 1e9, Method.FULL, 8, 989, 1.2))
                .hasMessage("Utilisation must be above 0 % and at most 100 %.");
        assertThatThrownBy(() -> new TrainingEstimate(-7e9, 1e9, Method.FULL, 8, 989, 0.4))
                .hasMessage("The model size must be a number above zero.");
        assertThatThrownBy(() -> new TrainingEstimate(7e9, Double.NaN, Method.FULL, 8, 989, 0.4))
                .hasMessage("The token count must be a number above zero.");
        assertThatThrownBy(() -> new TrainingEstimate(7e9, 1e9, Method.FULL, 0, 989, 0.4))
                .hasMessage("The GPU count must be at least 1.");
    }
}
