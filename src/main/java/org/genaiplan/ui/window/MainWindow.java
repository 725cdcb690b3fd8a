package org.genaiplan.ui.window;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.genaiplan.ui.costs.BudgetBadge;
import org.genaiplan.ui.costs.CostView;
import org.genaiplan.ui.costs.CostViewModel;
import org.genaiplan.ui.gantt.GanttChart;
import org.genaiplan.ui.gantt.GanttImage;
import org.genaiplan.ui.gantt.GanttView;
import org.genaiplan.ui.gantt.GanttViewModel;
import org.genaiplan.ui.gantt.layout.ZoomLevel;
import org.genaiplan.ui.report.PrintPreviewViewModel;
import org.genaiplan.ui.report.PrintPreviewWindow;
import org.genaiplan.ui.risks.RiskRegisterView;
import org.genaiplan.ui.wbs.SheetEditTarget;
import org.genaiplan.ui.wbs.WbsActions;
import org.genaiplan.ui.wbs.WbsColumn;
import org.genaiplan.ui.wbs.WbsSheet;
import org.kordamp.ikonli.javafx.FontIcon;
import org.genaiplan.ui.CatalogEntry;
import org.genaiplan.ui.DocumentException;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.EditTarget;
import org.genaiplan.ui.PlainEditTarget;
import org.genaiplan.ui.PlanSelection;

/**
 * The main window: menu bar, tool bar, the WBS / Gantt / Risks / Costs tabs over one shared selection, and
 * the status bar. It lays out and forwards: the commands are in {@link WindowActions} (menus and tool bar
 * are made from them), edit commands go to the {@link EditTarget} of the tab on screen, and each tab owns its
 * content, so no node moves between tabs and a view's disabled state is bound inside its own tab.
 */
public final class MainWindow extends BorderPane implements WindowActions.Host {
    /** The columns of the sheet beside the Gantt chart (the WBS tab shows them all). */
    static final List<WbsColumn> GANTT_COLUMNS = List.of(WbsColumn.ID, WbsColumn.NAME, WbsColumn.DURATION,
            WbsColumn.START, WbsColumn.FINISH, WbsColumn.PREDECESSORS, WbsColumn.OWNER);

    private final MainViewModel main;
    private final WbsActions wbs;
    private final LazyView<WbsSheet> wbsView;
    private final TabPane tabs = new TabPane();
    private final TabBodies bodies;
    private final Tab wbsTab;
    private final Tab ganttTab;
    private final LazyView<GanttView> ganttView;
    private final Tab risksTab;
    private final Tab costsTab;
    private final Tab resourcesTab;
    private LazyView<org.genaiplan.ui.resources.ResourcesView> resourcesView;
    private final StatusBar statusBar;
    private Runnable evaluationImport;
    private final Map<Tab, EditTarget> targets = new HashMap<>();
    /** The edit target of a tab that has none of its own (Risk analysis, Decisions, Stakeholders). */
    private final EditTarget plainTarget;
    private final WindowActions actions;
    private final WindowMenus menus;
    private final List<Menu> extraMenus = new java.util.ArrayList<>();
    private LazyView<RiskRegisterView> risksView;
    private LazyView<CostView> costsView;
    private Runnable quitAction = () -> { };

