package org.genaiplan.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.genaiplan.ui.costs.BudgetBadge;
import org.genaiplan.ui.costs.CostView;
import org.genaiplan.ui.costs.CostViewModel;
import org.genaiplan.ui.gantt.GanttView;
import org.genaiplan.ui.risks.RiskRegisterView;
import org.genaiplan.ui.risks.RisksPlaceholder;
import org.genaiplan.ui.gantt.GanttChart;
import org.genaiplan.ui.gantt.GanttViewModel;
import org.genaiplan.ui.wbs.WbsActions;
import org.genaiplan.ui.wbs.WbsClipboard;
import org.genaiplan.ui.wbs.WbsColumn;
import org.genaiplan.ui.wbs.WbsSheet;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The main window: menu bar, tool bar, the WBS / Gantt / Risks / Costs tabs over one shared selection, and
 * the status bar. It only lays out and forwards; {@link MainViewModel} and {@link WbsActions} decide. Each
 * tab owns its content: no node moves between tabs, and a view's disabled state is bound inside its tab.
 */
public final class MainWindow extends BorderPane {
    /** The columns of the sheet beside the Gantt chart (the WBS tab shows them all). */
    static final List<WbsColumn> GANTT_COLUMNS = List.of(WbsColumn.ID, WbsColumn.NAME, WbsColumn.DURATION,
            WbsColumn.START, WbsColumn.FINISH, WbsColumn.PREDECESSORS, WbsColumn.OWNER);

    private final MainViewModel main;
    private final WbsActions wbs;
    private final WbsClipboard clipboard;
    private final WbsSheet wbsView;
    private final TabPane tabs = new TabPane();
    private final Tab wbsTab;
    private final Tab ganttTab;
    private final GanttView ganttView;
    private final Tab risksTab;
    private final Menu openRecent = new Menu("Open Recent");
    private final BooleanExpression editable;
    private final ShortcutHelp shortcutHelp = new ShortcutHelp();
    private RiskRegisterView risksView;
    private java.util.function.Supplier<RiskRegisterView> risksFactory;
    private java.util.function.Supplier<CostView> costsFactory;
    private final Tab costsTab;
    private final StatusBar statusBar;
    private CostView costsView;

