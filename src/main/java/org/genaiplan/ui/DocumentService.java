package org.genaiplan.ui;

import java.nio.file.Path;
import java.util.List;
import org.genaiplan.ui.command.PlanFragment;

/** Port: creates and opens plan documents and reads the template catalog. The app layer implements it. */
public interface DocumentService {

    /** A new, empty, unsaved plan. */
    PlanSession createNew() throws DocumentException;

    /** Opens a saved {@code .genaiplan} file; hostile or broken files give a one-sentence message. */
    PlanSession open(Path file) throws DocumentException;

    /** The templates offered by File > New from template. */
    List<CatalogEntry> templates();

    /** A new, unsaved plan made from a template. */
    PlanSession createFromTemplate(String templateId) throws DocumentException;

    /** A new, unsaved document over a plan built elsewhere (File > Import). */
    PlanSession adopt(org.genaiplan.model.Plan plan) throws DocumentException;

    /** The work packages offered by Task > Insert work package. */
    List<CatalogEntry> fragments();

    /** A work package, ready to insert into a plan. */
    PlanFragment fragment(String fragmentId) throws DocumentException;
}