    public MainWindow(MainViewModel main, WbsSheet.Parts sheetParts, PlanSelection selection) {
        this.main = main;
        this.bodies = new TabBodies(tabs, main.documentOpenProperty());
        this.wbs = sheetParts.actions();
        this.plainTarget = new PlainEditTarget(new CommandRunner(main.editor(), main.messageProperty()));
        getStyleClass().add("main-window");

        // the WBS sheet is built right after the window is on screen (install), so that the window shows
        // once its menus, tool bar and tabs are styled; asking for it (wbsView()) builds it at once
        wbsTab = tab("WBS", "mdi2f-file-tree-outline", new javafx.scene.control.Label(""), null);
        wbsView = new LazyView<>(() -> sheet(sheetParts, List.of(WbsColumn.values()), "wbsSheet", wbsTab), built -> {
            setTabContent(wbsTab, built, new SheetEditTarget(built));
            wbsTab.selectedProperty().addListener((obs, o, shown) -> built.setShown(shown));
        });
        // the Gantt tab's sheet and chart are built when the tab is first shown (or first asked for)
        ganttTab = tab("Gantt", "mdi2c-chart-gantt", new javafx.scene.control.Label(""), null);
        ganttView = new LazyView<>(() -> gantt(sheetParts), built -> {
            setTabContent(ganttTab, built, new SheetEditTarget(built.sheet()));
            ganttTab.selectedProperty().addListener((obs, o, shown) -> built.setShown(shown));
        });
        whenFirstShown(ganttTab, ganttView::get);
        risksTab = tab("Risks", "mdi2a-alert-outline", new javafx.scene.control.Label(""), null);
        costsTab = tab("Costs", "mdi2c-cash-multiple", new javafx.scene.control.Label("Costs are loading\u2026"), null);
        resourcesTab = tab("Resources", "mdi2a-account-group-outline", new javafx.scene.control.Label(""), null);
        tabs.getTabs().addAll(wbsTab, ganttTab, risksTab, costsTab, resourcesTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("viewTabs");
        main.loadingProperty().addListener((obs, o, what) -> {
            wbsView.ifBuilt(sheet -> sheet.setLoading(what));
            ganttView.ifBuilt(gantt -> gantt.sheet().setLoading(what));
        });
        // a plan just opened: the keyboard goes to its sheet (unless the user is typing somewhere else)
        main.editor().sessionProperty().addListener((obs, was, now) -> javafx.application.Platform.runLater(() -> {
            Node owner = getScene() == null ? null : getScene().getFocusOwner();
            if (now != null && wbsTab.isSelected() && !(owner instanceof TextInputControl)) {
                wbsView.get().takeFocus();
            }
        }));

        actions = new WindowActions(main, wbs, sheetParts.clipboard(), this);
        menus = new WindowMenus(actions, main);
        setCenter(tabs);
        statusBar = new StatusBar(main, selection, () -> rows(wbs::showLateTasks));
        setBottom(statusBar);
    }

    /**
     * Adds a tab after the others (Issues, Quality), before the window is installed; the tabs there keep their
     * Ctrl+number shortcuts.
     */
    public Tab addTab(String text, String icon, Node view, EditTarget target) {
        Tab tab = tab(text, icon, view, target);
        tabs.getTabs().add(tab);
        return tab;
    }

    /**
     * Adds a tab like {@link #addTab} whose view {@code view} builds when the tab is first shown, so start-up does
     * not pay for views the user has not opened; a view that is an {@link EditTarget} becomes the tab's.
     */
    public Tab addLazyTab(String text, String icon, java.util.function.Supplier<? extends Node> view) {
        Tab tab = addTab(text, icon, new javafx.scene.control.Label(""), null);
        lazy(tab, view, built -> { });
        return tab;
    }

    /** {@code view}, built and put into {@code tab} when the tab is first shown (then {@code also} runs on it). */
    private <T extends Node> LazyView<T> lazy(Tab tab, java.util.function.Supplier<T> view, Consumer<T> also) {
        LazyView<T> lazy = new LazyView<>(view, built -> {
            setTabContent(tab, built, built instanceof EditTarget target ? target : null);
            also.accept(built);
        });
        whenFirstShown(tab, lazy::get);
        return lazy;
    }

    /** Puts a badge (such as the next gate) into the status bar. */
    public void addStatusBadge(Node badge) {
        statusBar.addBadge(badge);
    }

    /** What File > Import evaluation results... does (the quality view's import). */
    public void setEvaluationImport(Runnable action) {
        evaluationImport = action;
    }

    @Override
    public void importEvaluation() {
        if (evaluationImport != null) {
            evaluationImport.run();
        }
    }

    /** Adds a menu between Task and View (before the window is installed). */
    public void addMenu(Menu menu) {
        extraMenus.add(menu);
    }

    /** Puts the window into {@code stage}: menus, scene, style sheet, title, close request and extra shortcuts. */
    public Scene install(Stage stage, Runnable exit) {
        setTop(new VBox(menus.menuBar(tabs, extraMenus), menus.toolBar()));
        Scene scene = WindowScene.of(stage, this); // a stage shown empty first keeps its scene
        scene.getStylesheets().add(MainWindow.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        WindowScene.whenShown(stage, wbsView::get); // the sheet, once the window is on screen
        stage.titleProperty().bind(main.titleProperty());
        stage.setMinWidth(760);
        stage.setMinHeight(480);
        stage.setOnCloseRequest(e -> {
            e.consume();
            main.quit(exit);
        });
        quitAction = exit;
        // Second keys for two commands (a menu item has one).
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), actions.get("menuRedo").run());
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN),
                actions.get("menuInsertTask").run());
        return scene;
    }

    // ---- the parts, for the composition root and tests ----

    /** The sheet of the tab on screen: the WBS tab's, or the one beside the Gantt chart. */
    public WbsSheet shownSheet() {
        return ganttTab.isSelected() ? ganttView.get().sheet() : wbsView.get();
    }

    /** The WBS tab's sheet, built now if it was not yet (it is built once the window is on screen). */
    public WbsSheet wbsView() {
        return wbsView.get();
    }

    /** The Gantt tab's view, built now if it was not yet (it is built when its tab is first shown). */
    public GanttView ganttView() {
        return ganttView.get();
    }

    /**
     * A sheet of {@code columns} saying what is being loaded; when {@code tab} is given, shown if that tab is (before
     * it takes the keyboard, so that it reads the shared selection first).
     */
    private WbsSheet sheet(WbsSheet.Parts sheetParts, List<WbsColumn> columns, String id, Tab tab) {
        WbsSheet sheet = new WbsSheet(sheetParts, columns);
        sheet.setId(id);
        sheet.setLoading(main.loadingProperty().get());
        if (tab != null) {
            sheet.setShown(tab.isSelected());
        }
        return sheet;
    }

    /** Draws the Gantt chart again (a gate's colour may have changed), when it has been built. */
    void redrawGantt() {
        ganttView.ifBuilt(gantt -> gantt.chart().redraw());
    }

    /** The Gantt tab's sheet and chart over the shared rows, selection and scroll position, following the plan. */
    private GanttView gantt(WbsSheet.Parts sheetParts) {
        WbsSheet ganttSheet = sheet(sheetParts, GANTT_COLUMNS, "ganttSheet", null);
        GanttChart chart = new GanttChart(wbs.rows(), wbs, new GanttViewModel(), main.messageProperty(),
                sheetParts.taskInfo());
        GanttView view = new GanttView(ganttSheet, chart, () -> exportGanttImage(false), this::savePicture);
        // shown before it takes the keyboard, so that it reads the shared selection first
        view.setShown(ganttTab.isSelected());
        return view;
    }

    public TabPane tabs() {
        return tabs;
    }

    public WindowActions actions() {
        return actions;
    }

    /**
     * Puts the risk register into the Risks tab: {@code view} builds it when the tab is first shown (or
     * {@link #risksView()} is first asked), so start-up does not wait for it.
     */
    public void showRisks(java.util.function.Supplier<RiskRegisterView> view) {
        risksView = lazy(risksTab, view, built -> { });
    }

    /** The risk register, built now if it was not yet; null before {@link #showRisks} is called. */
    public RiskRegisterView risksView() {
        return risksView == null ? null : risksView.get();
    }

    public Tab risksTab() {
        return risksTab;
    }

    /**
     * Puts the budget badge of {@code viewModel} into the status bar and the cost view into the Costs tab:
     * {@code view} builds it when the tab is first shown (or {@link #costsView()} is first asked).
     */
    public void showCosts(CostViewModel viewModel, java.util.function.Function<CostViewModel, CostView> view) {
        statusBar.addBadge(new BudgetBadge(viewModel.budget(), () -> tabs.getSelectionModel().select(costsTab)));
        costsView = lazy(costsTab, () -> view.apply(viewModel), built -> {
            built.setShown(costsTab.isSelected());
            costsTab.selectedProperty().addListener((obs, o, n) -> built.setShown(n));
        });
    }

    /** The Resources tab's view: {@code view} builds it when the tab is first shown (or first asked for). */
    public void showResources(java.util.function.Supplier<org.genaiplan.ui.resources.ResourcesView> view) {
        resourcesView = lazy(resourcesTab, view, built -> { });
    }

    /** The team's roles, people and capacity, built now if they were not yet; null before {@link #showResources}. */
    public org.genaiplan.ui.resources.ResourcesView resourcesView() {
        return resourcesView == null ? null : resourcesView.get();
    }

    public Tab resourcesTab() {
        return resourcesTab;
    }

    /** The cost view, built now if it was not yet; null before {@link #showCosts} is called. */
    public CostView costsView() {
        return costsView == null ? null : costsView.get();
    }

    public Tab costsTab() {
        return costsTab;
    }

    /** Adds a tab after the others for a view of its own package; the view is in the scene while its tab is shown. */
    public Tab addTab(String text, String icon, Node view) {
        return addTab(text, icon, view, null);
    }

    // ---- where commands go (WindowActions.Host) ----

    @Override
    public void edit(Consumer<EditTarget> onTab, Consumer<TextInputControl> onText) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (focus instanceof TextInputControl text) {
            onText.accept(text);
            return;
        }
        EditTarget target = targets.getOrDefault(tabs.getSelectionModel().getSelectedItem(), plainTarget);
        if (target.isEditing()) {
            return;
        }
        onTab.accept(target);
        if (!target.isEditing()) {
            target.focus();
        }
    }

    @Override
    public void rows(Runnable action) {
        Node focus = getScene() == null ? null : getScene().getFocusOwner();
        if (focus instanceof TextInputControl || shownSheet().isEditing()) {
            return;
        }
        if (!ganttTab.isSelected()) {
            tabs.getSelectionModel().select(wbsTab);
        }
        action.run();
        WbsSheet sheet = shownSheet();
        if (!sheet.isEditing()) {
            sheet.table().requestFocus();
        }
    }

    @Override
    public void showFind() {
        if (risksView != null && risksTab.isSelected()) {
            risksView.get().focusSearch();
            return;
        }
        if (!ganttTab.isSelected()) {
            tabs.getSelectionModel().select(wbsTab);
        }
        shownSheet().showFind();
    }

    /**
     * File > Export > Gantt image: the whole plan with its task names at the chart's zoom (PNG or SVG, drawn from a
     * snapshot in the background), or the visible chart (PNG); asks where (the plan's folder, named after it).
     */
    @Override
    public void exportGanttImage(boolean wholePlan) {
        if (main.editor().plan() == null) {
            main.messageProperty().set("Open a plan to export its chart.");
            return;
        }
        if (wholePlan) {
            GanttView gantt = ganttView.built();
            var zoom = gantt == null ? ZoomLevel.DAYS : gantt.chart().scale().zoom();
            // the picture's finest timescale is days
            main.exportGanttPicture(zoom == ZoomLevel.HOURS ? "days" : zoom.name().toLowerCase(java.util.Locale.ROOT));
            return;
        }
        main.dialogs().chooseImageToExport(main.exportBaseName() + " gantt.png", main.planFolder())
                .ifPresent(file -> bodies.withAttached(ganttTab, () -> {
                    ganttView.get().exportVisibleImage(file);
                    return null;
                }));
    }

    /** File > Print preview: a window over this one, on a snapshot of the plan. */
    @Override
    public void printPreview() {
        PrintPreviewViewModel preview = main.printPreview();
        if (preview == null) {
            main.messageProperty().set("Open a plan to preview its report.");
            return;
        }
        new PrintPreviewWindow(getScene().getWindow(), preview, main.background(),
                setup -> main.exportPdf(preview.preview(), setup, preview::say)).show();
    }

    /** Encodes and writes a picture of the chart in the background (a whole plan's can take seconds). */
    private void savePicture(BufferedImage picture, Path file) {
        String name = file.getFileName().toString();
        main.jobs().run("Saving " + name + "\u2026", false, false, progress -> {
            try {
                GanttImage.save(picture, file);
            } catch (IOException e) {
                throw new DocumentException(e.getMessage(), e);
            }
            return file;
        }, saved -> main.messageProperty().set("Chart saved to " + name + "."), main.messageProperty()::set);
    }

    @Override
    public void insertFragment() {
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

    @Override
    public void openTaskInfo() {
        rows(() -> shownSheet().openTaskInfo());
    }

    @Override
    public void showProjectInfo() {
        org.genaiplan.ui.project.ProjectInfoDialog.show(getScene().getWindow(),
                org.genaiplan.ui.project.ProjectInfoViewModel.create(main.editor(), main.messageProperty()));
    }

    @Override
    public void showShortcuts() {
        new ShortcutHelp(WindowMenus.shortcutRows(actions)).show(getScene().getWindow());
    }

    @Override
    public void showAbout() {
        new ShortcutHelp(new String[0][]).showAbout(getScene().getWindow());
    }

    @Override
    public void quit() {
        main.quit(quitAction);
    }

    // ---- tabs ----

    private Tab tab(String text, String icon, Node content, EditTarget target) {
        Tab tab = new Tab(text);
        tab.setGraphic(new FontIcon(icon));
        tab.setId("tab" + text);
        setTabContent(tab, content, target);
        return tab;
    }

    /** Puts a view into a tab; it is in the scene while its tab is shown ({@link TabBodies}). */
    private void setTabContent(Tab tab, Node view, EditTarget target) {
        bodies.put(tab, view, target == null ? null : target::focus);
        if (target != null) {
            targets.put(tab, target);
        }
    }

    /** Runs {@code action} once, when {@code tab} is first selected (at once if it is selected now). */
    private static void whenFirstShown(Tab tab, Runnable action) {
        if (tab.isSelected()) {
            action.run();
            return;
        }
        tab.selectedProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> selected, Boolean was,
                                Boolean now) {
                if (now) {
                    selected.removeListener(this);
                    action.run();
                }
            }
        });
    }
}
