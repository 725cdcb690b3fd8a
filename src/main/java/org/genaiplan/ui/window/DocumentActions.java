package org.genaiplan.ui.window;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import org.genaiplan.ui.Dialogs;
import org.genaiplan.ui.DocumentException;
import org.genaiplan.ui.DocumentService;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.PlanSession;
import org.genaiplan.ui.RecentFiles;
import org.genaiplan.ui.UndoStack;

/**
 * The document life cycle: new, open, save, save as, close and quit, with the unsaved-changes prompt before
 * anything that would lose edits. Opening and creating run in the background while the window waits; saving
 * writes a snapshot in the background while editing goes on.
 */
final class DocumentActions {
    static final String EXTENSION = ".genaiplan";

    private final DocumentService documents;
    private final PlanEditor editor;
    private final Dialogs dialogs;
    private final RecentFiles recentFiles;
    private final BackgroundJobs jobs;
    private final StringProperty message;
    private final ReadOnlyStringWrapper loading;

    DocumentActions(DocumentService documents, PlanEditor editor, Dialogs dialogs, RecentFiles recentFiles,
                    BackgroundJobs jobs, StringProperty message, ReadOnlyStringWrapper loading) {
        this.documents = Objects.requireNonNull(documents);
        this.editor = Objects.requireNonNull(editor);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.recentFiles = Objects.requireNonNull(recentFiles);
        this.jobs = Objects.requireNonNull(jobs);
        this.message = Objects.requireNonNull(message);
        this.loading = Objects.requireNonNull(loading);
    }

    /** The document's name as the title shows it: the file name, or "Untitled" before the first save. */
    String documentName() {
        PlanSession s = editor.session();
        if (s == null) {
            return "";
        }
        return s.file().map(p -> p.getFileName().toString()).orElse("Untitled");
    }

    boolean isDirty() {
        return editor.session() != null && editor.undoStack().isDirty();
    }

    // ---- making and opening ----

    /** Replaces the plan shown by one made or read in the background; {@code then} follows on success. */
    void replaceWith(Callable<PlanSession> create, boolean saved, Path file, String what, Runnable then) {
        replaceWith(create, saved, file, what, file != null ? "Cannot open " + file.getFileName()
                : "Cannot create the plan", then);
    }

    /** As above, with the title of the dialog that says why it failed. */
    void replaceWith(Callable<PlanSession> create, boolean saved, Path file, String what, String failureTitle,
                     Runnable then) {
        loading.set(what + "\u2026");
        jobs.run(what + "\u2026", true, false, progress -> create.call(), session -> {
            loading.set("");
            swapIn(session, saved);
            if (file != null) {
                recentFiles.add(file);
            }
            message.set(file == null ? "" : "Opened " + file.getFileName());
            then.run();
        }, error -> {
            loading.set("");
            if (file != null && !Files.exists(file)) {
                recentFiles.remove(file);
            }
            dialogs.showError(failureTitle, error);
        });
    }

    void openNow(Path file) {
        replaceWith(() -> documents.open(file), true, file, "Opening " + file.getFileName(), () -> { });
    }

    /** Shows {@code session}; the plan it replaces is closed in the background. */
    void swapIn(PlanSession session, boolean saved) {
        PlanSession old = editor.session();
        editor.setSession(session, saved);
        closeInBackground(old);
    }

    /** Closes the plan; its working copy is removed in the background, or at once when the app quits. */
    void closeNow(boolean quitting) {
        PlanSession old = editor.session();
        editor.setSession(null, true);
        if (quitting && old != null) {
            old.close();
        } else {
            closeInBackground(old);
        }
    }

    private void closeInBackground(PlanSession old) {
        if (old != null) {
            jobs.cleanUp("Closing the working copy of " + old.plan().name(), old::close);
        }
    }

    // ---- saving ----

    void save(Runnable then) {
        PlanSession s = editor.session();
        if (s == null) {
            return;
        }
        if (s.file().isEmpty()) {
            saveAs(then);
            return;
        }
        runSave(s, null, then);
    }

    void saveAs(Runnable then) {
        PlanSession s = editor.session();
        if (s == null) {
            return;
        }
        String suggested = s.file().map(p -> p.getFileName().toString()).orElse(s.plan().name() + EXTENSION);
        dialogs.chooseFileToSave(suggested).ifPresent(chosen -> {
            Path target = chosen.getFileName().toString().endsWith(EXTENSION) ? chosen
                    : chosen.resolveSibling(chosen.getFileName() + EXTENSION);
            runSave(s, target, then);
        });
    }

    /**
     * Takes the snapshot now, writes it in the background, and marks the undo history saved where the
     * snapshot was taken (edits made meanwhile stay unsaved).
     */
    private void runSave(PlanSession s, Path target, Runnable then) {
        PlanSession.Save save;
        try {
            save = s.prepareSave(target);
        } catch (DocumentException e) {
            dialogs.showError("Cannot save " + documentName(), e.getMessage());
            return;
        }
        UndoStack.SavePoint point = editor.undoStack().savePoint();
        String name = save.target().getFileName().toString();
        jobs.run("Saving " + name + "\u2026", false, false, progress -> {
            save.write();
            return save.target();
        }, saved -> {
            if (editor.session() == s) {
                save.finish();
                editor.undoStack().markSaved(point);
            } else {
                save.abandon();
            }
            recentFiles.add(saved);
            message.set("Saved " + saved.getFileName());
            then.run();
        }, error -> {
            save.abandon();
            dialogs.showError("Cannot save " + name, error);
        });
    }

    // ---- closing ----

    /**
     * Runs {@code proceed} once unsaved changes are dealt with: right away if there are none, after a
     * successful save if the user chooses Save, right away on Don't Save, never on Cancel.
     */
    void whenChangesHandled(Runnable proceed) {
        if (jobs.busyProperty().get()) {
            message.set("Please wait: " + jobs.busyTextProperty().get());
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

    /** The file of the open plan, if it has one. */
    Optional<Path> file() {
        PlanSession s = editor.session();
        return s == null ? Optional.empty() : s.file();
    }
}
