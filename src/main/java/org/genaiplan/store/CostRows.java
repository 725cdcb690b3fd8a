package org.genaiplan.store;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.cost.AnnotationCost;
import org.genaiplan.model.cost.ApiCost;
import org.genaiplan.model.cost.Budget;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostInput;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.EvaluationCost;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.InfrastructureCost;
import org.genaiplan.model.cost.LicenceCost;
import org.genaiplan.model.cost.OtherCost;
import org.genaiplan.model.cost.PeopleCost;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.model.cost.TokenPrice;

/** Turns cost lines, the price table and the budget into rows and back, through the model's own checks. */
public final class CostRows {
    private CostRows() {
    }

    /** The row of one line; the switch lists every kind of cost, so a new kind must be mapped to compile. */
    public static PlanData.CostLineRow row(CostLine line) {
        String d = line.description();
        BigDecimal actual = line.actual();
        return switch (line.input()) {
            case PeopleCost p -> new PlanData.CostLineRow(d, CostKind.PEOPLE.name(), p.role(), null, null,
                    p.hours(), null, null, null, null, null, null, null, null, actual);
            case ComputeCost c -> new PlanData.CostLineRow(d, CostKind.COMPUTE.name(), null, c.gpuType(), null,
                    c.hours(), c.gpuCount(), null, null, null, null, null, null, null, actual);
            case ApiCost a -> new PlanData.CostLineRow(d, CostKind.API.name(), null, null, a.model(), null, null,
                    a.requestsPerMonth(), a.inputTokens(), a.outputTokens(), a.months(), null, null, null, actual);
            case LicenceCost l -> new PlanData.CostLineRow(d, CostKind.LICENCE.name(), null, null, null, null, null,
                    null, null, null, null, null, null, l.amount(), actual);
            case AnnotationCost a -> new PlanData.CostLineRow(d, CostKind.ANNOTATION.name(), a.role(), null, null,
                    null, null, null, null, null, null, a.items(), a.minutesPerItem(), null, actual);
            case EvaluationCost e -> new PlanData.CostLineRow(d, CostKind.EVALUATION.name(), e.role(), null, null,
                    e.hours(), null, null, null, null, null, null, null, null, actual);
            case OtherCost o -> new PlanData.CostLineRow(d, CostKind.OTHER.name(), null, null, null, null, null,
                    null, null, null, null, null, null, o.amount(), actual);
            case InfrastructureCost i -> new PlanData.CostLineRow(d, CostKind.INFRASTRUCTURE.name(), null, null, null,
                    null, null, null, null, null, i.months(), null, null, i.perMonth(), actual);
        };
    }

    public static List<PlanData.CostLineRow> rows(List<CostLine> lines) {
        List<PlanData.CostLineRow> out = new ArrayList<>(lines.size());
        for (CostLine line : lines) {
            out.add(row(line));
        }
        return out;
    }

    /** The line a row describes; a missing or wrong input is a {@link ValidationException} naming it. */
    public static CostLine line(PlanData.CostLineRow row) {
        CostKind kind = kind(row.kind());
        CostInput input = switch (kind) {
            case PEOPLE -> new PeopleCost(row.role(), row.hours());
            case COMPUTE -> new ComputeCost(row.gpuType(), need(row.gpuCount(), "The GPU count"),
                    row.hours());
            case API -> new ApiCost(row.model(), need(row.requestsPerMonth(), "Requests per month"),
                    need(row.inputTokens(), "Input tokens"), need(row.outputTokens(), "Output tokens"), row.months());
            case LICENCE -> new LicenceCost(row.amount());
            case ANNOTATION -> new AnnotationCost(row.role(), need(row.items(), "Items"), row.minutesPerItem());
            case EVALUATION -> new EvaluationCost(row.role(), row.hours());
            case OTHER -> new OtherCost(row.amount());
            case INFRASTRUCTURE -> new InfrastructureCost(row.amount(), row.months());
        };
        return new CostLine(row.description(), input, row.actual());
    }

    static CostKind kind(String name) {
        if (name == null || name.isBlank()) {
            throw new ValidationException("A cost line has no kind.");
        }
        try {
            return CostKind.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new ValidationException("\"" + shorten(name) + "\" is not a known kind of cost.");
        }
    }

    private static long need(Long value, String field) {
        if (value == null) {
            throw new ValidationException(field + " is required.");
        }
        return value;
    }

    // ---- price table and budget ----

    public static PlanData.Costs costs(Plan plan) {
        PriceTable t = plan.priceTable();
        List<PlanData.GpuRow> gpus = new ArrayList<>(t.gpus().size());
        for (GpuPrice g : t.gpus()) {
            gpus.add(new PlanData.GpuRow(g.name(), g.pricePerHour(), g.peakTflops(), g.example()));
        }
        List<PlanData.ModelRow> models = new ArrayList<>(t.models().size());
        for (TokenPrice m : t.models()) {
            models.add(new PlanData.ModelRow(m.model(), m.inputPerMillion(), m.outputPerMillion(), m.example()));
        }
        List<PlanData.PhaseBudgetRow> phases = new ArrayList<>();
        plan.budget().phases().forEach((phase, amount) -> phases.add(new PlanData.PhaseBudgetRow(phase, amount)));
        return new PlanData.Costs(t.pricedOn(), gpus, models, plan.budget().total(), phases);
    }

    public static PriceTable priceTable(PlanData.Costs costs) {
        List<GpuPrice> gpus = new ArrayList<>(costs.gpus().size());
        for (PlanData.GpuRow g : costs.gpus()) {
            if (g == null) {
                throw new ValidationException("A GPU price entry is empty.");
            }
            gpus.add(new GpuPrice(g.name(), g.pricePerHour(), g.peakTflops(), g.example()));
        }
        List<TokenPrice> models = new ArrayList<>(costs.models().size());
        for (PlanData.ModelRow m : costs.models()) {
            if (m == null) {
                throw new ValidationException("A model price entry is empty.");
            }
            models.add(new TokenPrice(m.model(), m.inputPerMillion(), m.outputPerMillion(), m.example()));
        }
        return new PriceTable(costs.pricedOn(), gpus, models);
    }

    public static Budget budget(PlanData.Costs costs) {
        Map<String, BigDecimal> phases = new LinkedHashMap<>();
        for (PlanData.PhaseBudgetRow p : costs.phaseBudgets()) {
            if (p == null || p.phase() == null) {
                throw new ValidationException("A phase budget has no phase.");
            }
            if (p.amount() == null) {
                throw new ValidationException("The budget of " + p.phase() + " is required.");
            }
            if (phases.put(p.phase().strip(), p.amount()) != null) {
                throw new ValidationException("The phase \"" + p.phase().strip() + "\" has two budgets.");
            }
        }
        return new Budget(costs.budget(), phases);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "..." : s;
    }
}
