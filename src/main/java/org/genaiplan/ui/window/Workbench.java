package org.genaiplan.ui.window;

import java.time.LocalDate;
import java.util.function.Function;
import java.util.function.Supplier;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.genaiplan.schedule.Scheduler;
import org.genaiplan.templates.RiskLibrary;
import org.genaiplan.ui.costs.WorkbookCharts;
import org.genaiplan.ui.costs.CostView;
import org.genaiplan.ui.costs.CostViewModel;
import org.genaiplan.ui.risks.RiskRegisterView;
import org.genaiplan.ui.risks.RiskRegisterViewModel;
import java.util.List;
import org.genaiplan.ui.rows.VisibleRows;
import org.genaiplan.ui.wbs.CellEdits;
import org.genaiplan.ui.wbs.RowClipboard;
import org.genaiplan.ui.wbs.RowTexts;
import org.genaiplan.ui.wbs.TaskFinder;
import org.genaiplan.ui.wbs.TaskInfoDialog;
import org.genaiplan.ui.wbs.TaskInfoViewModel;
import org.genaiplan.ui.wbs.WbsActions;
import org.genaiplan.ui.wbs.WbsClipboard;
import org.genaiplan.ui.wbs.WbsSheet;
import org.genaiplan.ui.Dialogs;
import org.genaiplan.ui.DocumentService;
import org.genaiplan.ui.FailureLog;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.PlanExchange;
import org.genaiplan.ui.PlanSelection;
import org.genaiplan.ui.RecentFiles;
import org.genaiplan.ui.TaskExecutor;
import org.genaiplan.ui.TaskFormats;
import org.genaiplan.ui.UndoStack;

/**
 * The window's object graph, built from the ports the app layer supplies. The app's composition root
 * and the GUI tests both build the window through here, so tests drive exactly what users get.
 */
public record Workbench(MainViewModel main, PlanEditor editor, PlanSelection selection, WbsActions wbs,
                        CellEdits edits, RowTexts texts, MainWindow window, Scene scene) {

    /** The ports and services the window needs from outside the UI. */
    public record Ports(DocumentService documents, TaskFormats formats, Supplier<Scheduler> schedulers,
                        Function<java.util.function.Supplier<Window>, Dialogs> dialogs, RecentFiles recentFiles,
                        TaskExecutor background, RowClipboard clipboard, PlanExchange exchange, FailureLog failures) {
    }

    /** Builds the window into {@code stage}; {@code exit} runs after Quit once unsaved changes are dealt with. */
    public static Workbench create(Ports ports, Stage stage, Runnable exit) {
        UndoStack undo = new UndoStack();
        PlanEditor editor = new PlanEditor(ports.schedulers(), undo, javafx.application.Platform::isFxApplicationThread,
                ports.failures());
        PlanSelection selection = new PlanSelection();
        Dialogs dialogs = ports.dialogs().apply(() -> stage);
        MainViewModel main = new MainViewModel(ports.documents(), editor, dialogs, ports.recentFiles(),
                ports.background(), ports.exchange(), ports.failures());
        VisibleRows rows = new VisibleRows(editor);
        RowTexts texts = new RowTexts(editor, ports.formats());
        WbsActions wbs = new WbsActions(editor, selection, rows, main.messageProperty());
        CellEdits edits = new CellEdits(wbs.runner(), ports.formats(), LocalDate::now,
                unknown -> org.genaiplan.ui.resources.OwnerPrompt.ask(stage, unknown));
        TaskInfoViewModel taskInfo = new TaskInfoViewModel(wbs.runner(), ports.formats(), texts);
        WbsSheet.Parts parts = new WbsSheet.Parts(wbs, edits, texts, new TaskFinder(wbs),
                new WbsClipboard(wbs, texts, ports.clipboard()),
                id -> TaskInfoDialog.show(stage, taskInfo, id),
                () -> editor.plan() == null ? List.of() : org.genaiplan.ui.resources.OwnerInput.ownerNames(editor.plan()));
        MainWindow window = new MainWindow(main, parts, selection);
        // the Risks and Costs tabs are built when first shown; the budget badge needs the costs' model at once
        window.showRisks(() -> new RiskRegisterView(new RiskRegisterViewModel(editor, main.messageProperty(),
                RiskLibrary.load(), LocalDate::now)));
        CostViewModel costs = CostViewModel.create(editor, selection, main.messageProperty(), LocalDate::now,
                javafx.application.Platform::runLater);
        costs.setWhenIdle(new WhenIdle(javafx.util.Duration.seconds(1)));
        window.showCosts(costs, model -> new CostView(model, new WorkbookCharts()));
        window.showResources(() -> new org.genaiplan.ui.resources.ResourcesView(editor, main.messageProperty()));
        QualityTabs.add(window, editor, main, dialogs);
        org.genaiplan.ui.riskanalysis.RiskAnalysisViewModel riskAnalysis = new org.genaiplan.ui.riskanalysis.RiskAnalysisViewModel(
                editor, ports.background(), main.messageProperty());
        javafx.scene.control.Tab riskTab = window.addLazyTab("Risk analysis", "mdi2c-chart-bell-curve",
                () -> new org.genaiplan.ui.riskanalysis.RiskAnalysisView(riskAnalysis));
        window.addStatusBadge(org.genaiplan.ui.riskanalysis.RiskAnalysisView.badge(riskAnalysis,
                () -> window.tabs().getSelectionModel().select(riskTab)));
        // the views below are built when their tab is first shown: start-up pays only for the WBS sheet
        javafx.scene.control.Tab[] decisionsTab = new javafx.scene.control.Tab[1];
        decisionsTab[0] = window.addLazyTab("Decisions", "mdi2s-scale-balance", () -> {
            org.genaiplan.ui.decide.DecisionsView decisions = new org.genaiplan.ui.decide.DecisionsView(editor,
                    main.messageProperty());
            decisions.shownProperty().bind(decisionsTab[0].selectedProperty());
            return decisions;
        });
        window.addLazyTab("Stakeholders", "mdi2a-account-tie-voice-outline", () -> new org.genaiplan.ui.people.StakeholdersView(
                new org.genaiplan.ui.people.StakeholdersViewModel(editor, main.messageProperty())));
        Scene scene = window.install(stage, exit);
        return new Workbench(main, editor, selection, wbs, edits, texts, window, scene);
    }
}
