package org.genaiplan.model.cost;

import java.math.BigDecimal;

/** The prices cost lines are worked out with: role rates and the plan's price table. */
public interface Prices {
    /** Hourly rate of a role, or null when the plan has no such role. */
    BigDecimal roleRate(String role);

    /** The price of a GPU type, or null when the price table does not list it. */
    GpuPrice gpu(String type);

    /** Token prices of a model, or null when the price table does not list it. */
    TokenPrice model(String name);
}
