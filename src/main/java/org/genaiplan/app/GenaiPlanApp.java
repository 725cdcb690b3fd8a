package org.genaiplan.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.util.function.Function;
import java.util.function.Supplier;
import org.genaiplan.ui.Dialogs;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.store.StoreHome;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.FxDialogs;
import org.genaiplan.ui.PlanSession;
import org.genaiplan.ui.RecentFiles;
import org.genaiplan.ui.ScheduleFormats;
import org.genaiplan.ui.MainViewModel;
import org.genaiplan.ui.Workbench;
import org.genaiplan.ui.wbs.FxRowClipboard;

/**
 * The JavaFX application and the composition root of the window: it builds the store home, template
 * catalog, scheduler and formats, and hands them to the window as ports.
 *
 * <p>Start-up shows the window first and does the rest behind it: the template catalog is read on a thread
 * of its own while the window is built, and the first plan (the file given, or an empty one) is opened or
 * created off the FX thread like any File &gt; Open, with the window already on screen.
 */
public final class GenaiPlanApp extends Application {
    /** The catalog read ahead by {@link #readCatalogAhead()}, for the next {@link #start(Stage)}. */
    private static volatile Supplier<TemplateCatalog> catalogAhead;
    private ExecutorService background;
    private SingleInstance openRequests;

    /** Starts reading the template catalog in the background; call before the JavaFX toolkit starts. */
    static void readCatalogAhead() {
        catalogAhead = Preload.start("genaiplan-catalog", TemplateCatalog::load);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters() == null ? List.of() : getParameters().getUnnamed();
        Path file = args.isEmpty() ? null : Path.of(args.getFirst());
        Supplier<TemplateCatalog> catalog = catalogAhead;
        catalogAhead = null;
        start(stage, StoreHome.fromSystemProperties(), Preferences.userRoot().node("org/genaiplan/recent"),
                FxDialogs::new, file, catalog == null ? Preload.start("genaiplan-catalog", TemplateCatalog::load)
                        : catalog, StartupProbe.requested());
    }

    /**
     * Builds and shows the window over the given store folder, then opens {@code file} (when given) or an
     * empty plan in the background: the returned window has no plan yet.
     */
    Workbench start(Stage stage, StoreHome home, Preferences recent,
                    Function<Supplier<Window>, Dialogs> dialogs, Path file) {
        return start(stage, home, recent, dialogs, file, Preload.start("genaiplan-catalog", TemplateCatalog::load),
                false);
    }

    private Workbench start(Stage stage, StoreHome home, Preferences recent,
                            Function<Supplier<Window>, Dialogs> dialogs, Path file,
                            Supplier<TemplateCatalog> catalog, boolean probe) {
        try {
            home.ensureExists();
        } catch (IOException e) {
            // Opening and creating plans will say what is wrong with the folder.
        }
        home.cleanStaleSaveFiles();
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "genaiplan-documents");
            t.setDaemon(true);
            return t;
        });
        StoreDocuments documents = new StoreDocuments(home, catalog);
        Workbench bench = Workbench.create(new Workbench.Ports(documents, new ScheduleFormats(), CpmScheduler::new,
                dialogs, new RecentFiles(recent), background, new FxRowClipboard(), new WorkbookExchange()), stage, () -> {
                    stage.hide();
                    Platform.exit();
                });
        stage.getIcons().addAll(AppIcons.windowIcons());
        if (probe) {
            StartupProbe.watch(stage, bench, file != null);
        }
        stage.show();
        // A second launch with a file hands it to this window (see SingleInstance).
        openRequests = SingleInstance.tryListen(home.root(), requested -> Platform.runLater(() -> {
            stage.toFront();
            bench.main().open(requested);
        })).orElse(null);
        PlanSession recovered = new RecoveryPrompt(home, stage).offer();
        if (recovered != null) {
            bench.editor().setSession(recovered, false);
            return bench;
        }
        if (file != null) {
            bench.main().open(file);
        }
        emptyPlanWhenIdle(bench.main());
        return bench;
    }

    /**
     * Starts an empty plan once nothing is being opened and no plan is open: at once without a file, or
     * after the file given could not be opened (its error is shown).
     */
    private static void emptyPlanWhenIdle(MainViewModel main) {
        if (!main.busyProperty().get()) {
            if (main.editor().session() == null) {
                main.newPlan();
            }
            return;
        }
        main.busyProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> busy, Boolean was, Boolean now) {
                if (!now) {
                    busy.removeListener(this);
                    // the opened plan is handed over right after the busy state ends: look once it is in
                    Platform.runLater(() -> emptyPlanWhenIdle(main));
                }
            }
        });
    }

    @Override
    public void stop() {
        if (openRequests != null) {
            openRequests.close();
        }
        if (background != null) {
            background.shutdown();
        }
    }
}
