package org.genaiplan.model.cost;

/** The groups a plan's costs are reported in, in the order the cost view and the workbook list them. */
public enum CostCategory {
    PEOPLE("People"),
    COMPUTE("Compute"),
    API("API / tokens"),
    DATA("Data"),
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
