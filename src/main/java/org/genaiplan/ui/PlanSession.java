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

    /** Saves to {@link #file()}; only called when it is present. */
    void save() throws DocumentException;

    void saveAs(Path target) throws DocumentException;

    /** Releases the working store. The plan must not be used afterwards. */
    void close();
}
