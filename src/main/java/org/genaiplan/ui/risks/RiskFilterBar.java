package org.genaiplan.ui.risks;

import javafx.collections.FXCollections;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.FlowPane;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.ScoreBand;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The bar above the register: new, library, delete and link buttons, the search box, check-box filters by
 * category, status, owner and band (ControlsFX {@code CheckComboBox}), a clear-filters button and the count
 * of risks shown.
 */
final class RiskFilterBar extends FlowPane {
    /** What the bar's buttons ask of the register. */
    record Actions(Runnable add, Runnable library, Runnable delete, Runnable link, Runnable backToGrid) {
    }

    private final TextField search = new TextField();

    RiskFilterBar(RiskRegisterViewModel viewModel, Actions actions) {
        super(6, 4);
        RiskFilters filters = viewModel.filters();
        Button add = toolButton("mdi2p-playlist-plus", "New risk (Insert)", "riskNew");
        add.setOnAction(e -> actions.add().run());
        Button library = new Button("Add from library\u2026", new FontIcon("mdi2b-book-open-variant"));
        library.setId("riskAddFromLibrary");
        library.setTooltip(new Tooltip("Pick starter GenAI risks from the library"));
        library.setOnAction(e -> actions.library().run());
        Button delete = toolButton("mdi2d-delete-outline", "Delete the selected risks (Delete)", "riskDelete");
        delete.setOnAction(e -> actions.delete().run());
        Button link = new Button("Link tasks\u2026", new FontIcon("mdi2l-link-variant"));
        link.setId("riskLink");
        link.setTooltip(new Tooltip("Link the focused risk to the WBS tasks it threatens (Ctrl+L)"));
        link.setOnAction(e -> actions.link().run());

        search.setId("riskSearch");
        search.setPromptText("Search risks (Ctrl+F)");
        search.setPrefColumnCount(13);
        search.setTooltip(new Tooltip("Shows the risks that contain every word typed, in any column"));
        search.textProperty().bindBidirectional(filters.searchTextProperty());
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.ENTER) {
                e.consume();
                actions.backToGrid().run();
            }
        });

        CheckFilter<String> category = new CheckFilter<>("riskCategoryFilter", viewModel.categories(),
                filters.shownCategories(), x -> x, "All categories", "categories");
        CheckFilter<RiskStatus> status = new CheckFilter<>("riskStatusFilter",
                FXCollections.observableArrayList(RiskStatus.values()), filters.shownStatuses(), RiskColumn::label,
                "All statuses", "statuses");
        CheckFilter<String> owner = new CheckFilter<>("riskOwnerFilter", viewModel.owners(), filters.shownOwners(),
                x -> x, "All owners", "owners");
        CheckFilter<ScoreBand> band = new CheckFilter<>("riskBandFilter",
                FXCollections.observableArrayList(ScoreBand.values()), filters.shownBands(), RiskFilterBar::bandLabel,
                "All bands", "bands");

        Button clear = toolButton("mdi2f-filter-remove-outline", "Show all risks (clear every filter)",
                "riskClearFilters");
        clear.setOnAction(e -> viewModel.clearFilters());
        Label summary = new Label();
        summary.setId("riskSummary");
        summary.getStyleClass().add("risk-summary");
        summary.textProperty().bind(viewModel.summaryProperty());

        getChildren().addAll(add, library, delete, link, new Separator(Orientation.VERTICAL),
                new FontIcon("mdi2m-magnify"), search, category, status, owner, band, clear, summary);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("risk-filter-bar");
    }

    static String bandLabel(ScoreBand band) {
        return switch (band) {
            case GREEN -> "Green (1\u20134)";
            case AMBER -> "Amber (5\u201314)";
            case RED -> "Red (15\u201325)";
        };
    }

    private static Button toolButton(String icon, String tip, String id) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add("tool-button");
        b.setTooltip(new Tooltip(tip));
        b.setId(id);
        b.setFocusTraversable(false);
        return b;
    }

    /** Ctrl+F on the Risks tab: the search box. */
    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }
}
