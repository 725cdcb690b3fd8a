package org.genaiplan.ui.costs;

import java.util.List;
import org.genaiplan.model.cost.AnnotationCost;
import org.genaiplan.model.cost.ApiCost;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostInput;
import org.genaiplan.model.cost.EvaluationCost;
import org.genaiplan.model.cost.InfrastructureCost;
import org.genaiplan.model.cost.LicenceCost;
import org.genaiplan.model.cost.OtherCost;
import org.genaiplan.model.cost.PeopleCost;

/** The kinds of cost line the Add line menu offers, with their inputs in the order the editor shows them. */
public enum LineKind {
    PEOPLE("People", "Hours of a role at its hourly rate", List.of(CostField.ROLE, CostField.HOURS)),
    COMPUTE("Compute", "GPU time: GPUs x hours x price per GPU-hour",
            List.of(CostField.GPU_TYPE, CostField.GPU_COUNT, CostField.HOURS)),
    API("API / tokens", "Calls to a hosted model, priced per million tokens",
            List.of(CostField.MODEL, CostField.REQUESTS, CostField.INPUT_TOKENS, CostField.OUTPUT_TOKENS,
                    CostField.MONTHS)),
    LICENCE("Data licence", "A dataset or licence bought for a fixed sum", List.of(CostField.AMOUNT)),
    ANNOTATION("Annotation", "Labelling: items x minutes per item at an annotator's rate",
            List.of(CostField.ROLE, CostField.ITEMS, CostField.MINUTES)),
    EVALUATION("Human evaluation", "Reviewer or red-team hours at a role's rate",
            List.of(CostField.ROLE, CostField.HOURS)),
    OTHER("Fixed / other", "Any other fixed sum: hardware, travel, a vendor's invoice", List.of(CostField.AMOUNT)),
    INFRASTRUCTURE("Infrastructure", "Cloud infrastructure by the month: cluster, storage, vector database, monitoring",
            List.of(CostField.PER_MONTH, CostField.MONTHS));

    private final String label;
    private final String description;
    private final List<CostField> fields;

    LineKind(String label, String description, List<CostField> fields) {
        this.label = label;
        this.description = description;
        this.fields = fields;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public List<CostField> fields() {
        return fields;
    }

    public static LineKind of(CostInput input) {
        return switch (input) {
            case PeopleCost p -> PEOPLE;
            case ComputeCost c -> COMPUTE;
            case ApiCost a -> API;
            case LicenceCost l -> LICENCE;
            case AnnotationCost a -> ANNOTATION;
            case EvaluationCost e -> EVALUATION;
            case OtherCost o -> OTHER;
            case InfrastructureCost i -> INFRASTRUCTURE;
        };
    }

    @Override
    public String toString() {
        return label;
    }
}
