package org.genaiplan.ui.costs;

/**
 * One input of a cost line as the line editor shows it: its label, what picks it (a list of the plan's
 * roles, GPU types or models, or typed text) and a tooltip that says how it enters the amount.
 */
public enum CostField {
    ROLE("Role", Picker.ROLE, "The role whose hourly rate is charged. Rates are kept in the Prices tab."),
    HOURS("Hours", Picker.TEXT, "Hours charged. For a People line, leave it blank to charge the task's duration."),
    GPU_TYPE("GPU type", Picker.GPU, "The GPU type whose price per GPU-hour is charged (Prices tab)."),
    GPU_COUNT("GPUs", Picker.TEXT, "How many GPUs run at once. Amount = GPUs x hours x price per GPU-hour."),
    MODEL("Model", Picker.MODEL, "The hosted model whose token prices apply (Prices tab)."),
    REQUESTS("Requests / month", Picker.TEXT,
            "Calls made each month. Amount = requests x (input tokens x input price + output tokens x output price)"
                    + " / 1,000,000 x months."),
    INPUT_TOKENS("Input tokens / request", Picker.TEXT, "Tokens sent with each request (prompt and context)."),
    OUTPUT_TOKENS("Output tokens / request", Picker.TEXT, "Tokens the model writes back for each request."),
    MONTHS("Months", Picker.TEXT, "How many months the calls go on; fractions such as 1.5 are fine."),
    ITEMS("Items", Picker.TEXT,
            "Items to label. Amount = items x minutes per item / 60 x the annotator role's hourly rate."),
    MINUTES("Minutes / item", Picker.TEXT, "Average minutes an annotator spends on one item."),
    AMOUNT("Amount", Picker.TEXT, "A fixed sum in the plan currency, charged as it is."),
    PER_MONTH("Per month", Picker.TEXT,
            "What the item costs each month in the plan currency. Amount = per month x months.");

    /** How the editor lets the user set the field. */
    public enum Picker { TEXT, ROLE, GPU, MODEL }

    private final String label;
    private final Picker picker;
    private final String tip;

    CostField(String label, Picker picker, String tip) {
        this.label = label;
        this.picker = picker;
        this.tip = tip;
    }

    public String label() {
        return label;
    }

    public Picker picker() {
        return picker;
    }

    public String tip() {
        return tip;
    }
}
