package org.genaiplan.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.TextArea;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.genaiplan.ui.CatalogEntry;
import org.genaiplan.ui.Dialogs;
import org.genaiplan.ui.OtherPlanners;

/** The {@link Dialogs} of the real window: alerts and file choosers owned by the main window. */
public final class FxDialogs implements Dialogs {
    static final ButtonType SAVE = new ButtonType("Save", ButtonBar.ButtonData.YES);
    static final ButtonType DONT_SAVE = new ButtonType("Don't Save", ButtonBar.ButtonData.NO);
    private final Supplier<Window> owner;
    private File lastFolder;

    public FxDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public SaveChoice askToSave(String documentName) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", SAVE, DONT_SAVE, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to " + documentName + "?");
        alert.setContentText("Your changes will be lost if you don't save them.");
        alert.getDialogPane().setId("unsavedChangesDialog");
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        if (answer == SAVE) {
            return SaveChoice.SAVE;
        }
        return answer == DONT_SAVE ? SaveChoice.DONT_SAVE : SaveChoice.CANCEL;
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        FileChooser chooser = chooser("Open a plan");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                "Plans and tables to import (*.genaiplan, *.xlsx, *.csv)", "*.genaiplan", "*.xlsx", "*.xls", "*.csv"));
        chooser.getExtensionFilters().add(otherPlanners());
        File f = chooser.showOpenDialog(owner.get());
        return remember(f);
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        FileChooser chooser = chooser("Save the plan");
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(owner.get());
        return remember(f);
    }

    @Override
    public Optional<Path> chooseWorkbookToExport(String suggestedName, Path folder) {
        FileChooser chooser = chooser("Export an Excel workbook",
                new FileChooser.ExtensionFilter("Excel workbooks", "*.xlsx"));
        return chooseExport(chooser, suggestedName, folder);
    }

    @Override
    public Optional<Path> choosePdfToExport(String suggestedName, Path folder) {
        FileChooser chooser = chooser("Export a PDF report", new FileChooser.ExtensionFilter("PDF documents", "*.pdf"));
        return chooseExport(chooser, suggestedName, folder);
    }

    @Override
    public Optional<Path> chooseImageToExport(String suggestedName, Path folder) {
        FileChooser.ExtensionFilter svg = new FileChooser.ExtensionFilter("SVG drawings", "*.svg");
        FileChooser chooser = chooser("Export the Gantt chart", new FileChooser.ExtensionFilter("PNG images", "*.png"),
                svg);
        // the SVG filter chosen with a name that still says .png (the suggestion) or nothing: the file is an SVG
        return chooseExport(chooser, suggestedName, folder).map(p -> {
            String name = p.getFileName().toString();
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (chooser.getSelectedExtensionFilter() != svg || lower.endsWith(".svg")) {
                return p;
            }
            return p.resolveSibling((lower.endsWith(".png") ? name.substring(0, name.length() - 4) : name) + ".svg");
        });
    }

    /** An export starts in the plan's folder, named after the plan. */
    private Optional<Path> chooseExport(FileChooser chooser, String suggestedName, Path folder) {
        chooser.setInitialFileName(suggestedName);
        if (folder != null && folder.toFile().isDirectory()) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return remember(chooser.showSaveDialog(owner.get()));
    }

    @Override
    public boolean confirmImport(String fileName) {
        ButtonType importIt = new ButtonType("Import", ButtonBar.ButtonData.OK_DONE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", importIt, ButtonType.CANCEL);
        alert.initOwner(owner.get());
        boolean other = OtherPlanners.is(Path.of(fileName));
        alert.setTitle(other ? "Import another planner's plan" : "Import a table");
        alert.setHeaderText(fileName + (other ? " is another planner's file (MS Project, Primavera, Planner...),"
                : " is a table,") + " not a GenAI Planner plan.");
        alert.setContentText((other ? "Import its tasks, links, calendar and costs" : "Import its rows as the tasks")
                + " into a new plan? The file itself is not changed.");
        alert.getDialogPane().setId("confirmImportDialog");
        return alert.showAndWait().orElse(ButtonType.CANCEL) == importIt;
    }

    @Override
    public Optional<Path> chooseTableToImport() {
        FileChooser chooser = chooser("Import a WBS",
                new FileChooser.ExtensionFilter("Excel workbooks and CSV files", "*.xlsx", "*.xls", "*.csv"),
                otherPlanners());
        return remember(chooser.showOpenDialog(owner.get()));
    }

    private static FileChooser.ExtensionFilter otherPlanners() {
        return new FileChooser.ExtensionFilter("Other planners' plans (MS Project, Primavera P6, Planner, GanttProject,"
                + " ProjectLibre)", OtherPlanners.patterns());
    }

    @Override
    public Optional<Path> chooseOtherPlannerExport(OtherPlanners.Format format, String suggestedName, Path folder) {
        FileChooser chooser = chooser("Export as " + format.label(),
                new FileChooser.ExtensionFilter(format.label(), "*." + format.extension()));
        return chooseExport(chooser, suggestedName, folder);
    }

    @Override
    public Optional<Path> chooseMsProjectXmlToExport(String suggestedName, Path folder) {
        FileChooser chooser = chooser("Export as MS Project XML",
                new FileChooser.ExtensionFilter("MS Project XML", "*.xml"));
        return chooseExport(chooser, suggestedName, folder);
    }

    @Override
    public void showImportReport(String source, List<String> lines) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle("Import report");
        alert.setHeaderText(lines.isEmpty() ? "Imported " + source + "." : lines.getFirst());
        TextArea list = new TextArea(String.join("\n", lines.subList(Math.min(1, lines.size()), lines.size())));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(16, lines.size() + 1));
        list.setPrefColumnCount(70);
        alert.getDialogPane().setContent(list);
        alert.getDialogPane().setId("importReportDialog");
        alert.show();
    }

    @Override
    public void showImportProblems(String source, List<String> problems) {
        Alert alert = new Alert(Alert.AlertType.WARNING, "", ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle("Import problems");
        alert.setHeaderText(problems.size() == 1 ? "One row of " + source + " was not read as it was."
                : problems.size() + " rows of " + source + " were not read as they were.");
        TextArea list = new TextArea(String.join("\n", problems));
        list.setEditable(false);
        list.setWrapText(true);
        list.setPrefRowCount(Math.min(12, problems.size() + 1));
        alert.getDialogPane().setContent(list);
        alert.getDialogPane().setId("importProblemsDialog");
        alert.show();
    }

    private FileChooser chooser(String title) {
        return chooser(title, new FileChooser.ExtensionFilter("GenAI Planner plans", "*.genaiplan"));
    }

    private FileChooser chooser(String title, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().addAll(filters);
        if (lastFolder != null && lastFolder.isDirectory()) {
            chooser.setInitialDirectory(lastFolder);
        }
        return chooser;
    }

    private Optional<Path> remember(File f) {
        if (f == null) {
            return Optional.empty();
        }
        lastFolder = f.getParentFile();
        return Optional.of(f.toPath());
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("errorDialog");
        alert.show();
    }

    @Override
    public Optional<CatalogEntry> chooseFragment(List<CatalogEntry> fragments) {
        ChoiceDialog<CatalogEntry> dialog = new ChoiceDialog<>(fragments.getFirst(), fragments);
        dialog.initOwner(owner.get());
        dialog.setTitle("Insert work package");
        dialog.setHeaderText("Insert a work package under the selected task");
        dialog.setContentText("Work package:");
        return dialog.showAndWait();
    }
}
