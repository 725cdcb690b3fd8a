package org.genaiplan.ui.risks;

import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.ScoreBand;

/**
 * One risk as the register shows it: each column's value as text plus the score bands. Refreshed from
 * the plain {@link Risk} after each change; edits never write here (they go through commands).
 */
public final class RiskRowViewModel {
    private final long riskId;
    private final StringProperty[] values = new StringProperty[RiskColumn.values().length];
    private final ReadOnlyObjectWrapper<ScoreBand> band = new ReadOnlyObjectWrapper<>(this, "band");
    private final ReadOnlyObjectWrapper<ScoreBand> residualBand = new ReadOnlyObjectWrapper<>(this, "residualBand");
    private String searchText = "";

    public RiskRowViewModel(long riskId) {
        this.riskId = riskId;
        for (RiskColumn c : RiskColumn.values()) {
            values[c.ordinal()] = new SimpleStringProperty(this, c.name(), "");
        }
    }

    public long riskId() {
        return riskId;
    }

    /** Reads the risk again; whether anything shown changed. */
    boolean refresh(Plan plan, Risk risk) {
        StringBuilder all = new StringBuilder();
        for (RiskColumn c : RiskColumn.values()) {
            String text = c.text(plan, risk);
            values[c.ordinal()].set(text);
            all.append(text).append('\n');
        }
        String search = all.toString().toLowerCase(Locale.ROOT);
        ScoreBand residual = ScoreBand.of(risk.residualScore());
        boolean changed = !search.equals(searchText) || band.get() != risk.band() || residualBand.get() != residual;
        searchText = search;
        band.set(risk.band());
        residualBand.set(residual);
        return changed;
    }

    public ReadOnlyStringProperty valueProperty(RiskColumn column) {
        return values[column.ordinal()];
    }

    public String value(RiskColumn column) {
        return values[column.ordinal()].get();
    }

    /** Every column's text in lower case, for the search box. */
    String searchText() {
        return searchText;
    }

    public ReadOnlyObjectProperty<ScoreBand> bandProperty() {
        return band.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScoreBand> residualBandProperty() {
        return residualBand.getReadOnlyProperty();
    }

    @Override
    public String toString() {
        return value(RiskColumn.ID) + " " + value(RiskColumn.TITLE);
    }
}
