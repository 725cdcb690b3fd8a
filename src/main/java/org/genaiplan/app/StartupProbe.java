package org.genaiplan.app;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.stage.Stage;
import org.genaiplan.ui.window.Workbench;

/**
 * Measures start-up: with {@code -Dgenaiplan.startupProbe=true} (or the environment variable
 * {@code GENAIPLAN_STARTUP_PROBE=1}, for the installed launcher) the app prints one line per point it
 * reaches, N counted from the start of the process and T the wall-clock time in epoch milliseconds (for a
 * script that timed the launch itself), then exits. Each line ends with {@code cpu=C}: the processor time
 * all the process's threads have used so far, in milliseconds (10 ms steps), which a busy machine does
 * not stretch the way it stretches the wall-clock times, and {@code fx=F}: the JavaFX thread's own share of it (the
 * work the window waits for).
 * <ul>
 * <li>{@code startup-toolkit ms=N at=T cpu=C}: the JavaFX toolkit has started and the app begins to build its
 *     window (what any JavaFX window costs comes before this point, the app's own window after it);
 * <li>{@code startup-visible ms=N at=T cpu=C}: the window has been shown (mapped on screen);
 * <li>{@code startup-read ms=N at=T cpu=C}: only with a file: it has been read into its working store and
 *     scheduled (on a thread of its own, while the window is built);
 * <li>{@code startup-usable ms=N at=T}: the first frame with a plan open and no work under way has been
 *     handed to the renderer (an empty plan, or the file given on the command line);
 * <li>{@code startup-rows ms=N at=T rows=R}: only with a file: the first frame with its rows laid out in
 *     the sheet (R rows on screen);
 * <li>{@code startup-ready ms=N}: the last point reached, just before the exit (what older scripts read).
 * </ul>
 * With the value {@code stay} instead of {@code true} (or {@code 1}) the app reports the same lines but keeps
 * running, for a script that watches the screen as well and ends the app itself.
 * {@code installer/measure-startup.sh} runs it, and the installer's AOT training run uses it.
 */
final class StartupProbe {
    static final String PROPERTY = "genaiplan.startupProbe";
    static final String ENVIRONMENT = "GENAIPLAN_STARTUP_PROBE";
    /** A probe that never reaches its last point still ends the app, with exit code 2. */
    private static final Duration GIVE_UP = Duration.ofMinutes(3);

    private final PrintStream out;
    private final Workbench bench;
    private final boolean rowsExpected;
    private final boolean exits;
    private boolean usable;
    private boolean done;
    private long lastMillis;

    private StartupProbe(PrintStream out, Workbench bench, boolean rowsExpected, boolean exits) {
        this.out = out;
        this.bench = bench;
        this.rowsExpected = rowsExpected;
        this.exits = exits;
    }

    private static String setting() {
        String value = System.getProperty(PROPERTY);
        return value != null ? value : System.getenv(ENVIRONMENT);
    }

    static boolean requested() {
        String value = setting();
        return "true".equalsIgnoreCase(value) || "1".equals(value) || "stay".equalsIgnoreCase(value);
    }

    /** Reports that the toolkit is up and the window is about to be built (when the probe was asked for). */
    static void toolkitStarted() {
        if (requested()) {
            point("startup-toolkit");
        }
    }

    /**
     * Reports that the file given on the command line has been read into its working store and scheduled,
     * on the thread that opened it (when the probe was asked for): {@code startup-read}, whose {@code fx=} is then
     * that thread's processor time.
     */
    static void fileRead() {
        if (requested()) {
            point("startup-read");
        }
    }

    /** Reports one point now, outside any window's probe. */
    private static void point(String name) {
        new StartupProbe(System.out, null, false, false).report(name, "");
    }

    /** Reports when {@code stage} is shown (when the probe was asked for): call before {@code stage.show()}. */
    static void watchShowing(Stage stage) {
        if (!requested()) {
            return;
        }
        StartupProbe probe = new StartupProbe(System.out, null, false, false);
        stage.showingProperty().addListener((obs, was, showing) -> {
            if (showing) {
                probe.report("startup-visible", "");
            }
        });
    }

