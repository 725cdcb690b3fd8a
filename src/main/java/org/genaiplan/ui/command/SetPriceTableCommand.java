package org.genaiplan.ui.command;

import org.genaiplan.model.Plan;
import org.genaiplan.model.cost.PriceTable;

/** Replaces the plan's price table (GPU types, model token prices, priced-on date); undo puts the old one back. */
public final class SetPriceTableCommand implements PlanCommand {
    private final String label;
    private final PriceTable table;
    private PriceTable before;

    public SetPriceTableCommand(String label, PriceTable table) {
        this.label = label;
        this.table = java.util.Objects.requireNonNull(table);
    }

    @Override
    public String displayName() {
        return label;
    }

    @Override
    public void execute(Plan plan) {
        PriceTable old = plan.priceTable();
        plan.setPriceTable(table);
        before = old;
    }

    @Override
    public void undo(Plan plan) {
        plan.setPriceTable(before);
    }
}
