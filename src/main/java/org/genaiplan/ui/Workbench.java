package org.genaiplan.ui;

import java.time.LocalDate;
import java.util.concurrent.Executor;
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
import org.genaiplan.ui.wbs.RowClipboard;
import org.genaiplan.ui.wbs.WbsTreeViewModel;

/**
 * The window's object graph, built from the ports the app layer supplies. The app's composition root
 * and the GUI tests both build the window through here, so tests drive exactly what users get.
 */
public record Workbench(MainViewModel main, PlanEditor editor, PlanSelection selection, WbsTreeViewModel wbs,
                        MainWindow window, Scene scene) {

    /** The ports and services the window needs from outside the UI. */
    public record Ports(DocumentService documents, TaskFormats formats, Supplier<Scheduler> schedulers,
                        Function<java.util.function.Supplier<Window>, Dialogs> dialogs, RecentFiles recentFiles,
                        Executor background, RowClipboard clipboard, PlanExchange exchange) {
    }

    /** Builds the window into {@code stage}; {@code exit} runs after Quit once unsaved changes are dealt with. */
    public static Workbench create(Ports ports, Stage stage, Runnable exit) {
        UndoStack undo = new UndoStack();
        PlanEditor editor = new PlanEditor(ports.schedulers(), undo);
        PlanSelection selection = new PlanSelection();
        Dialogs dialogs = ports.dialogs().apply(() -> stage);
        MainViewModel main = new MainViewModel(ports.documents(), editor, dialogs, ports.recentFiles(),
                ports.background(), ports.exchange());
        WbsTreeViewModel wbs = new WbsTreeViewModel(editor, ports.formats(), selection, main.messageProperty(),
                ports.clipboard());
        MainWindow window = new MainWindow(main, wbs, selection);
        window.showRisks(new RiskRegisterView(new RiskRegisterViewModel(editor, main.messageProperty(),
                RiskLibrary.load(), LocalDate::now)));
        window.showCosts(new CostView(CostViewModel.create(editor, selection, main.messageProperty(), LocalDate::now,
                javafx.application.Platform::runLater), new WorkbookCharts()));
        Scene scene = window.install(stage, exit);
        return new Workbench(main, editor, selection, wbs, window, scene);
    }
}
