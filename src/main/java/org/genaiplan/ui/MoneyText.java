package org.genaiplan.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Money as every view shows it: two decimals, thousands separated by commas (1,250.50); blank for none. */
public final class MoneyText {
    private static final ThreadLocal<DecimalFormat> FORMAT = ThreadLocal.withInitial(
            () -> new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ENGLISH)));

    private MoneyText() {
    }

    public static String format(BigDecimal value) {
        return value == null ? "" : FORMAT.get().format(value.setScale(2, RoundingMode.HALF_UP));
    }
}
