package org.genaiplan.ui.costs;

import java.math.BigDecimal;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.cost.AnnotationCost;
import org.genaiplan.model.cost.ApiCost;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostInput;
import org.genaiplan.model.cost.EvaluationCost;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.InfrastructureCost;
import org.genaiplan.model.cost.LicenceCost;
import org.genaiplan.model.cost.OtherCost;
import org.genaiplan.model.cost.PeopleCost;
import org.genaiplan.model.cost.TokenPrice;
import org.genaiplan.ui.input.CellInput;

/** Reads and changes one field of a cost line's inputs, as the line editor shows and takes them. */
public final class CostInputs {
    private CostInputs() {
    }

    /** The field's value as the editor shows it. */
    public static String value(CostInput input, CostField field) {
        return switch (input) {
            case PeopleCost p -> field == CostField.ROLE ? p.role() : Numbers.plain(p.hours());
            case ComputeCost c -> switch (field) {
                case GPU_TYPE -> c.gpuType();
                case GPU_COUNT -> Long.toString(c.gpuCount());
                default -> Numbers.plain(c.hours());
            };
            case ApiCost a -> switch (field) {
                case MODEL -> a.model();
                case REQUESTS -> Long.toString(a.requestsPerMonth());
                case INPUT_TOKENS -> Long.toString(a.inputTokens());
                case OUTPUT_TOKENS -> Long.toString(a.outputTokens());
                default -> Numbers.plain(a.months());
            };
            case LicenceCost l -> Numbers.plain(l.amount());
            case AnnotationCost a -> switch (field) {
                case ROLE -> a.role();
                case ITEMS -> Long.toString(a.items());
                default -> Numbers.plain(a.minutesPerItem());
            };
            case EvaluationCost e -> field == CostField.ROLE ? e.role() : Numbers.plain(e.hours());
            case OtherCost o -> Numbers.plain(o.amount());
            case InfrastructureCost i -> Numbers.plain(field == CostField.PER_MONTH ? i.perMonth() : i.months());
        };
    }

    /**
     * The inputs with one field changed to what the user typed or picked. Refuses blank, text and negative
     * numbers with a sentence naming the field; the given input is a value and stays as it was.
     */
    public static CostInput with(CostInput input, CostField field, String text) {
        if (!LineKind.of(input).fields().contains(field)) {
            throw new ValidationException(LineKind.of(input).label() + " lines have no " + field.label() + ".");
        }
        String label = field.label();
        return switch (input) {
            case PeopleCost p -> field == CostField.ROLE ? new PeopleCost(name(text, label), p.hours())
                    : new PeopleCost(p.role(), CellInput.optionalNumber(text, label));
            case ComputeCost c -> switch (field) {
                case GPU_TYPE -> new ComputeCost(name(text, label), c.gpuCount(), c.hours());
                case GPU_COUNT -> new ComputeCost(c.gpuType(), CellInput.count(text, "The GPU count"), c.hours());
                default -> new ComputeCost(c.gpuType(), c.gpuCount(), CellInput.number(text, label));
            };
            case ApiCost a -> switch (field) {
                case MODEL -> new ApiCost(name(text, label), a.requestsPerMonth(), a.inputTokens(), a.outputTokens(),
                        a.months());
                case REQUESTS -> new ApiCost(a.model(), CellInput.count(text, label), a.inputTokens(), a.outputTokens(),
                        a.months());
                case INPUT_TOKENS -> new ApiCost(a.model(), a.requestsPerMonth(), CellInput.count(text, label),
                        a.outputTokens(), a.months());
                case OUTPUT_TOKENS -> new ApiCost(a.model(), a.requestsPerMonth(), a.inputTokens(),
                        CellInput.count(text, label), a.months());
                default -> new ApiCost(a.model(), a.requestsPerMonth(), a.inputTokens(), a.outputTokens(),
                        CellInput.number(text, label));
            };
            case LicenceCost l -> new LicenceCost(CellInput.money(text, label));
            case AnnotationCost a -> switch (field) {
                case ROLE -> new AnnotationCost(name(text, label), a.items(), a.minutesPerItem());
                case ITEMS -> new AnnotationCost(a.role(), CellInput.count(text, label), a.minutesPerItem());
                default -> new AnnotationCost(a.role(), a.items(), CellInput.number(text, label));
            };
            case EvaluationCost e -> field == CostField.ROLE ? new EvaluationCost(name(text, label), e.hours())
                    : new EvaluationCost(e.role(), CellInput.number(text, label));
            case OtherCost o -> new OtherCost(CellInput.money(text, label));
            case InfrastructureCost i -> field == CostField.PER_MONTH
                    ? new InfrastructureCost(CellInput.money(text, label), i.months())
                    : new InfrastructureCost(i.perMonth(), CellInput.number(text, label));
        };
    }

    private static String name(String text, String label) {
        if (text == null || text.isBlank()) {
            throw new ValidationException(label + " is required.");
        }
        return text.strip();
    }

    /** A new line of a kind, naming the plan's first role, GPU type or model so it is priced at once. */
    public static CostInput blank(LineKind kind, Plan plan) {
        String role = plan.roles().stream().map(Role::name).findFirst().orElse("Engineer");
        String gpu = plan.priceTable().gpus().stream().map(GpuPrice::name).findFirst().orElse("H100");
        String model = plan.priceTable().models().stream().map(TokenPrice::model).findFirst().orElse("Model");
        return switch (kind) {
            case PEOPLE -> new PeopleCost(role, null);
            case COMPUTE -> new ComputeCost(gpu, 1, BigDecimal.ZERO);
            case API -> new ApiCost(model, 0, 0, 0, BigDecimal.ONE);
            case LICENCE -> new LicenceCost(BigDecimal.ZERO);
            case ANNOTATION -> new AnnotationCost(role, 0, BigDecimal.ONE);
            case EVALUATION -> new EvaluationCost(role, BigDecimal.ZERO);
            case OTHER -> new OtherCost(BigDecimal.ZERO);
            case INFRASTRUCTURE -> new InfrastructureCost(BigDecimal.ZERO, BigDecimal.ONE);
        };
    }
}