    /**
     * Watches {@code stage} from now on: call before {@code stage.show()}, or after it when {@link #watchShowing}
     * watched the showing. With {@code rowsExpected} it waits for the rows of the file being opened, otherwise it
     * stops once the window is usable.
     */
    static void watch(Stage stage, Workbench bench, boolean rowsExpected) {
        boolean exits = !"stay".equalsIgnoreCase(setting());
        StartupProbe probe = new StartupProbe(System.out, bench, rowsExpected, exits);
        if (!stage.isShowing()) {
            stage.showingProperty().addListener((obs, was, showing) -> {
                if (showing) {
                    probe.report("startup-visible", "");
                }
            });
        }
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(probe::afterLayout);
        if (!exits) {
            return;
        }
        Thread.ofPlatform().daemon().name("startup-probe-timeout").start(() -> {
            try {
                Thread.sleep(GIVE_UP);
            } catch (InterruptedException e) {
                return;
            }
            System.out.println("startup-failed: no plan was shown within " + GIVE_UP.toMinutes() + " minutes");
            System.exit(2);
        });
    }

    /** After each layout pass: this pulse hands its frame to the renderer, so report right after it. */
    private void afterLayout() {
        if (done || bench.main().busyProperty().get() || bench.editor().session() == null) {
            return;
        }
        if (!usable) {
            usable = true;
            Platform.runLater(() -> {
                report("startup-usable", "");
                if (!rowsExpected) {
                    finish();
                }
            });
        }
        if (rowsExpected && bench.editor().session().file().isPresent()) {
            int rows = rowsOnScreen();
            if (rows > 0) {
                done = true;
                Platform.runLater(() -> {
                    report("startup-rows", " rows=" + rows);
                    finish();
                });
            }
        }
    }

    private int rowsOnScreen() {
        int rows = 0;
        for (Node node : bench.window().wbsView().table().lookupAll(".wbs-row")) {
            if (node instanceof IndexedCell<?> cell && !cell.isEmpty() && cell.isVisible()) {
                rows++;
            }
        }
        return rows;
    }

    private void report(String point, String extra) {
        lastMillis = millisSinceProcessStart();
        out.println(point + " ms=" + lastMillis + " at=" + System.currentTimeMillis() + extra + " cpu=" + cpuMillis()
                + " fx=" + fxThreadCpuMillis());
        out.flush();
    }

    private void finish() {
        done = true;
        out.println("startup-ready ms=" + lastMillis);
        out.flush();
        if (!exits) {
            return;
        }
        // an orderly exit: the renderer and the app's stop() shut down before the launcher exits the JVM
        Platform.exit();
    }

    /** Processor time used by all the process's threads, in milliseconds; -1 where /proc cannot say. */
    static long cpuMillis() {
        try {
            String[] fields = statFields();
            // utime and stime, fields 14 and 15, in USER_HZ = 100 ticks per second
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** Processor time used by the JavaFX thread (the caller) so far, in milliseconds; -1 where /proc cannot say. */
    static long fxThreadCpuMillis() {
        try {
            String stat = Files.readString(Path.of("/proc/thread-self/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /** The fields of /proc/self/stat after the command name (which may itself hold spaces): state first. */
    private static String[] statFields() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    /**
     * Milliseconds since this process started. On Linux from {@code /proc} (10 ms steps): the JDK's
     * {@code ProcessHandle} start instant adds the boot time, which the kernel gives in whole seconds, so it
     * can be up to a second early.
     */
    static long millisSinceProcessStart() {
        try {
            // starttime is field 22
            long startTicks = Long.parseLong(statFields()[19]);
            double uptimeSeconds = Double.parseDouble(Files.readString(Path.of("/proc/uptime")).split(" ")[0]);
            // Linux reports process times to user space in USER_HZ = 100 ticks per second
            return Math.round(uptimeSeconds * 1000 - startTicks * 10.0);
        } catch (IOException | RuntimeException e) {
            Instant start = ProcessHandle.current().info().startInstant().orElseThrow();
            return Duration.between(start, Instant.now()).toMillis();
        }
    }
}
