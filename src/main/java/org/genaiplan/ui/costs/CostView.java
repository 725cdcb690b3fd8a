package org.genaiplan.ui.costs;

import javafx.beans.value.ObservableStringValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.genaiplan.ui.CellNote;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Costs tab: the plan's totals across the top; the cost lines of the task selected in the WBS on the
 * left; charts, budget and price table on the right. It shows and forwards; {@link CostViewModel} decides.
 */
public final class CostView extends BorderPane implements org.genaiplan.ui.EditTarget.WithoutClipboard {
    private final CostViewModel viewModel;
    private final CellNote note = new CellNote("costCellError");
    private final CostLinesPane linesPane;
    private final ChartPane chartPane;
    private final TabPane side = new TabPane();
    private final Tab chartsTab;
    private final Tab budgetTab;
    private final Tab pricesTab;
    private boolean shown;

    public CostView(CostViewModel viewModel, CostChartSource charts) {
        this.viewModel = viewModel;
        getStyleClass().add("cost-view");
        getStylesheets().add(CostView.class.getResource("costs.css").toExternalForm());
        setId("costView");

        linesPane = new CostLinesPane(viewModel.costLines(), viewModel.prices(), note);
        chartPane = new ChartPane(viewModel, charts);
        chartsTab = sideTab("Charts", "mdi2c-chart-bar", chartPane);
        // The budget and price tables are built the first time they are shown.
        budgetTab = lazyTab("Budget", "mdi2w-wallet-outline", () -> new BudgetPane(viewModel.budget(), note));
        pricesTab = lazyTab("Prices", "mdi2t-tag-outline", () -> new PricePane(viewModel.prices(), note));
        side.getTabs().addAll(chartsTab, budgetTab, pricesTab);
        side.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        side.setId("costSideTabs");
        chartsTab.selectedProperty().addListener((obs, o, n) -> updateShowing());

        SplitPane split = new SplitPane(linesPane, side);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.46);
        setTop(summary());
        setCenter(split);
    }

    private static Tab lazyTab(String text, String icon, java.util.function.Supplier<Node> content) {
        Tab tab = sideTab(text, icon, null);
        tab.selectedProperty().addListener((obs, o, n) -> {
            if (n && tab.getContent() == null) {
                tab.setContent(content.get());
            }
        });
        return tab;
    }

    private static Tab sideTab(String text, String icon, Node content) {
        Tab tab = new Tab(text, content);
        tab.setGraphic(new FontIcon(icon));
        tab.setId("costTab" + text);
        return tab;
    }

    private Node summary() {
        FlowPane bar = new FlowPane(8, 8,
                card("Planned", viewModel.plannedProperty(), "summaryPlanned", "Every cost item of the plan at its"
                        + " planned amount: owners' work (rate x duration), fixed costs and cost lines."),
                card("Actual", viewModel.actualProperty(), "summaryActual", "The actual costs entered so far."),
                card("Forecast", viewModel.forecastProperty(), "summaryForecast", "What the plan is heading for: per"
                        + " item, the actual plus what is left of the planned amount by % complete; items with no"
                        + " actual count at their planned amount, and a paid licence or fixed amount counts at what"
                        + " was paid."),
                card("Budget", viewModel.budgetProperty(), "summaryBudget", "The plan's budget (Budget tab)."),
                card("Forecast % of budget", viewModel.budgetPercentProperty(), "summaryBudgetPercent",
                        "The forecast as a share of the plan's budget.", false),
                card("Contingency reserve", viewModel.contingencyProperty(), "summaryContingency", "Money to hold"
                        + " back for risks: the sum of the cost exposure (probability x cost impact) of every risk"
                        + " that is not closed."));
        bar.getStyleClass().add("cost-summary");
        return bar;
    }

    private Node card(String caption, ObservableStringValue value, String id, String tip) {
        return card(caption, value, id, tip, true);
    }

    private Node card(String caption, ObservableStringValue value, String id, String tip, boolean money) {
        Label c = new Label(caption);
        c.getStyleClass().add("summary-caption");
        Label v = new Label();
        v.setId(id);
        v.getStyleClass().add("summary-value");
        v.textProperty().bind(value);
        Label currency = new Label();
        currency.getStyleClass().add("summary-currency");
        if (money) {
            currency.textProperty().bind(viewModel.currencyProperty());
            // "not set" and dashes are not amounts: no currency beside them.
            currency.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> value.get() != null && !value.get().isEmpty() && Character.isDigit(value.get().charAt(0)),
                    value));
        }
        VBox card = new VBox(2, c, new javafx.scene.layout.HBox(4, v, currency));
        card.getStyleClass().add("summary-card");
        Tooltip t = new Tooltip(tip);
        t.setWrapText(true);
        t.setMaxWidth(360);
        Tooltip.install(card, t);
        return card;
    }

    /** Whether the Costs tab is on screen; the charts are only drawn while it is. */
    public void setShown(boolean shown) {
        this.shown = shown;
        viewModel.setShown(shown);
        updateShowing();
    }

    private void updateShowing() {
        chartPane.setShowing(shown && chartsTab.isSelected());
    }

    @Override
    public void undo() {
        viewModel.undo();
    }

    @Override
    public void redo() {
        viewModel.redo();
    }

    @Override
    public void focus() {
        linesPane.table().requestFocus();
    }

    @Override
    public void say(String sentence) {
        viewModel.costLines().messageProperty().set(sentence);
    }

    /** Delete on the Costs tab removes the selected cost line. */
    @Override
    public void delete() {
        linesPane.removeSelected();
    }

    @Override
    public boolean isEditing() {
        return linesPane.table().getEditingCell() != null;
    }

    // ---- for the window and tests ----

    public CostViewModel viewModel() {
        return viewModel;
    }

    /** The message under a field or cell that refused a value, or null when none is showing. */
    public String fieldErrorText() {
        return note.isShowing() ? note.text() : null;
    }

    public void addLine(LineKind kind) {
        linesPane.addLine(kind);
    }

    public void selectLine(int index) {
        linesPane.selectLine(index);
    }

    public int selectedLine() {
        return linesPane.selectedLine();
    }

    public javafx.scene.control.TableView<CostLineRow> linesTable() {
        return linesPane.table();
    }

    public org.jfree.chart.JFreeChart chart() {
        return chartPane.chart();
    }

    public void showChart(String which) {
        chartPane.show(ChartPane.Kind.valueOf(which));
    }

    public void showSide(String which) {
        side.getSelectionModel().select(switch (which) {
            case "Budget" -> budgetTab;
            case "Prices" -> pricesTab;
            default -> chartsTab;
        });
    }
}
