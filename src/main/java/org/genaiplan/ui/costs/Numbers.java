package org.genaiplan.ui.costs;

import java.math.BigDecimal;

/**
 * Shows the numbers of the cost view's inputs as they are typed back. Typed numbers are read by {@link
 * org.genaiplan.ui.input.CellInput}; money is shown by {@link org.genaiplan.ui.MoneyText}.
 */
public final class Numbers {
    private Numbers() {
    }

    /** A count or decimal as typed back into a field: no trailing zeros, no separators. */
    public static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    /** A large count in short form, e.g. 7B or 1.5T. */
    public static String shortQuantity(double value) {
        String[] suffix = {"", "k", "M", "B", "T"};
        int i = 0;
        double v = value;
        while (v >= 1000 && i < suffix.length - 1) {
            v /= 1000;
            i++;
        }
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString() + suffix[i];
    }
}
