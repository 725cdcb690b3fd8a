package org.genaiplan.ui.testing;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.genaiplan.ui.CatalogEntry;
import org.genaiplan.ui.Dialogs;

/** Dialog answers given in advance, with a record of what was asked. */
public final class ScriptedDialogs implements Dialogs {
    public final Deque<SaveChoice> saveAnswers = new ArrayDeque<>();
    public final Deque<Path> files = new ArrayDeque<>();
    public final List<String> asked = new ArrayList<>();
    public final List<String> errors = new ArrayList<>();
    public final List<String> problems = new ArrayList<>();
    /** The folders the export choosers started in. */
    public final List<Path> exportFolders = new ArrayList<>();
    /** Answers to "import this table?", yes when none is left. */
    public final Deque<Boolean> importAnswers = new ArrayDeque<>();

    @Override
    public SaveChoice askToSave(String documentName) {
        asked.add("save " + documentName + "?");
        return saveAnswers.isEmpty() ? SaveChoice.CANCEL : saveAnswers.pop();
    }

    @Override
    public Optional<Path> chooseFileToOpen() {
        asked.add("open which file?");
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(String suggestedName) {
        asked.add("save as " + suggestedName + "?");
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseWorkbookToExport(String suggestedName, Path folder) {
        asked.add("export to " + suggestedName + "?");
        exportFolders.add(folder);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> choosePdfToExport(String suggestedName, Path folder) {
        asked.add("export PDF to " + suggestedName + "?");
        exportFolders.add(folder);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseImageToExport(String suggestedName, Path folder) {
        asked.add("export image to " + suggestedName + "?");
        exportFolders.add(folder);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseOtherPlannerExport(org.genaiplan.ui.OtherPlanners.Format format, String suggestedName,
                                                   Path folder) {
        if (format == org.genaiplan.ui.OtherPlanners.Format.MSPDI) {
            return chooseMsProjectXmlToExport(suggestedName, folder);
        }
        asked.add("export " + format.label() + " to " + suggestedName + "?");
        exportFolders.add(folder);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseMsProjectXmlToExport(String suggestedName, Path folder) {
        asked.add("export MS Project XML to " + suggestedName + "?");
        exportFolders.add(folder);
        return Optional.ofNullable(files.poll());
    }

    @Override
    public boolean confirmImport(String fileName) {
        asked.add("import " + fileName + "?");
        return importAnswers.isEmpty() || importAnswers.pop();
    }

    @Override
    public Optional<Path> chooseTableToImport() {
        asked.add("import which file?");
        return Optional.ofNullable(files.poll());
    }

    @Override
    public void showImportProblems(String source, List<String> problems) {
        this.problems.addAll(problems);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(title + ": " + message);
    }

    /** The id of the work package to pick when asked; the first one offered when null. */
    public String fragment;

    @Override
    public Optional<CatalogEntry> chooseFragment(List<CatalogEntry> fragments) {
        asked.add("which fragment?");
        return fragments.stream().filter(f -> fragment == null || f.id().equals(fragment)).findFirst();
    }
}
