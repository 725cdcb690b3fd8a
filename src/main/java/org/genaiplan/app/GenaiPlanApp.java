package org.genaiplan.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import javafx.stage.Window;
import java.util.function.Function;
import java.util.function.Supplier;
import org.genaiplan.ui.Dialogs;
import org.genaiplan.store.StoreHome;
import org.genaiplan.ui.DocumentException;
import org.genaiplan.ui.window.FailureDialog;
import org.genaiplan.ui.window.FxTaskExecutor;
import org.genaiplan.ui.window.FxDialogs;
import org.genaiplan.ui.PlanSession;
import org.genaiplan.ui.window.Workbench;

/**
 * The JavaFX application and the composition root of the window: it builds the store home, template
 * catalog, scheduler and formats, and hands them to the window as ports.
 */
public final class GenaiPlanApp extends Application {
    private ExecutorService background;
    private SingleInstance openRequests;

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters() == null ? List.of() : getParameters().getUnnamed();
        Path file = args.isEmpty() ? null : Path.of(args.getFirst());
        start(stage, StoreHome.fromSystemProperties(), Preferences.userRoot().node("org/genaiplan/recent"),
                FxDialogs::new, file);
    }

    /** Builds and shows the window over the given store folder; opens {@code file} when given. */
    Workbench start(Stage stage, StoreHome home, Preferences recent,
                    Function<Supplier<Window>, Dialogs> dialogs, Path file) {
        AppLog log = AppLog.install(home.root().resolve("logs"));
        try {
            home.ensureExists();
        } catch (IOException e) {
            // opening and creating plans will say what is wrong with the folder; the log keeps why
            log.record("Preparing the app's folder " + home.root(), e);
        }
        home.cleanStaleSaveFiles();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            log.record("An unexpected failure on " + thread.getName(), error);
            Platform.runLater(() -> FailureDialog.show(stage, error, log));
        });
        background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "genaiplan-documents");
            t.setDaemon(true);
            return t;
        });
        Workbench bench = WindowParts.workbench(home, stage, recent, dialogs, new FxTaskExecutor(background), log);
        stage.getIcons().addAll(AppIcons.windowIcons());
        stage.show();
        // A second launch with a file hands it to this window (see SingleInstance).
        openRequests = SingleInstance.tryListen(home.root(), requested -> Platform.runLater(() -> {
            stage.toFront();
            bench.main().open(requested);
        })).orElse(null);
        PlanSession recovered = new RecoveryPrompt(home, stage).offer();
        if (recovered != null) {
            bench.editor().setSession(recovered, false);
        } else if (file != null) {
            startEmpty(bench);
            bench.main().open(file);
        } else {
            startEmpty(bench);
        }
        return bench;
    }

    private static void startEmpty(Workbench bench) {
        try {
            bench.editor().setSession(bench.main().documents().createNew(), true);
        } catch (DocumentException e) {
            bench.main().dialogs().showError("Cannot create a plan", e.getMessage());
        }
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
