package org.genaiplan.export;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Cost facts an imported workbook may carry besides its WBS (our own Costs sheet does): hourly rates by role
 * name and fixed costs by WBS code. Empty for CSV files and foreign workbooks; roles then get a rate of zero.
 */
record CostHints(Map<String, BigDecimal> rates, Map<String, BigDecimal> fixedByCode) {
    static final CostHints NONE = new CostHints(Map.of(), Map.of());

    CostHints {
        rates = Map.copyOf(rates);
        fixedByCode = Map.copyOf(fixedByCode);
    }
}
