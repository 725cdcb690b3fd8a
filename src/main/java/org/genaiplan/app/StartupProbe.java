package org.genaiplan.app;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.stage.Window;

/**
 * Measures start-up: with {@code -Dgenaiplan.startupProbe=true} (or the environment variable
 * {@code GENAIPLAN_STARTUP_PROBE=1}, for the installed launcher) the app prints
 * {@code startup-ready ms=N} once the first window has laid out and drawn its first frame, N counted from
 * the start of the process, and then exits. {@code installer/measure-startup.sh} runs it.
 */
final class StartupProbe {
    static final String PROPERTY = "genaiplan.startupProbe";
    static final String ENVIRONMENT = "GENAIPLAN_STARTUP_PROBE";

    private final PrintStream out;
    private boolean reported;

    private StartupProbe(PrintStream out) {
        this.out = out;
    }

    /** Watches for the first window when the property is set; call before the JavaFX toolkit starts. */
    static void installIfRequested() {
        if (Boolean.getBoolean(PROPERTY) || "1".equals(System.getenv(ENVIRONMENT))) {
            new StartupProbe(System.out).watchWindows();
        }
    }

    private void watchWindows() {
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                for (Window window : change.getAddedSubList()) {
                    Scene scene = window.getScene();
                    if (scene != null) {
                        afterFirstPulse(scene);
                    }
                }
            }
        });
    }

    private void afterFirstPulse(Scene scene) {
        Runnable[] listener = new Runnable[1];
        listener[0] = () -> {
            scene.removePostLayoutPulseListener(listener[0]);
            // this pulse hands the first frame to the renderer; report right after it
            Platform.runLater(this::report);
        };
        scene.addPostLayoutPulseListener(listener[0]);
    }

    private void report() {
        if (reported) {
            return;
        }
        reported = true;
        out.println("startup-ready ms=" + millisSinceProcessStart());
        out.flush();
        // exit off the FX thread so JavaFX can shut down cleanly
        Thread.ofPlatform().name("startup-probe-exit").start(() -> System.exit(0));
    }

    static long millisSinceProcessStart() {
        Instant start = ProcessHandle.current().info().startInstant().orElseThrow();
        return Duration.between(start, Instant.now()).toMillis();
    }
}
