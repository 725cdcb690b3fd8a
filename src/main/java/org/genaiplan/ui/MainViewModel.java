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

    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", APP_NAME);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper busyText = new ReadOnlyStringWrapper(this, "busyText", "");
    private final ReadOnlyStringWrapper saveState = new ReadOnlyStringWrapper(this, "saveState", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final ReadOnlyBooleanWrapper documentOpen = new ReadOnlyBooleanWrapper(this, "documentOpen");

    public MainViewModel(DocumentService documents, PlanEditor editor, Dialogs dialogs, RecentFiles recentFiles,
                         Executor background) {
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
        whenChangesHandled(() -> replaceWith(documents::createNew, true, null, "Creating a plan"));
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
        replaceWith(() -> documents.open(file), true, file, "Opening " + file.getFileName());
    }

    private void replaceWith(Callable<PlanSession> create, boolean saved, Path file, String what) {
        runInBackground(what, create, session -> {
            PlanSession old = editor.session();
            editor.setSession(session, saved);
            if (old != null) {
                old.close();
            }
            if (file != null) {
                recentFiles.add(file);
            }
            message.set(file == null ? "" : "Opened " + file.getFileName());
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
        busy.set(true);
        busyText.set(what);
        editor.setLocked(true);
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> {
            finishBusy();
            done.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finishBusy();
            failed.accept(describe(task.getException()));
        });
        background.execute(task);
    }

    private void finishBusy() {
        editor.setLocked(false);
        busy.set(false);
        busyText.set("");
    }

    /** One sentence for the user; never a stack trace. */
    static String describe(Throwable error) {
        if (error instanceof DocumentException || error instanceof IllegalArgumentException) {
            String m = error.getMessage();
            if (m != null && !m.isBlank()) {
                return m;
            }
        }
        if (error != null && error.getCause() != null && error.getCause() != error) {
            return describe(error.getCause());
        }
        return "Something went wrong (" + (error == null ? "unknown error" : error.getClass().getSimpleName())
                + "); the plan on disk was not changed.";
    }

    // ---- properties ----

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
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
