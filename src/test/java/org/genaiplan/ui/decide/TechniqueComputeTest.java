package org.genaiplan.ui.decide;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.templates.Technique;
import org.junit.jupiter.api.Test;

/** The compute line Apply defaults proposes: the technique's typical run through the training-hours helper. */
class TechniqueComputeTest {
    private static Technique technique(String id) {
        return TechniqueFields.choices().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void fineTuningIsTheGuidesSeventyBillionParameterRunOnFourH100s() {
        // 6 x 7e10 parameters x 1.63e9 tokens / (4 x 989 TFLOP/s x 40 %) = 432,634 s, 120.2 hours rounded up
        CostLine line = TechniqueFields.computeLine(new Plan("P", LocalDate.of(2026, 3, 2)), technique("fine-tuning"));
        assertThat(line.input()).isEqualTo(new ComputeCost("H100 80GB", 4, new BigDecimal("120.2")));
        assertThat(line.description()).contains("training-hours helper");
    }

    @Test
    void techniquesThatTrainNothingProposeNoLine() {
        Plan plan = new Plan("P", LocalDate.of(2026, 3, 2));
        assertThat(TechniqueFields.computeLine(plan, technique("prompt-engineering"))).isNull();
        assertThat(TechniqueFields.computeLine(plan, technique("rag"))).isNull();
        assertThat(TechniqueFields.computeLine(plan, technique("pre-training"))).isNotNull();
        assertThat(TechniqueFields.computeLine(plan, technique("rlhf"))).isNotNull();
    }
}
