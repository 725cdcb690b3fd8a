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
import org.genaiplan.store.RecoverableStore;
import org.genaiplan.store.StoreHome;
import org.genaiplan.ui.window.FailureDialog;
import org.genaiplan.ui.window.FxTaskExecutor;
import org.genaiplan.ui.window.FxDialogs;
import org.genaiplan.ui.window.MainViewModel;
import org.genaiplan.ui.window.Workbench;

/**
 * The JavaFX application and the composition root of the window: it builds the store home, template
 * catalog, scheduler and formats, and hands them to the window as ports.
 *
 * <p>Start-up shows the window first and does the rest behind it: the template catalog and the first plan
 * (the file given, or an empty one) are begun on threads of their own before the window is built
 * ({@link StartAhead}), and the window takes the plan as File &gt; Open or File &gt; New would, with the
 * window already on screen.
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
        StartupProbe.toolkitStarted();
        List<String> args = getParameters() == null ? List.of() : getParameters().getUnnamed();
        Path file = args.isEmpty() ? null : Path.of(args.getFirst());
        StartAhead begun = startedAhead;
        startedAhead = null;
        StartAhead ahead = begun != null ? begun : StartAhead.begin(StoreHome.fromSystemProperties(), file);
        // The window shows at once, empty, at its size; its menus, tabs and sheet are built right after its
        // first frames, so it is on screen while they are (the app's window costs about as much again as the
        // toolkit's start).
        StartupProbe.watchShowing(stage);
        stage.setScene(org.genaiplan.ui.window.WindowScene.empty());
        // no title until the real window binds it: scripts that wait for the title find the built window
        stage.getIcons().addAll(AppIcons.windowIcons());
        stage.show();
        afterFirstFrame(stage.getScene(), () -> {
            try {
                start(stage, ahead, Preferences.userRoot().node("org/genaiplan/recent"), FxDialogs::new, file,
                        StartupProbe.requested());
            } catch (RuntimeException | Error e) {
                // as a failure in start(Stage) itself would, the app ends; the whole trace goes to the log
                AppLog log = AppLog.install(ahead.documents().home().root().resolve("logs"));
                log.record("Building the main window", e);
                System.err.println("GenAI Planner could not build its window"
                        + (log.file() == null ? "." : "; the details are in " + log.file() + "."));
                Platform.exit();
            }
        });
    }

    /**
     * Runs {@code then} once the window's first frames have been through: the empty window is painted on screen
     * (plain white) before the FX thread is busy with the real one. Right after the first layout
     * pass it would not be yet (the window stayed black while the real one was built); after the third it was in
     * every trial here.
     */
    private static void afterFirstFrame(javafx.scene.Scene scene, Runnable then) {
        int[] left = {3};
        Runnable[] pulse = new Runnable[1];
        pulse[0] = () -> {
            if (--left[0] > 0) {
                Platform.requestNextPulse();
                return;
            }
            scene.removePostLayoutPulseListener(pulse[0]);
            Platform.runLater(then);
        };
        scene.addPostLayoutPulseListener(pulse[0]);
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
        StoreHome home = ahead.documents().home();
        // the store folder is made (private to the user) and looked through for plans a crash left behind
        // before the log writes into it; this was begun before the toolkit started and is done by now
        List<RecoverableStore> leftBehind = ahead.leftBehind();
        AppLog log = AppLog.install(home.root().resolve("logs"));
        ahead.folderProblem().ifPresent(e -> log.record("Preparing the app's folder " + home.root(), e));
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            log.record("An unexpected failure on " + thread.getName(), error);
            Platform.runLater(() -> FailureDialog.show(stage, error, log));
        });
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "genaiplan-documents");
            t.setDaemon(true);
            return t;
        });
        Workbench bench = WindowParts.workbench(ahead.documents(), stage, recent, dialogs,
                new FxTaskExecutor(background), log);
        if (stage.getIcons().isEmpty()) {
            stage.getIcons().addAll(AppIcons.windowIcons());
        }
        if (probe) {
            StartupProbe.watch(stage, bench, file != null);
        }
        stage.show();
        // A second launch with a file hands it to this window (see SingleInstance).
        openRequests = SingleInstance.tryListen(home.root(), requested -> Platform.runLater(() -> {
            stage.toFront();
            bench.main().open(requested);
        })).orElse(null);
        RecoveryPrompt prompt = new RecoveryPrompt(home, stage);
        RecoverableStore chosen = prompt.choose(leftBehind);
        MainViewModel main = bench.main();
        if (chosen != null) {
            main.recover(chosen.label(), () -> prompt.recover(chosen));
        } else if (file != null) {
            main.open(file);
        }
        whenIdle(main, () -> {
            // an empty plan when no file was given, or when it (or the recovered plan) could not be opened
            // (its error is shown)
            if (main.editor().session() == null) {
                main.startWithEmptyPlan();
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
