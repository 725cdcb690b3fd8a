package org.genaiplan.bench;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.stage.Stage;
import org.genaiplan.app.WindowParts;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.store.PlanFileWriter;
import org.genaiplan.store.PlanPackageWriter;
import org.genaiplan.store.StoreHome;
import org.genaiplan.bench.SyntheticPlanGenerator;
import org.genaiplan.ui.CatalogEntry;
import org.genaiplan.ui.Dialogs;
import org.genaiplan.ui.window.Workbench;
import org.genaiplan.ui.rows.VisibleRows;
import org.genaiplan.ui.wbs.WbsColumn;

/**
 * Measures the window on the path a user takes, with JavaFX's headless platform and the real
 * {@link Workbench} over the real working store (no copies of product logic). Each measurement ends when
 * the next frame is ready: the scene laid out (the sheets' rows made and filled) and the Gantt chart drawn.
 * The Gantt tab is shown, so the sheet beside the chart and the chart are both on screen.
 * <ul>
 * <li>{@code open-ui}: File &gt; Open of a generated plan, from the file chosen to the first rows laid out;</li>
 * <li>{@code edit-ui}: one duration typed into the sheet (cell edit, command, schedule, H2 commit, every
 * view-model told, next frame);</li>
 * <li>{@code indent-ui}: 100 selected rows indented through the sheet's Indent command;</li>
 * <li>{@code scroll-ui}: one page of scrolling down, sheet and chart;</li>
 * <li>{@code collapse-ui}: Collapse all, then Expand all; the larger of the two;</li>
 * <li>{@code heap-ui}: the heap in use (MB) with the plan open in the window, after a full collection;</li>
 * <li>{@code scroll-floor}: not the product: one page scrolled in a bare {@code TableView} of the same shape,
 * the toolkit's floor to read {@code scroll-ui} against.</li>
 * </ul>
 * With {@code -Dgenaiplan.bench.cpu=true} each figure is the UI thread's CPU time instead of the wall clock, to
 * compare two builds on a machine others keep busy ({@code open-ui} then leaves out the background thread
 * that reads the file).
 */
public final class WindowBench {
    private static final long SEED = 42;

    private final PrintWriter out;
    private final int warmUps;
    private final int runs;

    public WindowBench(PrintWriter out, int warmUps, int runs) {
        this.out = out;
        this.warmUps = warmUps;
        this.runs = runs;
    }

    /** Starts JavaFX without a screen (once per process); call before anything else touches JavaFX. */
    static void startHeadless() throws Exception {
        System.setProperty("glass.platform", "Headless");
        System.setProperty("prism.order", "sw");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        started.get(30, TimeUnit.SECONDS);
        Platform.setImplicitExit(false);
    }

    public void run(int... sizes) throws Exception {
        startHeadless();
        for (int n : sizes) {
            runSize(n);
        }
    }

    private void runSize(int n) throws Exception {
        Path dir = Files.createTempDirectory("genaiplan-window-bench");
        Path file = dir.resolve("bench-" + n + ".genaiplan");
        StoreHome home = new StoreHome(dir.resolve("home"));
        home.ensureExists();
        Plan generated = new SyntheticPlanGenerator().generate(n, SEED);
        new PlanFileWriter(home).write(file, null, o -> new PlanPackageWriter().write(generated, Instant.now(), o));
        Workbench bench = onFx(() -> openWindow(home));
        line("open-ui", n, median(warmUps > 0 ? 1 : 0, Math.max(1, runs / 2), () -> onFx(() -> {
            bench.main().close();
            frame(bench);
            return time(bench, () -> {
                bench.main().open(file);
                awaitIdle(bench);
                frame(bench);
                if (bench.wbs().rows().rowCount() != n || !SilentDialogs.last.equals("no error")) {
                    throw new IllegalStateException("the plan shows " + bench.wbs().rows().rowCount() + " rows ("
                            + SilentDialogs.last + ")");
                }
            });
        })));
        heapLine(n);
        onFx(() -> {
            bench.window().tabs().getSelectionModel().select(1);
            frame(bench);
            return null;
        });
        measureEdit(bench, n);
        measureIndent(bench, n);
        measureScroll(bench, n);
        measureCollapse(bench, n);
        measureScrollFloor(bench, n);
        onFx(() -> {
            bench.editor().setSession(null, true);
            ((Stage) bench.scene().getWindow()).hide();
            return null;
        });
        Benchmark.deleteTree(dir);
    }

