package org.genaiplan.model.tracking;

/** How the estimate at completion is worked out from the earned-value figures. */
public enum EacMethod {
    /** AC + (BAC - EV): the rest of the work goes as planned. */
    REMAINING_AS_PLANNED("AC + (BAC - EV)"),
    /** BAC / CPI: the rest goes at today's cost efficiency. */
    CPI("BAC / CPI"),
    /** AC + (BAC - EV) / (CPI x SPI): the rest goes at today's cost and schedule efficiency. */
    CPI_TIMES_SPI("AC + (BAC - EV) / (CPI x SPI)");

    private final String formula;

    EacMethod(String formula) {
        this.formula = formula;
    }

    public String formula() {
        return formula;
    }
}
