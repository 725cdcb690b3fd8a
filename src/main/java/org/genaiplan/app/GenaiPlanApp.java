package org.genaiplan.app;

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
import org.genaiplan.store.RecoverableStore;
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
    /** The start-up work begun by {@link #beginAhead(Path)}, for the next {@link #start(Stage)}. */
    private static volatile StartAhead startedAhead;
    private ExecutorService background;
    private SingleInstance openRequests;
    private StartAhead ahead;

    /**
     * Begins the start-up work that needs no window (catalog, first plan; see {@link StartAhead}); call
     * before the JavaFX toolkit starts, with the file the window will open.
     */
    static void beginAhead(Path file) {
        startedAhead = StartAhead.begin(StoreHome.fromSystemProperties(), file);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters() == null ? List.of() : getParameters().getUnnamed();
        Path file = args.isEmpty() ? null : Path.of(args.getFirst());
        StartAhead begun = startedAhead;
        startedAhead = null;
        start(stage, begun != null ? begun : StartAhead.begin(StoreHome.fromSystemProperties(), file),
                Preferences.userRoot().node("org/genaiplan/recent"), FxDialogs::new, file, StartupProbe.requested());
    }

    /**
     * Builds and shows the window over the given store folder, then opens {@code file} (when given) or an
     * empty plan in the background: the returned window has no plan yet.
     */
    Workbench start(Stage stage, StoreHome home, Preferences recent,
                    Function<Supplier<Window>, Dialogs> dialogs, Path file) {
        return start(stage, StartAhead.begin(home, file), recent, dialogs, file, false);
    }

    private Workbench start(Stage stage, StartAhead begun, Preferences recent,
                            Function<Supplier<Window>, Dialogs> dialogs, Path file, boolean probe) {
        ahead = begun;
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "genaiplan-documents");
            t.setDaemon(true);
            return t;
        });
        Workbench bench = Workbench.create(new Workbench.Ports(ahead.documents(), new ScheduleFormats(),
                CpmScheduler::new, dialogs, new RecentFiles(recent), background, new FxRowClipboard(),
                new WorkbookExchange()), stage, () -> {
                    stage.hide();
                    Platform.exit();
                });
        stage.getIcons().addAll(AppIcons.windowIcons());
        if (probe) {
            StartupProbe.watch(stage, bench, file != null);
        }
        stage.show();
        // the store folder is ready once it has been looked through for plans a crash left behind
        List<RecoverableStore> leftBehind = ahead.leftBehind();
        StoreHome home = ahead.documents().home();
        // A second launch with a file hands it to this window (see SingleInstance).
        openRequests = SingleInstance.tryListen(home.root(), requested -> Platform.runLater(() -> {
            stage.toFront();
            bench.main().open(requested);
        })).orElse(null);
        PlanSession recovered = new RecoveryPrompt(home, stage).offer(leftBehind);
        if (recovered != null) {
            ahead.closeUnused();
            bench.editor().setSession(recovered, false);
            return bench;
        }
        if (file != null) {
            bench.main().open(file);
        }
        MainViewModel main = bench.main();
        whenIdle(main, () -> {
            // an empty plan when no file was given, or when it could not be opened (its error is shown)
            if (main.editor().session() == null) {
                main.newPlan();
            }
            whenIdle(main, ahead::closeUnused);
        });
        return bench;
    }

    /** Runs {@code then} once nothing is being opened or created: at once, or when that work is done. */
    private static void whenIdle(MainViewModel main, Runnable then) {
        if (!main.busyProperty().get()) {
            then.run();
            return;
        }
        main.busyProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> busy, Boolean was, Boolean now) {
                if (!now) {
                    busy.removeListener(this);
                    // the opened plan is handed over right after the busy state ends: look once it is in
                    Platform.runLater(() -> whenIdle(main, then));
                }
            }
        });
    }

    @Override
    public void stop() {
        if (openRequests != null) {
            openRequests.close();
        }
        if (ahead != null) {
            ahead.closeUnused();
        }
        if (background != null) {
            background.shutdown();
        }
    }
}
