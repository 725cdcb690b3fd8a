package org.genaiplan.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The questions the window asks the user; a port so the document logic can be tested without dialogs. */
public interface Dialogs {

    enum SaveChoice { SAVE, DONT_SAVE, CANCEL }

    /** Ask whether to save the changes of {@code documentName} before they are lost. */
    SaveChoice askToSave(String documentName);

    Optional<Path> chooseFileToOpen();

    Optional<Path> chooseFileToSave(String suggestedName);

    /** Where to write an Excel workbook (File > Export > Excel workbook). */
    Optional<Path> chooseWorkbookToExport(String suggestedName);

    /** An .xlsx or .csv WBS table to import (File > Import). */
    Optional<Path> chooseTableToImport();

    /** Lists the rows of {@code source} that an import could not read as they were. */
    void showImportProblems(String source, List<String> problems);

    /** Shows a failure: a short title and the one-sentence message. */
    void showError(String title, String message);

    /** Lets the user pick a work package to insert. */
    Optional<CatalogEntry> chooseFragment(List<CatalogEntry> fragments);
}
