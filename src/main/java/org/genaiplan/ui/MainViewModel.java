package org.genaiplan.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.concurrent.Task;

/**
 * The document life cycle of the window: new, open, save, save as, close, quit, with the
 * unsaved-changes prompt before anything that would lose edits. Long work (open, save) runs off the
 * FX thread while the status bar shows progress; failures are shown as one sentence.
 */
public final class MainViewModel {
    public static final String APP_NAME = "GenAI Planner";
    public static final String EXTENSION = ".genaiplan";

    private final DocumentService documents;
    private final PlanEditor editor;
    private final Dialogs dialogs;
    private final RecentFiles recentFiles;
    private final Executor background;
    private final FailureLog failures;
    private Runnable afterNewPlan = () -> { };
    private final PlanExchange exchange;
    private java.util.function.Supplier<byte[]> ganttPicture = () -> null;
    private volatile boolean cancelRequested;

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper(this, "busyText", "");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ReadOnlyBooleanWrapper documentOpen = new ReadOnlyBooleanWrapper(this, "documentOpen");
    private final ReadOnlyDoubleWrapper busyProgress = new ReadOnlyDoubleWrapper(this, "busyProgress", -1);
    private final ReadOnlyBooleanWrapper cancellable = new ReadOnlyBooleanWrapper(this, "cancellable");
    private final ReadOnlyStringWrapper loading = new ReadOnlyStringWrapper(this, "loading", "");