    private void measureEdit(Workbench bench, int n) throws Exception {
        List<Long> leaves = onFx(() -> {
            List<Long> ids = new ArrayList<>();
            for (Task t : bench.editor().plan().tasksInOrder()) {
                if (!t.hasChildren() && !t.isMilestone() && t.percentComplete() == 0) {
                    ids.add(t.id());
                }
            }
            return ids;
        });
        int[] pick = {0};
        line("edit-ui", n, median(warmUps * 3, runs * 3, () -> onFx(() -> {
            long id = leaves.get((leaves.size() / 2 + 7919 * pick[0]++) % leaves.size());
            bench.wbs().select(List.of(id));
            frame(bench);
            Task task = bench.editor().plan().task(id);
            String longer = (task.durationMinutes() / 60 + 1) + "h";
            return time(bench, () -> {
                String refused = bench.edits().edit(bench.wbs().rows().row(id), WbsColumn.DURATION, longer);
                if (refused != null) {
                    throw new IllegalStateException(refused);
                }
                frame(bench);
            });
        })));
    }

    private void measureIndent(Workbench bench, int n) throws Exception {
        line("indent-ui", n, median(warmUps, runs, () -> onFx(() -> {
            List<Task> order = bench.editor().plan().tasksInOrder();
            List<Long> ids = new ArrayList<>();
            for (int i = order.size() / 2; ids.size() < 100 && i < order.size(); i++) {
                ids.add(order.get(i).id());
            }
            bench.wbs().select(ids);
            frame(bench);
            long ns = time(bench, () -> {
                if (!bench.wbs().indent()) {
                    throw new IllegalStateException(bench.main().messageProperty().get());
                }
                frame(bench);
            });
            bench.wbs().undo();
            frame(bench);
            return ns;
        })));
    }

    private void measureScroll(Workbench bench, int n) throws Exception {
        VisibleRows rows = bench.wbs().rows();
        line("scroll-ui", n, median(warmUps * 3, runs * 3, () -> onFx(() -> {
            double page = bench.window().ganttView().chart().getHeight() - rows.headerHeightProperty().get();
            double max = rows.rowCount() * rows.rowHeight() - page;
            double next = rows.scrollYProperty().get() + page;
            if (next > max) {
                rows.scrollYProperty().set(0);
                frame(bench);
                next = page;
            }
            double target = next;
            return time(bench, () -> {
                rows.scrollYProperty().set(target);
                frame(bench);
            });
        })));
    }

    /** {@code scroll-floor}: the same page scrolled in a bare TableView of the Gantt sheet's shape ({@link TableFloor}). */
    private void measureScrollFloor(Workbench bench, int n) throws Exception {
        TableFloor floor = onFx(() -> {
            int columns = bench.window().ganttView().sheet().table().getVisibleLeafColumns().size();
            return new TableFloor(columns, n, bench.wbs().rows().rowHeight(),
                    bench.scene().getWidth(), bench.scene().getHeight());
        });
        line("scroll-floor", n, median(warmUps * 3, runs * 3, () -> onFx(floor::scrollOnePage)));
        onFx(() -> {
            floor.close();
            return null;
        });
    }

    private void measureCollapse(Workbench bench, int n) throws Exception {
        line("collapse-ui", n, median(warmUps, runs, () -> onFx(() -> {
            long collapse = time(bench, () -> {
                bench.wbs().collapseAll();
                frame(bench);
            });
            long expand = time(bench, () -> {
                bench.wbs().expandAll();
                frame(bench);
            });
            return Math.max(collapse, expand);
        })));
    }

