package org.genaiplan.app;

import java.util.function.Function;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.store.StoreHome;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.Dialogs;
import org.genaiplan.ui.TaskExecutor;
import org.genaiplan.ui.FailureLog;
import org.genaiplan.ui.RecentFiles;
import org.genaiplan.ui.ScheduleFormats;
import org.genaiplan.ui.window.Workbench;
import org.genaiplan.ui.project.ProjectInfoDialog;
import org.genaiplan.ui.project.ProjectInfoViewModel;
import org.genaiplan.ui.wbs.FxRowClipboard;

/**
 * The window's wiring: the ports the app gives the window (documents over the working store, the template
 * catalog, the scheduler, formats, the clipboard, the workbook exchange). The app and the window benchmark
 * build the window through here, so the benchmark measures exactly what users run.
 */
public final class WindowParts {
    private WindowParts() {
    }

    /**
     * Builds the window into {@code stage} over the store folder {@code home}.
     *
     * @param background where opening, saving, exporting and importing run (a single thread in the app)
     * @param log        where unexpected failures are written in full
     */
    public static Workbench workbench(StoreHome home, Stage stage, Preferences recent,
                                      Function<Supplier<Window>, Dialogs> dialogs, TaskExecutor background,
                                      FailureLog log) {
        TemplateCatalog catalog = TemplateCatalog.load();
        return workbench(new StoreDocuments(home, () -> catalog, null), stage, recent, dialogs, background, log);
    }

    /** Builds the window over {@code documents} (the app's, which may hold a plan begun at start-up). */
    static Workbench workbench(StoreDocuments documents, Stage stage, Preferences recent,
                               Function<Supplier<Window>, Dialogs> dialogs, TaskExecutor background, FailureLog log) {
        Workbench bench = Workbench.create(new Workbench.Ports(documents, new ScheduleFormats(), CpmScheduler::new,
                dialogs, new RecentFiles(recent), background, new FxRowClipboard(), new WorkbookExchange(), log), stage, () -> {
                    stage.hide();
                    Platform.exit();
                });
        bench.main().setAfterNewPlan(() -> ProjectInfoDialog.showForNewPlan(stage,
                ProjectInfoViewModel.create(bench.editor(), bench.main().messageProperty())));
        return bench;
    }
}
