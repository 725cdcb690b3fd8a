package org.genaiplan.ui.risks;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.genaiplan.ui.CellNote;

/**
 * The Risks tab: the register as a sheet edited in place (filter bar above it) and, in a side pane whose
 * width the divider sets, the heat map over the library picker or the link editor when one is open (a
 * second divider shares the height between them). It shows and forwards; {@link RiskRegisterViewModel}
 * decides.
 */
public final class RiskRegisterView extends BorderPane implements org.genaiplan.ui.EditTarget {
    /** Where the side pane's divider starts, and where it moves when a side panel opens. */
    private static final double SIDE_DIVIDER = 0.74;
    private static final double SIDE_DIVIDER_OPEN = 0.62;
    /** The heat map's share of the side pane's height while a side panel is open. */
    private static final double HEAT_SHARE_OPEN = 0.36;

    private final RiskRegisterViewModel viewModel;
    private final CellNote note = new CellNote("riskCellError");
    private final RiskGrid grid;
    private final RiskFilterBar filterBar;
    private final HeatMapView heatMap;
    private final LibraryPanel libraryPanel;
    private final LinkPanel linkPanel;
    private final StackPane sidePanel = new StackPane();
    private final SplitPane side;
    private final SplitPane split;

    public RiskRegisterView(RiskRegisterViewModel viewModel) {
        this.viewModel = viewModel;
        getStyleClass().add("risk-register");
        getStylesheets().add(RiskRegisterView.class.getResource("risks.css").toExternalForm());

        grid = new RiskGrid(viewModel, note, new RiskGrid.Actions(this::addBlank, this::delete, this::openLinks));
        filterBar = new RiskFilterBar(viewModel, new RiskFilterBar.Actions(this::addBlank, this::openLibrary,
                this::delete, this::openLinks, grid::requestFocus));
        heatMap = new HeatMapView(viewModel);
        libraryPanel = new LibraryPanel(viewModel, this::closeSidePanel);
        linkPanel = new LinkPanel(viewModel, this::closeSidePanel);
        sidePanel.getStyleClass().add("side-panel-area");

        ScrollPane heatScroll = new ScrollPane(heatMap);
        heatScroll.setFitToWidth(true);
        heatScroll.getStyleClass().add("heat-scroll");
        side = new SplitPane(heatScroll);
        side.setOrientation(Orientation.VERTICAL);
        side.setId("riskSide");
        side.getStyleClass().add("risk-side");
        side.setMinWidth(330);
        side.setPrefWidth(340);

        split = new SplitPane(grid, side);
        split.setId("riskSplit");
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(SIDE_DIVIDER);
        SplitPane.setResizableWithParent(side, false);
        setTop(filterBar);
        setCenter(split);
    }

    // ---- actions ----

    public void addBlank() {
        long id = viewModel.addBlank();
        if (id > 0) {
            viewModel.clearFilters();
            grid.select(id, RiskColumn.TITLE);
            grid.startEdit(null);
        }
    }

    /** The risks of the selected cells, in the order shown. */
    public List<Long> selectedRiskIds() {
        return grid.selectedRiskIds();
    }

    @Override
    public void delete() {
        int first = grid.getSelectionModel().getSelectedIndex();
        if (viewModel.delete(grid.selectedRiskIds())) {
            grid.focusTitle(first);
        }
    }

    /** Ctrl+C: the selected cells (the block from the first to the last) as tab-separated text. */
    @Override
    public void copy() {
        grid.copy();
    }

    /** Ctrl+Shift+C: whole rows of the selected risks, to paste as new risks. */
    public void copyRows() {
        grid.copyRows();
    }

    /** Copies the selected risks' rows and deletes them. */
    @Override
    public void cut() {
        grid.copyRows();
        delete();
    }

    @Override
    public void paste() {
        grid.paste();
    }

    /** Pastes text as Ctrl+V would with the clipboard holding {@code text}. */
    public void pasteText(String text) {
        grid.pasteText(text);
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
        grid.requestFocus();
    }

    /** Ctrl+F on the Risks tab: the search box. */
    public void focusSearch() {
        filterBar.focusSearch();
    }

    /** F2 (or typing on a cell): edits the focused cell; typed text replaces the value. */
    public void startEdit(String typed) {
        grid.startEdit(typed);
    }

    /** Focuses a cell by risk id and column. */
    public void select(long riskId, RiskColumn column) {
        grid.select(riskId, column);
    }

    public void openLibrary() {
        showSidePanel(libraryPanel);
        libraryPanel.focusSearch();
    }

    /** Opens the link editor for the focused risk. */
    public void openLinks() {
        RiskRowViewModel row = grid.focusedRow();
        if (row == null) {
            viewModel.statusMessageProperty().set("Select the risk to link first.");
            return;
        }
        showSidePanel(linkPanel);
        linkPanel.show(row);
    }

    /** Opens a side panel under the heat map, widening the side pane so whole titles show. */
    private void showSidePanel(javafx.scene.Node panel) {
        sidePanel.getChildren().setAll(panel);
        if (side.getItems().size() == 1) {
            side.getItems().add(sidePanel);
            side.setDividerPositions(HEAT_SHARE_OPEN);
            if (split.getDividerPositions()[0] > SIDE_DIVIDER_OPEN) {
                split.setDividerPositions(SIDE_DIVIDER_OPEN);
            }
        }
    }

    private void closeSidePanel() {
        sidePanel.getChildren().clear();
        side.getItems().remove(sidePanel);
        grid.requestFocus();
    }

    // ---- for the window and tests ----

    public TableView<RiskRowViewModel> table() {
        return grid;
    }

    public RiskRegisterViewModel viewModel() {
        return viewModel;
    }

    @Override
    public boolean isEditing() {
        return grid.getEditingCell() != null;
    }

    /** The message under a cell that refused a value, or null when none is showing. */
    public String cellErrorText() {
        return note.isShowing() ? note.text() : null;
    }

    /** The cell now showing {@code row} in {@code column}, if it is on screen. */
    RiskCell cellAt(RiskRowViewModel row, RiskColumn column) {
        return grid.cellAt(row, column);
    }

    RiskGrid grid() {
        return grid;
    }

    HeatMapView heatMap() {
        return heatMap;
    }

    LibraryPanel libraryPanel() {
        return libraryPanel;
    }

    LinkPanel linkPanel() {
        return linkPanel;
    }

    SplitPane sidePane() {
        return side;
    }
}
