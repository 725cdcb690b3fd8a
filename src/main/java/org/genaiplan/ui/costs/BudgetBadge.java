package org.genaiplan.ui.costs;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import org.genaiplan.schedule.BudgetAlert;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The status bar's budget badge: the worst budget alert in a few words ("Forecast 92 % of budget"),
 * coloured by the threshold reached (style classes budget-50 to budget-100); hidden while there is none.
 * Clicking it opens the Costs tab.
 */
public final class BudgetBadge extends Label {
    private static final List<String> LEVELS = List.of("budget-50", "budget-75", "budget-90", "budget-100");

    public BudgetBadge(BudgetViewModel viewModel, Runnable open) {
        setId("budgetBadge");
        getStyleClass().add("budget-badge");
        setGraphic(new FontIcon("mdi2c-cash-multiple"));
        setFocusTraversable(false);
        managedProperty().bind(visibleProperty());
        setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                open.run();
            }
        });
        viewModel.worstAlertProperty().addListener((obs, o, n) -> show(n));
        show(viewModel.worstAlertProperty().get());
    }

    private void show(BudgetAlert alert) {
        getStyleClass().removeAll(LEVELS);
        if (alert == null) {
            setVisible(false);
            setText("");
            setTooltip(null);
            return;
        }
        setVisible(true);
        setText(BudgetViewModel.badgeText(alert));
        getStyleClass().add(BudgetViewModel.levelClass(alert.threshold()));
        setTooltip(new Tooltip(alert.message() + " Click to open the Costs tab."));
    }
}
