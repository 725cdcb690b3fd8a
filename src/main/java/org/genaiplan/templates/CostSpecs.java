package org.genaiplan.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.cost.AnnotationCost;
import org.genaiplan.model.cost.ApiCost;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.CostInput;
import org.genaiplan.model.cost.CostLine;
import org.genaiplan.model.cost.EvaluationCost;
import org.genaiplan.model.cost.LicenceCost;
import org.genaiplan.model.cost.OtherCost;
import org.genaiplan.model.cost.PeopleCost;
import org.genaiplan.model.cost.PriceTable;
import org.genaiplan.templates.Specs.CostSpec;
import org.genaiplan.templates.Specs.TaskSpec;

/** Turns the cost lines written in template files into the model's cost lines, and checks them first. */
final class CostSpecs {
    static final List<String> KINDS = List.of("people", "compute", "api", "licence", "annotation", "evaluation", "other",
            "infrastructure");

    private CostSpecs() {
    }

    static List<CostLine> lines(List<CostSpec> specs) {
        List<CostLine> lines = new ArrayList<>(specs.size());
        for (CostSpec spec : specs) {
            lines.add(new CostLine(spec.description(), input(spec), null));
        }
        return lines;
    }

    /** The inputs of one line; a missing or bad value is a {@link ValidationException} from the model. */
    static CostInput input(CostSpec c) {
        String kind = c.kind() == null ? "" : c.kind().strip().toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "people" -> new PeopleCost(c.role(), c.hours());
            case "compute" -> new ComputeCost(c.gpu(), need(c.gpuCount(), "The GPU count"), c.hours());
            case "api" -> new ApiCost(c.model(), need(c.requestsPerMonth(), "Requests per month"),
                    need(c.inputTokens(), "Input tokens"), need(c.outputTokens(), "Output tokens"), c.months());
            case "licence" -> new LicenceCost(c.amount());
            case "annotation" -> new AnnotationCost(c.role(), need(c.items(), "Items"), c.minutesPerItem());
            case "evaluation" -> new EvaluationCost(c.role(), c.hours());
            case "other" -> new OtherCost(c.amount());
            case "infrastructure" -> new org.genaiplan.model.cost.InfrastructureCost(c.amount(), c.months());
            default -> throw new ValidationException("The kind \"" + c.kind() + "\" is not one of "
                    + String.join(", ", KINDS) + ".");
        };
    }

    private static long need(Long value, String field) {
        if (value == null) {
            throw new ValidationException(field + " is required.");
        }
        return value;
    }

    /** Every cost line of the tree is valid, uses roles of the file and prices of the starter table. */
    static void check(SpecCheck check, Iterable<TaskSpec> tasks, Set<String> roles, PriceTable prices) {
        for (TaskSpec task : tasks) {
            int n = 0;
            for (CostSpec spec : task.costs()) {
                n++;
                String where = "cost line " + n + " of task \"" + task.key() + "\"";
                if (spec == null) {
                    throw check.fail(where + " is empty.");
                }
                CostInput input;
                try {
                    input = input(spec);
                } catch (ValidationException e) {
                    throw check.fail(where + ": " + e.getMessage());
                }
                if (spec.description() == null || spec.description().isBlank()) {
                    throw check.fail(where + " needs a description.");
                }
                String role = switch (input) {
                    case PeopleCost p -> p.role();
                    case AnnotationCost a -> a.role();
                    case EvaluationCost e -> e.role();
                    default -> null;
                };
                if (role != null && !roles.contains(role)) {
                    throw check.fail(where + " uses the role \"" + role + "\", which is not a role of this file.");
                }
                if (input instanceof ComputeCost c && prices.gpu(c.gpuType()) == null) {
                    throw check.fail(where + " uses the GPU \"" + c.gpuType() + "\", which is not in the starter price table.");
                }
                if (input instanceof ApiCost a && prices.model(a.model()) == null) {
                    throw check.fail(where + " uses the model \"" + a.model() + "\", which is not in the starter price table.");
                }
            }
        }
    }

    /** The starter price table of {@code prices.json}, every row marked as an example. */
    static PriceTable priceTable(Specs.PricesFile file, SpecCheck check) {
        check.text(file.note(), "the note that the prices are examples");
        if (file.gpus().isEmpty() || file.models().isEmpty()) {
            throw check.fail("the starter price table needs at least one GPU type and one model.");
        }
        try {
            PriceTable table = new PriceTable(file.pricedOn() == null ? null : java.time.LocalDate.parse(file.pricedOn()),
                    List.of(), List.of());
            for (Specs.GpuSpec g : file.gpus()) {
                if (g == null || g.peakTflops() == null) {
                    throw check.fail("a GPU entry needs a name, a pricePerHour and a peakTflops.");
                }
                if (table.gpu(g.name()) != null) {
                    throw check.fail("the GPU type \"" + g.name() + "\" is listed twice.");
                }
                table = table.withGpu(new org.genaiplan.model.cost.GpuPrice(g.name(), g.pricePerHour(), g.peakTflops(), true));
            }
            for (Specs.ModelSpec m : file.models()) {
                if (m == null) {
                    throw check.fail("a model entry is empty.");
                }
                if (table.model(m.model()) != null) {
                    throw check.fail("the model \"" + m.model() + "\" is listed twice.");
                }
                table = table.withModel(new org.genaiplan.model.cost.TokenPrice(m.model(), m.inputPerMillion(),
                        m.outputPerMillion(), true));
            }
            return table;
        } catch (ValidationException e) {
            throw check.fail(e.getMessage());
        } catch (java.time.format.DateTimeParseException e) {
            throw check.fail("pricedOn \"" + file.pricedOn() + "\" is not a date (write it as 2026-01-31).");
        }
    }
}
