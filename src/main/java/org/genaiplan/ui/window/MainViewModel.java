package org.genaiplan.ui.window;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.genaiplan.ui.CatalogEntry;
import org.genaiplan.ui.Dialogs;
import org.genaiplan.ui.DocumentService;
import org.genaiplan.ui.FailureLog;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.PlanExchange;
import org.genaiplan.ui.PlanSession;
import org.genaiplan.ui.RecentFiles;
import org.genaiplan.ui.ReportSetup;
import org.genaiplan.ui.report.PrintPreviewViewModel;
import org.genaiplan.ui.TaskExecutor;
import org.genaiplan.ui.UndoStack;

/**
 * The window's state around the plan: its title, whether it is saved, the status message, the background
 * work under way, and the file commands. The work itself is in {@link DocumentActions} (new, open, save,
 * close, quit), {@link ExchangeActions} (export, import) and {@link BackgroundJobs} (work off the UI thread).
 */
public final class MainViewModel {
    public static final String APP_NAME = "GenAI Planner";
    public static final String EXTENSION = DocumentActions.EXTENSION;

    private final DocumentService documents;
    private final PlanEditor editor;
    private final Dialogs dialogs;
    private final RecentFiles recentFiles;
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ReadOnlyStringWrapper loading = new ReadOnlyStringWrapper(this, "loading", "");
    private final BackgroundJobs jobs;
    private final TaskExecutor background;
    private final DocumentActions files;
    private final ExchangeActions exchange;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");
    private final ReadOnlyBooleanWrapper documentOpen = new ReadOnlyBooleanWrapper(this, "documentOpen");
    private Runnable afterNewPlan = () -> { };

