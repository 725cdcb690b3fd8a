package org.genaiplan.ui.window;

import java.time.LocalDate;
import java.util.Optional;
import javafx.scene.control.Tab;
import org.genaiplan.templates.ReferenceData;
import org.genaiplan.ui.Dialogs;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.quality.GateBadge;
import org.genaiplan.ui.quality.IssueLogView;
import org.genaiplan.ui.quality.IssueLogViewModel;
import org.genaiplan.ui.quality.QualityView;
import org.genaiplan.ui.quality.QualityViewModel;

/** Puts the Quality and Issues tabs, File > Import evaluation results and the next gate's badge into the window. */
final class QualityTabs {
    private QualityTabs() {
    }

    static void add(MainWindow window, PlanEditor editor, MainViewModel main, Dialogs dialogs) {
        QualityViewModel quality = new QualityViewModel(editor, main.messageProperty());
        // the two views are built when their tab is first shown
        window.addLazyTab("Issues", "mdi2b-bug-outline", () -> new IssuesAndLessons(
                new IssueLogView(new IssueLogViewModel(editor, main.messageProperty(), ReferenceData.load(), LocalDate::now)),
                new org.genaiplan.ui.lessons.LessonsView(
                        new org.genaiplan.ui.lessons.LessonsViewModel(editor, main.messageProperty(), LocalDate::now))));
        Tab qualityTab = window.addLazyTab("Quality", "mdi2c-chart-line",
                () -> new QualityView(quality, () -> csv(dialogs), dialogs::showImportProblems));
        window.addStatusBadge(new GateBadge(editor, () -> window.tabs().getSelectionModel().select(qualityTab)));
        editor.addChangeListener(change -> {
            if (change.settings()) {
                window.redrawGantt(); // a gate's colour may have changed
            }
        });
        window.setEvaluationImport(() -> {
            window.tabs().getSelectionModel().select(qualityTab);
            csv(dialogs).ifPresent(file -> {
                var problems = quality.importEvaluation(file);
                if (problems != null) {
                    dialogs.showImportProblems(file.getFileName() + " was not imported", problems);
                }
            });
        });
    }

    /** A CSV of evaluation results; an Excel file chosen instead is refused with a sentence. */
    private static Optional<java.nio.file.Path> csv(Dialogs dialogs) {
        Optional<java.nio.file.Path> file = dialogs.chooseTableToImport();
        if (file.isPresent() && !file.get().getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            dialogs.showError("Cannot import evaluation results", "Evaluation results are read from CSV files (metric,"
                    + " date, value, sample size, source); save the sheet as CSV first.");
            return Optional.empty();
        }
        return file;
    }
}