    public MainWindow(MainViewModel main, WbsSheet.Parts sheetParts, PlanSelection selection) {
        this.main = main;
        this.wbs = sheetParts.actions();
        this.clipboard = sheetParts.clipboard();
        this.wbsView = new WbsSheet(sheetParts, List.of(WbsColumn.values()));
        wbsView.setId("wbsSheet");
        getStyleClass().add("main-window");
        editable = main.documentOpenProperty().and(main.busyProperty().not());

        wbsTab = tab("WBS", "mdi2f-file-tree-outline", wbsView);
        WbsSheet ganttSheet = new WbsSheet(sheetParts, GANTT_COLUMNS);
        ganttSheet.setId("ganttSheet");
        GanttChart chart = new GanttChart(wbs.rows(), wbs, new GanttViewModel(), main.messageProperty(),
                sheetParts.taskInfo());
        ganttView = new GanttView(ganttSheet, chart, main.messageProperty(), () -> exportGanttImage(false));
        ganttTab = tab("Gantt", "mdi2c-chart-gantt", ganttView);
        main.setGanttPicture(() -> {
            attachNow(ganttTab);
            try {
                return org.genaiplan.ui.gantt.GanttImage.visiblePng(ganttView.chart()).orElse(null);
            } catch (java.io.IOException | RuntimeException e) {
                return null; // the workbook is still worth having without the picture
            }
        });
        risksTab = tab("Risks", "mdi2a-alert-outline", new RisksPlaceholder());
        javafx.scene.control.Label costsPending = new javafx.scene.control.Label("Costs are loading\u2026");
        costsTab = tab("Costs", "mdi2c-cash-multiple", costsPending);
        tabs.getTabs().addAll(wbsTab, ganttTab, risksTab, costsTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("viewTabs");
        wbsView.setShown(true);
        wbsTab.selectedProperty().addListener((obs, o, shown) -> wbsView.setShown(shown));
        ganttTab.selectedProperty().addListener((obs, o, shown) -> ganttView.setShown(shown));

        setTop(new VBox(menuBar(), toolBar()));
        setCenter(tabs);
        statusBar = new StatusBar(main, selection, wbs::showLateTasks);
        setBottom(statusBar);
    }

    /** The sheet of the tab on screen: the WBS tab's, or the one beside the Gantt chart. */
    public WbsSheet shownSheet() {
        return ganttTab.isSelected() ? ganttView.sheet() : wbsView;
    }

    /** Puts the window into {@code stage}: scene, style sheet, title, close request and extra shortcuts. */
    public Scene install(Stage stage, Runnable exit) {
        Scene scene = new Scene(this, 1320, 820);
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.titleProperty().bind(main.titleProperty());
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.setOnCloseRequest(e -> {
            e.consume();
            main.quit(exit);
        });
        quitAction = exit;
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> guarded(TextInputControl::redo, wbs::redo, RiskRegisterView::redo, CostView::redo));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                () -> guarded(t -> { }, wbs::insertTask));
        return scene;
    }

    private Runnable quitAction = () -> { };

    public WbsSheet wbsView() {
        return wbsView;
    }

    public GanttView ganttView() {
        return ganttView;
    }

    public TabPane tabs() {
        return tabs;
    }

    /**
     * Puts the risk register into the Risks tab: {@code view} builds it when the tab is first shown (or
     * {@link #risksView()} is first asked), so start-up does not wait for it.
     */
    public void showRisks(java.util.function.Supplier<RiskRegisterView> view) {
        risksFactory = view;
        whenFirstShown(risksTab, this::risksView);
    }

    /** The risk register, built now if it was not yet; null before {@link #showRisks} is called. */
    public RiskRegisterView risksView() {
        if (risksView == null && risksFactory != null) {
            risksView = risksFactory.get();
            setTabContent(risksTab, risksView);
        }
        return risksView;
    }

    public Tab risksTab() {
        return risksTab;
    }

    /**
     * Puts the budget badge of {@code viewModel} into the status bar and the cost view into the Costs tab:
     * {@code view} builds it when the tab is first shown (or {@link #costsView()} is first asked).
     */
    public void showCosts(CostViewModel viewModel, java.util.function.Function<CostViewModel, CostView> view) {
        costsFactory = () -> view.apply(viewModel);
        statusBar.addBadge(new BudgetBadge(viewModel.budget(), () -> tabs.getSelectionModel().select(costsTab)));
        whenFirstShown(costsTab, this::costsView);
    }

    /** The cost view, built now if it was not yet; null before {@link #showCosts} is called. */
    public CostView costsView() {
        if (costsView == null && costsFactory != null) {
            CostView view = costsFactory.get();
            costsView = view;
            setTabContent(costsTab, view);
            view.setShown(costsTab.isSelected());
            costsTab.selectedProperty().addListener((obs, o, n) -> view.setShown(n));
        }
        return costsView;
    }

    /** Runs {@code action} once, when {@code tab} is first selected (at once if it is selected now). */
    private static void whenFirstShown(Tab tab, Runnable action) {
        if (tab.isSelected()) {
            action.run();
            return;
        }
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> selected, Boolean was, Boolean now) {
                if (now) {
                    selected.removeListener(this);
                    action.run();
                }
            }
        });
    }

    public Tab costsTab() {
        return costsTab;
    }

    // ---- menus ----

    private MenuBar menuBar() {
        MenuBar bar = new MenuBar(fileMenu(), editMenu(), taskMenu(), viewMenu(), helpMenu());
        bar.setId("menuBar");
        return bar;
    }

    private Menu fileMenu() {
        Menu fromTemplate = new Menu("New from template");
        fromTemplate.setId("menuNewFromTemplate");
        fromTemplate.setOnShowing(e -> fillTemplates(fromTemplate));
        fillTemplates(fromTemplate);
        refreshRecent();
        main.recentFiles().files().addListener((ListChangeListener<Path>) c -> refreshRecent());
        MenuItem excel = enabledWhen(item("Excel workbook\u2026", null, "Shortcut+E", e -> main.exportWorkbook()),
                editable);
        excel.setId("menuExportExcel");
        MenuItem importTable = item("Import\u2026", "mdi2f-file-import-outline", null, e -> main.importTable());
        importTable.setId("menuImport");
        MenuItem ganttImage = enabledWhen(item("Gantt image (visible chart)\u2026", "mdi2i-image-outline", null,
                e -> exportGanttImage(false)), main.documentOpenProperty());
        ganttImage.setId("menuExportGanttImage");
        MenuItem ganttPlanImage = enabledWhen(item("Gantt image (whole plan)\u2026", null, null,
                e -> exportGanttImage(true)), main.documentOpenProperty());
        Menu export = new Menu("Export", null, excel, ganttImage, ganttPlanImage);
        export.setGraphic(new FontIcon("mdi2f-file-excel-outline"));
        MenuItem quit = item("Quit", null, "Ctrl+Q", e -> main.quit(quitAction));
        quit.setId("menuQuit");
        return new Menu("_File", null,
                item("New", "mdi2f-file-plus-outline", "Shortcut+N", e -> main.newPlan()),
                fromTemplate,
                item("Open\u2026", "mdi2f-folder-open-outline", "Shortcut+O", e -> main.open()),
                openRecent,
                new SeparatorMenuItem(),
                enabledWhen(item("Save", "mdi2c-content-save-outline", "Shortcut+S", e -> main.save()), editable),
                enabledWhen(item("Save As\u2026", "mdi2c-content-save-edit-outline", "Shortcut+Shift+S",
                        e -> main.saveAs()), editable),
                new SeparatorMenuItem(),
                importTable,
                export,
                new SeparatorMenuItem(),
                enabledWhen(item("Close", null, "Shortcut+W", e -> main.close()), main.documentOpenProperty()),
                quit);
    }

    private void fillTemplates(Menu menu) {
        menu.getItems().clear();
        List<CatalogEntry> templates = main.templates();
        if (templates.isEmpty()) {
            MenuItem none = new MenuItem("No templates installed");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        for (CatalogEntry t : templates) {
            MenuItem mi = new MenuItem(t.name());
            mi.setOnAction(e -> main.newFromTemplate(t.id()));
            menu.getItems().add(mi);
        }
    }

    private void refreshRecent() {
        openRecent.getItems().clear();
        List<Path> files = main.recentFiles().files();
        if (files.isEmpty()) {
            MenuItem none = new MenuItem("No recent plans");
            none.setDisable(true);
            openRecent.getItems().add(none);
            return;
        }
        for (Path p : files) {
            MenuItem mi = new MenuItem(p.getFileName() + "   \u2014 " + (p.getParent() == null ? "" : p.getParent()));
            mi.setMnemonicParsing(false);
            mi.setOnAction(e -> main.open(p));
            openRecent.getItems().add(mi);
        }
    }

    private Menu editMenu() {
        MenuItem undo = enabledWhen(item("Undo", "mdi2u-undo", "Shortcut+Z",
                e -> guarded(TextInputControl::undo, wbs::undo, RiskRegisterView::undo, CostView::undo)), editable.and(main.editor().undoStack().canUndoProperty()));
        undo.textProperty().bind(main.editor().undoStack().undoTextProperty());
        undo.setId("menuUndo");
        MenuItem redo = enabledWhen(item("Redo", "mdi2r-redo", "Shortcut+Y",
                e -> guarded(TextInputControl::redo, wbs::redo, RiskRegisterView::redo, CostView::redo)), editable.and(main.editor().undoStack().canRedoProperty()));
        redo.textProperty().bind(main.editor().undoStack().redoTextProperty());
        redo.setId("menuRedo");
        return new Menu("_Edit", null, undo, redo, new SeparatorMenuItem(),
                enabledWhen(item("Cut", "mdi2c-content-cut", "Shortcut+X",
                        e -> guarded(TextInputControl::cut, clipboard::cut, RiskRegisterView::cut)), editable),
                enabledWhen(item("Copy", "mdi2c-content-copy", "Shortcut+C",
                        e -> guarded(TextInputControl::copy, clipboard::copy, RiskRegisterView::copy)), editable),
                enabledWhen(item("Paste", "mdi2c-content-paste", "Shortcut+V",
                        e -> guarded(TextInputControl::paste, clipboard::paste, RiskRegisterView::paste)), editable),
                enabledWhen(item("Delete", "mdi2d-delete-outline", "Delete",
                        e -> guarded(TextInputControl::deleteNextChar, wbs::delete, RiskRegisterView::delete, CostView::delete)), editable),
                new SeparatorMenuItem(),
                enabledWhen(item("Find\u2026", "mdi2m-magnify", "Shortcut+F", e -> showFind()), editable));
    }

    private Menu taskMenu() {
        return new Menu("_Task", null,
                enabledWhen(item("Insert task", "mdi2t-table-row-plus-after", "Insert",
                        e -> guarded(t -> { }, wbs::insertTask)), editable),
                enabledWhen(item("Insert child", "mdi2s-subdirectory-arrow-right", "Shortcut+Shift+Enter",
                        e -> guarded(t -> { }, wbs::insertChild)), editable),
                enabledWhen(item("Insert milestone", "mdi2r-rhombus-outline", "Shortcut+Shift+M",
                        e -> guarded(t -> { }, wbs::insertMilestone)), editable),
                enabledWhen(item("Insert work package\u2026", "mdi2p-package-variant-plus", "Shortcut+Shift+I",
                        e -> insertFragment()), editable),
                new SeparatorMenuItem(),
                enabledWhen(item("Indent", "mdi2f-format-indent-increase", "Alt+Shift+Right",
                        e -> guarded(t -> { }, wbs::indent)), editable),
                enabledWhen(item("Outdent", "mdi2f-format-indent-decrease", "Alt+Shift+Left",
                        e -> guarded(t -> { }, wbs::outdent)), editable),
                enabledWhen(item("Move up", "mdi2a-arrow-up", "Alt+Shift+Up",
                        e -> guarded(t -> { }, wbs::moveUp)), editable),
                enabledWhen(item("Move down", "mdi2a-arrow-down", "Alt+Shift+Down",
                        e -> guarded(t -> { }, wbs::moveDown)), editable),
                new SeparatorMenuItem(),
                enabledWhen(item("Link tasks", "mdi2l-link-variant", "Shortcut+F2",
                        e -> guarded(t -> { }, wbs::link)), editable),
                enabledWhen(item("Unlink tasks", "mdi2l-link-variant-off", "Shortcut+Shift+F2",
                        e -> guarded(t -> { }, wbs::unlink)), editable),
                enabledWhen(item("Task information\u2026", "mdi2i-information-outline", "Shift+F2",
                        e -> guarded(t -> { }, () -> shownSheet().openTaskInfo())), editable),
                new SeparatorMenuItem(),
                enabledWhen(item("Expand all", null, null, e -> wbs.expandAll()), editable),
                enabledWhen(item("Collapse all", null, null, e -> wbs.collapseAll()), editable),
                enabledWhen(item("Show late tasks", "mdi2c-calendar-alert", null, e -> wbs.showLateTasks()), editable),
                enabledWhen(item("Show all tasks", null, null, e -> wbs.showAllTasks()), editable));
    }

    private Menu viewMenu() {
        ToggleGroup group = new ToggleGroup();
        Menu menu = new Menu("_View");
        int i = 1;
        for (Tab tab : tabs.getTabs()) {
            RadioMenuItem mi = new RadioMenuItem(tab.getText());
            mi.setToggleGroup(group);
            mi.setAccelerator(KeyCombination.keyCombination("Shortcut+" + i++));
            mi.setSelected(tabs.getSelectionModel().getSelectedItem() == tab);
            mi.setOnAction(e -> tabs.getSelectionModel().select(tab));
            tab.selectedProperty().addListener((obs, o, n) -> mi.setSelected(n));
            menu.getItems().add(mi);
        }
        return menu;
    }

    private Menu helpMenu() {
        return new Menu("_Help", null,
                item("Keyboard shortcuts", "mdi2k-keyboard-outline", "F1", e -> shortcutHelp.show(getScene().getWindow())),
                item("About GenAI Planner", "mdi2i-information-outline", null, e -> shortcutHelp.showAbout(getScene().getWindow())));
    }

    // ---- tool bar ----

    private ToolBar toolBar() {
        ToolBar bar = new ToolBar(
                button("mdi2f-file-plus-outline", "New plan (Ctrl+N)", e -> main.newPlan(), null),
                button("mdi2f-folder-open-outline", "Open a plan (Ctrl+O)", e -> main.open(), null),
                button("mdi2c-content-save-outline", "Save (Ctrl+S)", e -> main.save(), editable),
                new javafx.scene.control.Separator(),
                button("mdi2u-undo", "Undo (Ctrl+Z)", e -> wbs.undo(),
                        editable.and(main.editor().undoStack().canUndoProperty())),
                button("mdi2r-redo", "Redo (Ctrl+Y)", e -> wbs.redo(),
                        editable.and(main.editor().undoStack().canRedoProperty())),
                new javafx.scene.control.Separator(),
                button("mdi2t-table-row-plus-after", "Insert task below (Insert or Ctrl+Enter)",
                        e -> wbs.insertTask(), editable),
                button("mdi2s-subdirectory-arrow-right", "Insert child task (Ctrl+Shift+Enter)",
                        e -> wbs.insertChild(), editable),
                button("mdi2r-rhombus-outline", "Insert milestone (Ctrl+Shift+M)", e -> wbs.insertMilestone(), editable),
                button("mdi2d-delete-outline", "Delete the selected tasks (Delete)", e -> wbs.delete(), editable),
                new javafx.scene.control.Separator(),
                button("mdi2f-format-indent-decrease", "Outdent (Alt+Shift+Left)", e -> wbs.outdent(), editable),
                button("mdi2f-format-indent-increase", "Indent (Alt+Shift+Right)", e -> wbs.indent(), editable),
                button("mdi2a-arrow-up", "Move up (Alt+Shift+Up)", e -> wbs.moveUp(), editable),
                button("mdi2a-arrow-down", "Move down (Alt+Shift+Down)", e -> wbs.moveDown(), editable),
                new javafx.scene.control.Separator(),
                button("mdi2c-content-cut", "Cut rows (Ctrl+X)", e -> clipboard.cut(), editable),
                button("mdi2c-content-copy", "Copy rows (Ctrl+C)", e -> clipboard.copy(), editable),
                button("mdi2c-content-paste", "Paste rows (Ctrl+V)", e -> clipboard.paste(), editable),
                new javafx.scene.control.Separator(),
                button("mdi2m-magnify", "Find a task by name (Ctrl+F)", e -> showFind(), editable));
        bar.setId("toolBar");
        return bar;
    }

    private Button button(String icon, String tooltip, EventHandler<ActionEvent> action,
                          ObservableValue<Boolean> enabled) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().add("tool-button");
        b.setTooltip(new Tooltip(tooltip));
        b.setFocusTraversable(false);
        b.setOnAction(action);
        if (enabled != null) {
            b.disableProperty().bind(BooleanExpression.booleanExpression(enabled).not());
        }
        return b;
    }

    private static MenuItem item(String text, String icon, String accelerator, EventHandler<ActionEvent> action) {
        MenuItem mi = new MenuItem(text);
        if (icon != null) {
            mi.setGraphic(new FontIcon(icon));
        }
        if (accelerator != null) {
            mi.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        mi.setOnAction(action);
        return mi;
    }

    private static MenuItem enabledWhen(MenuItem item, ObservableValue<Boolean> enabled) {
        item.disableProperty().bind(BooleanExpression.booleanExpression(enabled).not());
        return item;
    }

    // ---- actions ----

    /**
     * Shortcuts such as Delete or Ctrl+C belong to the text field while a cell is being edited (or the
     * find bar has the focus); otherwise they act on rows.
     */
    private void guarded(java.util.function.Consumer<TextInputControl> onText, Runnable onRows,
                         java.util.function.Consumer<RiskRegisterView> onRisks,
                         java.util.function.Consumer<CostView> onCosts) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (costsView != null && costsTab.isSelected() && !(focus instanceof TextInputControl)) {
            if (!costsView.isEditing()) {
                onCosts.accept(costsView);
            }
            return;
        }
        guarded(onText, onRows, onRisks);
    }

    private void guarded(java.util.function.Consumer<TextInputControl> onText, Runnable onRows,
                         java.util.function.Consumer<RiskRegisterView> onRisks) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (costsView != null && costsTab.isSelected() && !(focus instanceof TextInputControl)) {
            return; // cut, copy and paste of rows mean nothing on the Costs tab
        }
        if (risksView != null && risksTab.isSelected() && !(focus instanceof TextInputControl)) {
            if (!risksView.isEditing()) {
                onRisks.accept(risksView);
            }
            return;
        }
        guarded(onText, onRows);
    }

    private void guarded(java.util.function.Consumer<TextInputControl> onText, Runnable onRows) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (focus instanceof TextInputControl text) {
            onText.accept(text);
            return;
        }
        if (shownSheet().isEditing()) {
            return;
        }
        if (tabs.getSelectionModel().getSelectedItem() != ganttTab) {
            tabs.getSelectionModel().select(wbsTab);
        }
        onRows.run();
        WbsSheet sheet = shownSheet();
        if (!sheet.isEditing()) {
            sheet.table().requestFocus();
        }
    }

    private void showFind() {
        if (risksView != null && risksTab.isSelected()) {
            risksView.focusSearch();
            return;
        }
        if (!ganttTab.isSelected()) {
            tabs.getSelectionModel().select(wbsTab);
        }
        shownSheet().showFind();
    }

    /** File > Export > Gantt image: asks where (the plan's folder, named after it), then writes the picture. */
    private void exportGanttImage(boolean wholePlan) {
        if (main.editor().plan() == null) {
            main.messageProperty().set("Open a plan to export its chart.");
            return;
        }
        main.dialogs().chooseImageToExport(main.exportBaseName() + " gantt.png", main.planFolder())
                .ifPresent(file -> {
                    attachNow(ganttTab);
                    ganttView.exportImage(file, wholePlan);
                });
    }

    private void insertFragment() {
        List<CatalogEntry> fragments = main.documents().fragments();
        if (fragments.isEmpty()) {
            main.messageProperty().set("No work packages are installed.");
            return;
        }
        main.dialogs().chooseFragment(fragments).ifPresent(entry -> {
            try {
                wbs.insertFragment(main.documents().fragment(entry.id()));
            } catch (DocumentException ex) {
                main.dialogs().showError("Cannot insert " + entry.name(), ex.getMessage());
            }
        });
    }

    private Tab tab(String text, String icon, Node content) {
        Tab tab = new Tab(text);
        tab.setGraphic(new FontIcon(icon));
        tab.setId("tab" + text);
        setTabContent(tab, content);
        return tab;
    }

    /**
     * Puts a view into a tab inside a holder of its own: the tab sets the holder's disabled state when it
     * changes its content, while the view's own is bound to whether a plan is open. The view joins the scene
     * when its tab is first shown, so the window's first frame styles and lays out only the tab on screen.
     */
    private void setTabContent(Tab tab, Node view) {
        view.disableProperty().bind(main.documentOpenProperty().not());
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane();
        holder.getStyleClass().add("tab-body");
        holder.setUserData(view);
        tab.setContent(holder);
        whenFirstShown(tab, () -> attachNow(tab));
    }

    /** Puts a tab's view into the scene now if it is not there yet, laid out at the tab's size (for a picture). */
    private void attachNow(Tab tab) {
        if (tab.getContent() instanceof javafx.scene.layout.StackPane holder && holder.getUserData() instanceof Node view
                && holder.getChildren().isEmpty()) {
            holder.getChildren().setAll(view);
            // styled at once, as it would have been from the start (callers may read its looks right away)
            holder.applyCss();
            if (!tab.isSelected()) {
                tabs.layout();
            }
        }
    }
}