    public MainViewModel(DocumentService documents, PlanEditor editor, Dialogs dialogs, RecentFiles recentFiles,
                         TaskExecutor background, PlanExchange planExchange, FailureLog failures) {
        this.documents = Objects.requireNonNull(documents);
        this.editor = Objects.requireNonNull(editor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.recentFiles = Objects.requireNonNull(recentFiles);
        this.background = Objects.requireNonNull(background);
        this.jobs = new BackgroundJobs(background, failures, message);
        this.files = new DocumentActions(documents, editor, dialogs, recentFiles, jobs, message, loading);
        this.exchange = new ExchangeActions(planExchange, documents, files, editor, dialogs, recentFiles, jobs, message,
                loading);
        UndoStack undo = editor.undoStack();
        title.bind(Bindings.createStringBinding(this::computeTitle, undo.dirtyProperty(), editor.sessionProperty(),
                editor.revisionProperty()));
        saveState.bind(Bindings.createStringBinding(this::computeSaveState, undo.dirtyProperty(),
                editor.sessionProperty(), jobs.busyProperty(), jobs.busyTextProperty(), editor.storeErrorProperty()));
        documentOpen.bind(editor.sessionProperty().isNotNull());
    }

    // ---- state ----

    /** The document's name as the title shows it: the file name, or "Untitled" before the first save. */
    public String documentName() {
        return files.documentName();
    }

    public boolean isDirty() {
        return files.isDirty();
    }

    private String computeTitle() {
        if (editor.session() == null) {
            return APP_NAME;
        }
        return (isDirty() ? "*" : "") + documentName() + " \u2014 " + APP_NAME;
    }

    private String computeSaveState() {
        if (jobs.busyProperty().get()) {
            return jobs.busyTextProperty().get();
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

    // ---- file commands ----

    public void newPlan() {
        files.whenChangesHandled(() -> files.replaceWith(documents::createNew, true, null, "Creating a plan",
                afterNewPlan));
    }

    /**
     * The window's first plan when it has no file to open: an empty one made in the background, as File >
     * New makes it but without what follows File > New (the project information).
     */
    public void startWithEmptyPlan() {
        files.replaceWith(documents::createNew, true, null, "Creating a plan", () -> { });
    }

    /**
     * Brings back the plan a crash left behind ({@code label} names it), read in the background as a plan
     * is opened; it shows with its changes unsaved.
     */
    public void recover(String label, java.util.concurrent.Callable<PlanSession> recover) {
        files.replaceWith(recover, false, null, "Recovering " + label, "Cannot recover " + label, () -> { });
    }

    /** What follows File > New once the empty plan shows (the app asks for its project information). */
    public void setAfterNewPlan(Runnable then) {
        this.afterNewPlan = Objects.requireNonNull(then);
    }

    public void newFromTemplate(String templateId) {
        files.whenChangesHandled(() -> files.replaceWith(() -> documents.createFromTemplate(templateId), false, null,
                "Creating a plan from a template", () -> { }));
    }

    public List<CatalogEntry> templates() {
        return documents.templates();
    }

    public void open() {
        files.whenChangesHandled(() -> dialogs.chooseFileToOpen().ifPresent(this::openChosen));
    }

    /** Opens {@code file} (from Open Recent or the command line), asking about unsaved changes first. */
    public void open(Path file) {
        files.whenChangesHandled(() -> openChosen(file));
    }

    /** A plan opens; a spreadsheet or CSV file is offered for import instead. */
    private void openChosen(Path file) {
        if (ExchangeActions.isTable(file)) {
            exchange.offerImport(file);
        } else {
            files.openNow(file);
        }
    }

    /** Saves; a never-saved plan asks for a file name. Returns without waiting for the file to be written. */
    public void save() {
        files.save(() -> { });
    }

    public void saveAs() {
        files.saveAs(() -> { });
    }

    /** Closes the document after asking about unsaved changes. */
    public void close() {
        files.whenChangesHandled(() -> files.closeNow(false));
    }

    /**
     * Quit or window close: asks about unsaved changes, closes the document, then runs {@code exit}.
     * Nothing happens if the user cancels.
     */
    public void quit(Runnable exit) {
        files.whenChangesHandled(() -> {
            files.closeNow(true);
            exit.run();
        });
    }

    /** Runs {@code proceed} once unsaved changes are dealt with (saved, dropped); never when cancelled. */
    public void whenChangesHandled(Runnable proceed) {
        files.whenChangesHandled(proceed);
    }

    public void exportWorkbook() {
        exchange.exportWorkbook();
    }

    public void exportPdf() {
        exchange.exportPdf();
    }

    /** File > Print preview: its view-model for the plan on screen, or null when none is open. */
    public PrintPreviewViewModel printPreview() {
        return exchange.printPreview(background);
    }

    /** The print preview's Export PDF (see {@link ExchangeActions#exportPdf(PlanExchange.Preview, ReportSetup, Consumer)}). */
    public void exportPdf(PlanExchange.Preview preview, ReportSetup setup, Consumer<String> tell) {
        exchange.exportPdf(preview, setup, tell);
    }

    public void importTable() {
        exchange.importTable();
    }

    public void exportMsProjectXml() {
        exchange.exportMsProjectXml();
    }

    public void exportForOtherPlanner(org.genaiplan.ui.OtherPlanners.Format format) {
        exchange.exportForOtherPlanner(format);
    }

    /** What exported files are called: the plan's file name without its extension, or the plan's name. */
    public String exportBaseName() {
        return exchange.baseName();
    }

    /** The folder of the plan's file, where exports start; null for a plan never saved. */
    public Path planFolder() {
        return exchange.planFolder();
    }

    /** File > Export > Gantt image (whole plan) at the chart's zoom ("days", "weeks", "months", "quarters"). */
    public void exportGanttPicture(String zoom) {
        exchange.exportGanttPicture(zoom);
    }

    /** Asks a cancellable background job (an export) to stop. */
    public void cancelBackground() {
        jobs.cancel();
    }

    /** One sentence for the user about a failure (see {@link BackgroundJobs#describe}). */
    String describe(String what, Throwable error) {
        return jobs.describe(what, error);
    }

    // ---- properties ----

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** True while any background work runs. */
    public ReadOnlyBooleanProperty busyProperty() {
        return jobs.busyProperty();
    }

    /** True while the window waits for background work (opening or importing a plan). */
    public ReadOnlyBooleanProperty blockingProperty() {
        return jobs.blockingProperty();
    }

    /** How far the background job has got, 0 to 1, or -1 when it cannot say. */
    public ReadOnlyDoubleProperty busyProgressProperty() {
        return jobs.progressProperty();
    }

    /** True while the background job can be cancelled with {@link #cancelBackground()}. */
    public ReadOnlyBooleanProperty cancellableProperty() {
        return jobs.cancellableProperty();
    }

    /** What is being opened, created or imported (shown where the rows will be), empty otherwise. */
    public ReadOnlyStringProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty busyTextProperty() {
        return jobs.busyTextProperty();
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

    /** Where long work runs (the print preview lays out and draws its pages there). */
    public TaskExecutor background() {
        return background;
    }

    public BackgroundJobs jobs() {
        return jobs;
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
