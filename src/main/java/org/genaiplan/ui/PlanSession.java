package org.genaiplan.ui;

import java.nio.file.Path;
import java.util.Optional;
import org.genaiplan.model.Plan;

/**
 * Port: one open plan document as the window sees it. The app layer implements it over the working
 * store; the window never sees SQL.
 */
public interface PlanSession {

    Plan plan();

    /** The file the plan was opened from or last saved to; empty for a new, never-saved plan. */
    Optional<Path> file();

    /** Writes what the last action changed, drained from the plan's change log, as one transaction. */
    void commit(org.genaiplan.model.ChangeLog.Changes changes) throws DocumentException;

    /**
     * The first half of saving, on the UI thread: an immutable snapshot of the plan and the file it goes to
     * ({@code target}, or the plan's own file when null). Its {@link Save#write} runs on any thread while
     * the plan goes on changing; {@link Save#finish} or {@link Save#abandon} complete it on the UI thread.
     */
    Save prepareSave(Path target) throws DocumentException;

    /** A save under way (see {@link #prepareSave}). */
    interface Save {
        Path target();

        /** Writes the snapshot to the file; touches neither the plan nor the working copy. */
        void write() throws DocumentException;

        /** The written file becomes the plan's file. */
        void finish();

        /** Lets go of the file after a failed write. */
        void abandon();
    }

    /** Releases the working store. The plan must not be used afterwards. */
    void close();
}
