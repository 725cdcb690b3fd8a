package org.genaiplan.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.genaiplan.model.ValidationException;
import org.junit.jupiter.api.Test;

class ReferenceDataTest {
    private final ReferenceData data = ReferenceData.load();

    @Test
    void fiveBugGradesFromCriticalToInformational() {
        assertThat(data.bugSeverity()).extracting(ReferenceData.BugSeverity::name)
                .containsExactly("Critical", "High", "Medium", "Low", "Informational");
        assertThat(data.grade(1).covers()).contains("personal data");
        assertThat(data.grade(1).response()).contains("last safe model");
        assertThatThrownBy(() -> data.grade(6)).isInstanceOf(ValidationException.class)
                .hasMessage("Bug grades run from 1 to 5, not 6.");
    }

    @Test
    void qualityMetricsAndCostComponentsOfAGenAiPlan() {
        assertThat(data.qualityMetrics()).extracting(ReferenceData.QualityMetric::id)
                .contains("hallucination-rate", "toxicity", "pii-leakage", "latency-p95", "cost-per-inference", "output-accuracy");
        assertThat(data.costComponents()).extracting(ReferenceData.CostComponent::id)
                .containsExactly("gpu-compute", "data", "human-evaluation", "api-tokens", "team");
    }

    @Test
    void gradesOutOfOrderAreRefused() {
        TemplateSource swapped = DataFiles.editing(ReferenceData.FILE, DataFiles.first("\"grade\": 2", "\"grade\": 3"));
        assertThatThrownBy(() -> ReferenceData.load(swapped)).isInstanceOf(TemplateDataException.class)
                .hasMessage("reference-data.json: bug grades must run 1, 2, 3... in order; entry 2 is grade 3.");
    }
}
