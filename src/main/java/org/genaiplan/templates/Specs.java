package org.genaiplan.templates;

import java.util.List;

/** The shapes of the JSON data files, as Jackson reads them. Checks happen in {@link SpecCheck}. */
final class Specs {
    private Specs() {
    }

    private static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** {@code catalog.json}: which files hold the roles, risks, techniques, fragments and templates. */
    record CatalogFile(String roles, String riskLibrary, String estimationDefaults, String fragments,
                       String prices, List<String> templates, String regulatoryDates) {
        CatalogFile {
            templates = list(templates);
        }
    }

    /** {@code roles.json}. */
    record RolesFile(String rateNote, List<RoleDefinition> roles) {
        RolesFile {
            roles = list(roles);
        }
    }

    /**
     * One WBS node of a template or fragment; {@code days} 0 on a leaf makes a milestone. {@code dueBy} (fragments
     * only) names a date of {@code regulatory-dates.json} that becomes the milestone's deadline.
     */
    record TaskSpec(String key, String name, String phase, Double days, String technique, String owner, String notes,
                    List<String> after, List<CostSpec> costs, List<TaskSpec> children, String dueBy) {
        TaskSpec {
            after = list(after);
            costs = list(costs);
            children = list(children);
        }

        boolean isSummary() {
            return !children.isEmpty();
        }

        boolean isMilestone() {
            return !isSummary() && technique == null && days != null && days == 0;
        }
    }

    /**
     * A cost line of a template task. {@code kind} is one of people, compute, api, licence, annotation,
     * evaluation, other; only the inputs of that kind are given.
     */
    record CostSpec(String kind, String description, String role, String gpu, Long gpuCount, java.math.BigDecimal hours,
                    String model, Long requestsPerMonth, Long inputTokens, Long outputTokens,
                    java.math.BigDecimal months, Long items, java.math.BigDecimal minutesPerItem,
                    java.math.BigDecimal amount) {
    }

    /** {@code prices.json}: the starter price table, every row an example to replace. */
    record PricesFile(String note, String pricedOn, List<GpuSpec> gpus, List<ModelSpec> models) {
        PricesFile {
            gpus = list(gpus);
            models = list(models);
        }
    }

    record GpuSpec(String name, java.math.BigDecimal pricePerHour, Double peakTflops) {
    }

    record ModelSpec(String model, java.math.BigDecimal inputPerMillion, java.math.BigDecimal outputPerMillion) {
    }

    /** A starter risk from the library, linked to tasks of the template by key. */
    record RiskRef(String risk, List<String> tasks) {
        RiskRef {
            tasks = list(tasks);
        }
    }

    /** The file of one template. {@code techniques} is the estimation cheat sheet, where a file has one. */
    record TemplateFile(String id, String name, String description, List<String> roles, List<TechniqueSpec> techniques,
                        List<TaskSpec> tasks, List<RiskRef> risks) {
        TemplateFile {
            roles = list(roles);
            techniques = list(techniques);
            tasks = list(tasks);
            risks = list(risks);
        }
    }

    record TechniqueSpec(String id, String name, String trainingTime, Double defaultDays, Expertise expertise,
                         String objective, String customization, List<String> roles, TrainingRunSpec trainingRun) {
    }

    /** A technique's typical training run (see {@link TrainingRun}); {@code method} is "FULL" or "LORA". */
    record TrainingRunSpec(Double parameters, Double tokens, String method, Long gpus, String gpu, Double utilisation,
                           String basis) {
    }

    record FragmentsFile(List<FragmentSpec> fragments) {
        FragmentsFile {
            fragments = list(fragments);
        }
    }

    record FragmentSpec(String id, String name, String description, List<TaskSpec> tasks, List<RiskRef> risks) {
        FragmentSpec {
            tasks = list(tasks);
            risks = list(risks);
        }
    }

    /** {@code risk-library.json}. */
    record LibraryFile(String note, List<CategorySpec> categories, List<RiskSpec> risks) {
        LibraryFile {
            categories = list(categories);
            risks = list(risks);
        }
    }

    record CategorySpec(String id, String name, String description) {
    }

    record RiskSpec(String id, String title, String statement, String category, String phase, Integer probability,
                    Integer impact, String strategy, String mitigation, String contingency, String trigger,
                    String owner, Integer residualProbability, Integer residualImpact) {
    }

}