    public MainViewModel(DocumentService documents, PlanEditor editor, Dialogs dialogs, RecentFiles recentFiles,
                         Executor background, PlanExchange exchange, FailureLog failures) {
        this.failures = Objects.requireNonNull(failures);
        this.exchange = Objects.requireNonNull(exchange);
        this.documents = Objects.requireNonNull(documents);
        this.editor = Objects.requireNonNull(editor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.recentFiles = Objects.requireNonNull(recentFiles);
        this.background = Objects.requireNonNull(background);
        UndoStack undo = editor.undoStack();
        title.bind(Bindings.createStringBinding(this::computeTitle, undo.dirtyProperty(), editor.sessionProperty(),
                editor.revisionProperty()));
        saveState.bind(Bindings.createStringBinding(this::computeSaveState, undo.dirtyProperty(),
                editor.sessionProperty(), busy, busyText, editor.storeErrorProperty()));
        documentOpen.bind(editor.sessionProperty().isNotNull());
    }

    // ---- state ----

    /** The document's name as the title shows it: the file name, or "Untitled" before the first save. */
    public String documentName() {
        PlanSession s = editor.session();
        if (s == null) {
            return "";
        }
        return s.file().map(p -> p.getFileName().toString()).orElse("Untitled");
    }

    public boolean isDirty() {
        return editor.session() != null && editor.undoStack().isDirty();
    }

    private String computeTitle() {
        if (editor.session() == null) {
            return APP_NAME;
        }
        return (isDirty() ? "*" : "") + documentName() + " \u2014 " + APP_NAME;
    }

    private String computeSaveState() {
        if (busy.get()) {
            return busyText.get();
        }
        PlanSession s = editor.session();
        if (s == null) {
            return "No plan open";
        }
        if (!editor.storeErrorProperty().get().isEmpty()) {
            return "Changes not recorded";
        }
        if (s.file().isEmpty()) {
            return isDirty() ? "Not saved yet" : "New plan";
        }
        return isDirty() ? "Unsaved changes" : "Saved";
    }

    // ---- actions ----

    public void newPlan() {
        whenChangesHandled(() -> replaceWith(documents::createNew, true, null, "Creating a plan", afterNewPlan));
    }

    /** What follows File > New once the empty plan shows (the app asks for its project information). */
    public void setAfterNewPlan(Runnable then) {
        this.afterNewPlan = Objects.requireNonNull(then);
    }

    public void newFromTemplate(String templateId) {
        whenChangesHandled(() -> replaceWith(() -> documents.createFromTemplate(templateId), false, null,
                "Creating a plan from a template"));
    }

    public List<CatalogEntry> templates() {
        return documents.templates();
    }

    public void open() {
        whenChangesHandled(() -> dialogs.chooseFileToOpen().ifPresent(this::openNow));
    }

    /** Opens {@code file} (from Open Recent or the command line), asking about unsaved changes first. */
    public void open(Path file) {
        whenChangesHandled(() -> openNow(file));
    }

    private void openNow(Path file) {
        if (isTable(file)) {
            if (dialogs.confirmImport(file.getFileName().toString())) {
                importNow(file);
            }
            return;
        }
        replaceWith(() -> documents.open(file), true, file, "Opening " + file.getFileName());
    }

    /** Spreadsheets and CSV files are imported, not opened. */
    private static boolean isTable(Path file) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".csv");
    }

    private void replaceWith(Callable<PlanSession> create, boolean saved, Path file, String what) {
        replaceWith(create, saved, file, what, () -> { });
    }

    private void replaceWith(Callable<PlanSession> create, boolean saved, Path file, String what, Runnable then) {
        loading.set(what + "\u2026");
        runInBackground(what, create, session -> {
            swapIn(session, saved);
            if (file != null) {
                recentFiles.add(file);
            }
            message.set(file == null ? "" : "Opened " + file.getFileName());
            then.run();
        }, error -> {
            if (file != null) {
                if (!java.nio.file.Files.exists(file)) {
                    recentFiles.remove(file);
                }
                dialogs.showError("Cannot open " + file.getFileName(), error);
            } else {
                dialogs.showError("Cannot create the plan", error);
            }
        });
    }

    /** Saves; a never-saved plan asks for a file name. Returns without waiting for the save to finish. */
    public void save() {
        save(() -> { });
    }

    public void saveAs() {
        saveAs(() -> { });
    }

    private void save(Runnable then) {
        PlanSession s = editor.session();
        if (s == null) {
            return;
        }
        Optional<Path> file = s.file();
        if (file.isEmpty()) {
            saveAs(then);
            return;
        }
        runSave(s, () -> {
            s.save();
            return file.get();
        }, then);
    }

    private void saveAs(Runnable then) {
        PlanSession s = editor.session();
        if (s == null) {
            return;
        }
        String suggested = s.file().map(p -> p.getFileName().toString()).orElse(s.plan().name() + EXTENSION);
        dialogs.chooseFileToSave(suggested).ifPresent(chosen -> {
            Path target = chosen.getFileName().toString().endsWith(EXTENSION) ? chosen
                    : chosen.resolveSibling(chosen.getFileName() + EXTENSION);
            runSave(s, () -> {
                s.saveAs(target);
                return target;
            }, then);
        });
    }

    private void runSave(PlanSession s, Callable<Path> work, Runnable then) {
        runInBackground("Saving\u2026", work, saved -> {
            editor.undoStack().markSaved();
            recentFiles.add(saved);
            message.set("Saved " + saved.getFileName());
            then.run();
        }, error -> dialogs.showError("Cannot save " + documentName(), error));
    }

    /**
     * File > Export > Excel workbook: asks where, then writes the open plan in the background. Edits wait
     * until it is done (the plan must not change while it is read); the status bar shows progress and
     * offers to cancel.
     */
    public void exportWorkbook() {
        PlanSession s = editor.session();
        if (s == null || busy.get()) {
            return;
        }
        dialogs.chooseWorkbookToExport(exportBaseName() + ".xlsx", planFolder()).ifPresent(chosen -> {
            Path target = chosen.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")
                    ? chosen : chosen.resolveSibling(chosen.getFileName() + ".xlsx");
            String name = target.getFileName().toString();
            byte[] gantt = ganttPicture.get();
            cancelRequested = false;
            cancellable.set(true);
            runInBackground("Exporting " + name + "\u2026", progress -> {
                exchange.exportWorkbook(s.plan(), target, gantt, progress);
                return target;
            }, done -> message.set("Exported " + name),
                    error -> dialogs.showError("Cannot export " + name, error));
        });
    }

    /** What exported files are called: the plan's file name without its extension, or the plan's name. */
    public String exportBaseName() {
        PlanSession s = editor.session();
        if (s == null) {
            return "";
        }
        return s.file().map(p -> stripExtension(p.getFileName().toString())).orElse(s.plan().name());
    }

    /** The folder of the plan's file, where exports start; null for a plan never saved. */
    public Path planFolder() {
        PlanSession s = editor.session();
        return s == null ? null : s.file().map(p -> p.toAbsolutePath().getParent()).orElse(null);
    }

    /**
     * Where the workbook export gets the Gantt picture for its Summary sheet: the view supplies it (on the
     * FX thread, before the export starts); null means none.
     */
    public void setGanttPicture(java.util.function.Supplier<byte[]> picture) {
        this.ganttPicture = java.util.Objects.requireNonNull(picture);
    }

    /** Asks a cancellable background job (an export) to stop; the plan stays locked until it has. */
    public void cancelBackground() {
        if (cancellable.get()) {
            cancelRequested = true;
            busyText.set("Cancelling\u2026");
        }
    }

    /**
     * File > Import: after the unsaved-changes prompt, reads an .xlsx or .csv WBS in the background and
     * opens it as a new, unsaved plan; rows it could not read are listed afterwards.
     */
    public void importTable() {
        whenChangesHandled(() -> dialogs.chooseTableToImport().ifPresent(this::importNow));
    }

    /** Reads a WBS table in the background and opens it as a new, unsaved plan; lists the rows it could not read. */
    private void importNow(Path file) {
        String name = file.getFileName().toString();
        loading.set("Importing " + name + "\u2026");
        runInBackground("Importing " + name + "\u2026", progress -> {
            PlanExchange.Imported imported = exchange.importTable(file, stripExtension(name));
            return java.util.Map.entry(documents.adopt(imported.plan()), imported.problems());
        }, result -> {
            swapIn(result.getKey(), false);
            recentFiles.add(file);
            int n = result.getKey().plan().taskCount();
            message.set("Imported " + (n == 1 ? "1 task" : n + " tasks") + " from " + name);
            if (!result.getValue().isEmpty()) {
                dialogs.showImportProblems(name, result.getValue());
            }
        }, error -> dialogs.showError("Cannot import " + name, error));
    }

    private static String stripExtension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }

    private void swapIn(PlanSession session, boolean saved) {
        PlanSession old = editor.session();
        editor.setSession(session, saved);
        if (old != null) {
            old.close();
        }
    }

    /** Closes the document after asking about unsaved changes. */
    public void close() {
        whenChangesHandled(this::closeNow);
    }

    private void closeNow() {
        PlanSession old = editor.session();
        editor.setSession(null, true);
        if (old != null) {
            old.close();
        }
    }

    /**
     * Quit or window close: asks about unsaved changes, closes the document, then runs {@code exit}.
     * Nothing happens if the user cancels.
     */
    public void quit(Runnable exit) {
        whenChangesHandled(() -> {
            closeNow();
            exit.run();
        });
    }

    /**
     * Runs {@code proceed} once unsaved changes are dealt with: right away if there are none, after a
     * successful save if the user chooses Save, right away on Don't Save, never on Cancel.
     */
    public void whenChangesHandled(Runnable proceed) {
        if (busy.get()) {
            message.set("Please wait: " + busyText.get());
            return;
        }
        if (!isDirty()) {
            proceed.run();
            return;
        }
        switch (dialogs.askToSave(documentName())) {
            case SAVE -> save(proceed);
            case DONT_SAVE -> proceed.run();
            case CANCEL -> { }
        }
    }

    private <T> void runInBackground(String what, Callable<T> work, Consumer<T> done, Consumer<String> failed) {
        runInBackground(what, progress -> work.call(), done, failed);
    }

    /** Work that reports progress and may be asked to stop. */
    private interface Work<T> {
        T call(PlanExchange.Progress progress) throws Exception;
    }

    private <T> void runInBackground(String what, Work<T> work, Consumer<T> done, Consumer<String> failed) {
        busy.set(true);
        busyText.set(what);
        editor.setLocked(true);
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call(new PlanExchange.Progress() {
                    @Override
                    public void update(long doneUnits, long total, String step) {
                        updateProgress(doneUnits, total);
                    }

                    @Override
                    public boolean cancelled() {
                        return cancelRequested;
                    }
                });
            }
        };
        busyProgress.bind(task.progressProperty());
        task.setOnSucceeded(e -> {
            finishBusy();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finishBusy();
            if (task.getException() instanceof java.util.concurrent.CancellationException) {
                message.set("Cancelled: " + what.replace("\u2026", ""));
                return;
            }
            failed.accept(describe(what, task.getException()));
        });
        background.execute(task);
    }

    private void finishBusy() {
        loading.set("");
        editor.setLocked(false);
        busyProgress.unbind();
        busyProgress.set(-1);
        cancellable.set(false);
        cancelRequested = false;
        busy.set(false);
        busyText.set("");
    }

    /**
     * One sentence for the user, never a stack trace or a class name: the message of a refusal the app
     * worded itself, or else a sentence pointing at the log, where the whole failure is recorded.
     */
    String describe(String what, Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof DocumentException && e.getMessage() != null && !e.getMessage().isBlank()) {
                return e.getMessage();
            }
        }
        failures.record(what, error);
        return what.replace("\u2026", "") + " stopped because of an unexpected problem; the plan on disk was not changed."
                + (failures.file() == null ? "" : " The details are in " + failures.file() + ".");
    }

    // ---- properties ----

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** How far the background job has got, 0 to 1, or -1 when it cannot say. */
    public ReadOnlyDoubleProperty busyProgressProperty() {
        return busyProgress.getReadOnlyProperty();
    }

    /** True while the background job can be cancelled with {@link #cancelBackground()}. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return cancellable.getReadOnlyProperty();
    }

    /** What is being opened, created or imported (shown where the rows will be), empty otherwise. */
    public ReadOnlyStringProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return busyText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty saveStateProperty() {
        return saveState.getReadOnlyProperty();
    }

    /** A short note for the status bar (last action, last refused input). */
    public StringProperty messageProperty() {
        return message;
    }

    public ReadOnlyBooleanProperty documentOpenProperty() {
        return documentOpen.getReadOnlyProperty();
    }

    public RecentFiles recentFiles() {
        return recentFiles;
    }

    public PlanEditor editor() {
        return editor;
    }

    public Dialogs dialogs() {
        return dialogs;
    }

    public DocumentService documents() {
        return documents;
    }
}
