package org.genaiplan.ui.risks;

import java.util.Locale;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.genaiplan.model.ScoreBand;

/**
 * The 5 x 5 probability x impact matrix beside the register: the number of open risks in each cell,
 * inherent or residual ratings, cells coloured by band. Clicking a cell filters the register to it;
 * clicking it again shows all risks.
 */
final class HeatMapView extends VBox {
    private static final PseudoClass CHOSEN = PseudoClass.getPseudoClass("chosen");
    private final RiskRegisterViewModel viewModel;
    private final Button[][] cells = new Button[5][5];

    HeatMapView(RiskRegisterViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("heat-map");
        setId("heatMap");

        Label title = new Label("Open risks by probability and impact");
        title.getStyleClass().add("heat-title");
        ToggleGroup group = new ToggleGroup();
        ToggleButton inherent = new ToggleButton("Inherent");
        inherent.setId("heatInherent");
        ToggleButton residual = new ToggleButton("Residual");
        residual.setId("heatResidual");
        inherent.setToggleGroup(group);
        residual.setToggleGroup(group);
        inherent.setTooltip(new Tooltip("Ratings before the mitigation is carried out"));
        residual.setTooltip(new Tooltip("Ratings expected once the mitigation is carried out"));
        inherent.setSelected(!viewModel.residualProperty().get());
        residual.setSelected(viewModel.residualProperty().get());
        group.selectedToggleProperty().addListener((obs, o, n) -> {
            if (n == null) {
                o.setSelected(true);
            } else {
                viewModel.residualProperty().set(n == residual);
            }
        });
        viewModel.residualProperty().addListener((obs, o, n) -> (n ? residual : inherent).setSelected(true));
        HBox toggles = new HBox(4, inherent, residual);
        toggles.getStyleClass().add("heat-toggles");

        GridPane grid = new GridPane();
        grid.getStyleClass().add("heat-grid");
        Label pAxis = new Label("Probability");
        pAxis.getStyleClass().add("heat-axis");
        pAxis.setRotate(-90);
        pAxis.setMinWidth(18);
        grid.add(new javafx.scene.Group(pAxis), 0, 0, 1, 5);
        for (int p = 5; p >= 1; p--) {
            Label pl = new Label(Integer.toString(p));
            pl.getStyleClass().add("heat-scale");
            grid.add(pl, 1, 5 - p);
            for (int i = 1; i <= 5; i++) {
                Button cell = cell(p, i);
                cells[p - 1][i - 1] = cell;
                grid.add(cell, i + 1, 5 - p);
            }
        }
        for (int i = 1; i <= 5; i++) {
            Label il = new Label(Integer.toString(i));
            il.getStyleClass().add("heat-scale");
            GridPane.setHalignment(il, HPos.CENTER);
            grid.add(il, i + 1, 5);
        }
        Label iAxis = new Label("Impact");
        iAxis.getStyleClass().add("heat-axis");
        GridPane.setHalignment(iAxis, HPos.CENTER);
        grid.add(iAxis, 2, 6, 5, 1);

        Label hint = new Label("Click a cell to show its risks; click it again to show all.");
        hint.getStyleClass().add("heat-hint");
        hint.setWrapText(true);
        setAlignment(Pos.TOP_LEFT);
        getChildren().addAll(title, toggles, grid, hint);

        viewModel.countsProperty().addListener((obs, o, n) -> refresh());
        viewModel.heatCellProperty().addListener((obs, o, n) -> refresh());
        refresh();
    }

    private Button cell(int p, int i) {
        Button b = new Button();
        b.setId("heat-p" + p + "-i" + i);
        b.getStyleClass().addAll("heat-cell", "band-" + ScoreBand.of(p * i).name().toLowerCase(Locale.ROOT));
        b.setFocusTraversable(false);
        b.setOnAction(e -> viewModel.toggleHeatCell(p, i));
        return b;
    }

    private void refresh() {
        HeatCell chosen = viewModel.heatCellProperty().get();
        String kind = viewModel.residualProperty().get() ? "residual" : "inherent";
        for (int p = 1; p <= 5; p++) {
            for (int i = 1; i <= 5; i++) {
                int n = viewModel.count(p, i);
                Button b = cells[p - 1][i - 1];
                b.setText(n == 0 ? "" : Integer.toString(n));
                b.pseudoClassStateChanged(CHOSEN, chosen != null && chosen.probability() == p && chosen.impact() == i);
                b.setTooltip(new Tooltip("Probability " + p + " \u00d7 impact " + i + " = " + p * i + " ("
                        + kind + "): " + (n == 1 ? "1 open risk" : n + " open risks")));
            }
        }
    }

    /** The count a cell shows (blank for none), for tests and screen readers. */
    String cellText(int p, int i) {
        return cells[p - 1][i - 1].getText();
    }
}
