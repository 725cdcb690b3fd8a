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

    /**
     * Where to write an Excel workbook (File > Export > Excel workbook), starting in {@code folder} (the
     * plan's own, or null for the last folder used).
     */
    Optional<Path> chooseWorkbookToExport(String suggestedName, Path folder);

    /** Where to write a PDF report (File > Export > PDF report), starting in {@code folder} (or null). */
    Optional<Path> choosePdfToExport(String suggestedName, Path folder);

    /** Where to write a PNG picture of the Gantt chart, starting in {@code folder} (or null). */
    Optional<Path> chooseImageToExport(String suggestedName, Path folder);

    /** Asks whether to import a spreadsheet or CSV file the user tried to open as a plan. */
    boolean confirmImport(String fileName);

    /** An .xlsx or .csv WBS table to import (File > Import). */
    Optional<Path> chooseTableToImport();

    /** Lists the rows of {@code source} that an import could not read as they were. */
    void showImportProblems(String source, List<String> problems);

    /** The report of an import from another planner's file (what was carried over, what not, the dates' agreement). */
    default void showImportReport(String source, List<String> lines) {
        showImportProblems(source, lines);
    }

    /** Where to write MS Project XML (File > Export > MS Project XML), starting in {@code folder} (or null). */
    default Optional<Path> chooseMsProjectXmlToExport(String suggestedName, Path folder) {
        return Optional.empty();
    }

    /** Where to write the plan for another planner (File > Export > MS Project XML, GNOME Planner, Primavera). */
    default Optional<Path> chooseOtherPlannerExport(OtherPlanners.Format format, String suggestedName, Path folder) {
        return format == OtherPlanners.Format.MSPDI ? chooseMsProjectXmlToExport(suggestedName, folder) : Optional.empty();
    }

    /** Shows a failure: a short title and the one-sentence message. */
    void showError(String title, String message);

    /** Lets the user pick a work package to insert. */
    Optional<CatalogEntry> chooseFragment(List<CatalogEntry> fragments);
}
