package org.genaiplan.ui.risks;

import java.util.Set;
import javafx.beans.InvalidationListener;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.ScoreBand;

/**
 * The register's filter settings: the categories, statuses, owners and bands to show (none chosen shows
 * all), the search text, the heat-map cell and whether the map uses residual ratings. Tells its owner when
 * the rows must be filtered again; several changes made by {@link #clear()} are told once.
 */
public final class RiskFilters {
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final ObservableList<RiskStatus> statuses = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ObservableList<ScoreBand> bands = FXCollections.observableArrayList();
    private final ObjectProperty<HeatCell> heatCell = new SimpleObjectProperty<>(this, "heatCell");
    private final BooleanProperty residual = new SimpleBooleanProperty(this, "residual");
    private final Runnable changed;
    private boolean batching;

    /**
     * @param changed         runs after any filter changes
     * @param residualChanged runs (before {@code changed}) when the heat map switches between inherent and
     *                        residual ratings
     */
    RiskFilters(Runnable changed, Runnable residualChanged) {
        this.changed = changed;
        InvalidationListener refilter = o -> {
            if (!batching) {
                changed.run();
            }
        };
        searchText.addListener((obs, o, n) -> refilter.invalidated(obs));
        heatCell.addListener((obs, o, n) -> refilter.invalidated(obs));
        categories.addListener(refilter);
        statuses.addListener(refilter);
        owners.addListener(refilter);
        bands.addListener(refilter);
        residual.addListener((obs, o, n) -> {
            residualChanged.run();
            if (heatCell.get() != null) {
                heatCell.set(null);
            }
            changed.run();
        });
    }

    /** The filter as it stands. */
    public RiskFilter filter() {
        return new RiskFilter(Set.copyOf(categories), Set.copyOf(statuses), Set.copyOf(owners), Set.copyOf(bands),
                searchText.get(), heatCell.get(), residual.get());
    }

    /** Clears every filter, the heat-map cell too; the rows are filtered once. */
    public void clear() {
        batching = true;
        try {
            searchText.set("");
            categories.clear();
            statuses.clear();
            owners.clear();
            bands.clear();
            heatCell.set(null);
        } finally {
            batching = false;
        }
        changed.run();
    }

    /** A click on a heat-map cell: filters to that cell, or clears the cell filter when it is already on. */
    public void toggleHeatCell(int probability, int impact) {
        HeatCell cell = new HeatCell(probability, impact);
        heatCell.set(cell.equals(heatCell.get()) ? null : cell);
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** The categories to show; empty shows every category. */
    public ObservableList<String> shownCategories() {
        return categories;
    }

    /** The statuses to show; empty shows every status. */
    public ObservableList<RiskStatus> shownStatuses() {
        return statuses;
    }

    /** The owners to show; empty shows every owner (and risks without one). */
    public ObservableList<String> shownOwners() {
        return owners;
    }

    /** The score bands to show; empty shows every band. */
    public ObservableList<ScoreBand> shownBands() {
        return bands;
    }

    public ObjectProperty<HeatCell> heatCellProperty() {
        return heatCell;
    }

    /** Whether the heat map (and its cell filter) uses the residual ratings instead of the inherent ones. */
    public BooleanProperty residualProperty() {
        return residual;
    }
}
