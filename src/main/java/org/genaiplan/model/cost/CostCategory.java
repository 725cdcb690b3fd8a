package org.genaiplan.model.cost;

/** The groups a plan's costs are reported in, in the order the cost view and the workbook list them. */
public enum CostCategory {
    PEOPLE("People"),
    COMPUTE("Compute"),
    /** Cloud infrastructure paid by the month: clusters, storage, vector databases, monitoring. */
    INFRASTRUCTURE("Infrastructure"),
    API("API / tokens"),
    DATA("Data"),
    /** Reviewers' hours for red teaming, UAT and hallucination checks (in Data before). */
    HUMAN_EVALUATION("Human evaluation"),
    OTHER("Fixed / other");

    private final String label;

    CostCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