    /** The window over a fresh store folder, with dialogs that ask nothing and work done right away. */
    private static Workbench openWindow(StoreHome home) {
        Stage stage = new Stage();
        stage.setWidth(1600);
        stage.setHeight(900);
        java.util.concurrent.ExecutorService background = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "genaiplan-documents");
            t.setDaemon(true);
            return t;
        });
        Workbench bench = WindowParts.workbench(home, stage,
                Preferences.userRoot().node("genaiplan-bench/" + System.nanoTime()), owner -> new SilentDialogs(), new org.genaiplan.ui.window.FxTaskExecutor(background),
                org.genaiplan.ui.FailureLog.NONE);
        stage.show();
        frame(bench);
        return bench;
    }

    /** Lets the UI thread run until the background work under way (an open) has finished and been shown. */
    private static void awaitIdle(Workbench bench) {
        if (!bench.main().busyProperty().get()) {
            return;
        }
        Object key = new Object();
        javafx.beans.value.ChangeListener<Boolean> done = (obs, was, busy) -> {
            if (!busy) {
                Platform.exitNestedEventLoop(key, null);
            }
        };
        bench.main().busyProperty().addListener(done);
        Platform.enterNestedEventLoop(key);
        bench.main().busyProperty().removeListener(done);
    }

    /** What a pulse does before the next frame: styles, layout, then the chart's drawing. */
    /** Two frames: the first draws what is pending, the second waits until the renderer has finished it. */
    static void settle(javafx.scene.Scene scene) {
        NextFrame.await(scene);
        NextFrame.await(scene);
    }

    /** The next frame, as the toolkit makes it ({@link NextFrame}). */
    static void frame(Workbench bench) {
        NextFrame.await(bench.scene());
    }

    private interface FxWork<T> {
        T run() throws Exception;
    }

    private static <T> T onFx(FxWork<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.run();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.run());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.MINUTES);
    }

    /** The heap in use with the plan open in the window, after a full collection: {@code heap-ui tasks=N mb=…}. */
    private void heapLine(int tasks) {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) { // the smallest of three collections: a collection may leave some garbage
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        out.println("bench heap-ui tasks=" + tasks + " mb=" + used / (1024 * 1024));
        out.flush();
    }

    private void line(String name, int tasks, long nanos) {
        out.println("bench " + name + " tasks=" + tasks + " ms=" + String.format(java.util.Locale.ROOT, "%.2f", nanos / 1e6));
        out.flush();
    }

    /**
     * The time {@code work} took, without the waits for pulses to begin, from a settled window: the renderer
     * has finished the frames before, so it does not share the processor with the work measured.
     */
    private static long time(Workbench bench, Runnable work) {
        settle(bench.scene());
        long waited = NextFrame.waited();
        long start = now();
        work.run();
        return now() - start - (NextFrame.waited() - waited);
    }

    /**
     * With {@code -Dgenaiplan.bench.cpu=true} the UI thread's CPU time instead of the wall clock: on a machine
     * others keep busy, it compares two builds without counting the time the thread waited for a core.
     */
    private static final boolean CPU_TIME = Boolean.getBoolean("genaiplan.bench.cpu");

    /** Now, in nanoseconds, on the clock the measurements use. */
    static long now() {
        return CPU_TIME ? java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime()
                : System.nanoTime();
    }

    private interface Sample {
        long take() throws Exception;
    }

    private static long median(int warmUps, int runs, Sample sample) throws Exception {
        for (int i = 0; i < warmUps; i++) {
            sample.take();
        }
        long[] samples = new long[runs];
        for (int i = 0; i < runs; i++) {
            samples[i] = sample.take();
        }
        Arrays.sort(samples);
        return samples[runs / 2];
    }

    /** Dialogs for the benchmark: nothing is asked, nothing is chosen. */
    private static final class SilentDialogs implements Dialogs {
        @Override
        public SaveChoice askToSave(String documentName) {
            return SaveChoice.DONT_SAVE;
        }

        @Override
        public Optional<Path> chooseFileToOpen() {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseFileToSave(String suggestedName) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseWorkbookToExport(String suggestedName, Path folder) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> choosePdfToExport(String suggestedName, Path folder) {
            return Optional.empty();
        }

        @Override
        public Optional<Path> chooseImageToExport(String suggestedName, Path folder) {
            return Optional.empty();
        }

        @Override
        public boolean confirmImport(String fileName) {
            return false;
        }

        @Override
        public Optional<Path> chooseTableToImport() {
            return Optional.empty();
        }

        @Override
        public void showImportProblems(String source, List<String> problems) {
            throw new IllegalStateException(source + ": " + problems);
        }

        static volatile String last = "no error";

        @Override
        public void showError(String title, String message) {
            last = title + ": " + message;
        }

        @Override
        public Optional<CatalogEntry> chooseFragment(List<CatalogEntry> fragments) {
            return Optional.empty();
        }
    }
}
