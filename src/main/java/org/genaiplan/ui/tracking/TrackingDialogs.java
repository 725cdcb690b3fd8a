package org.genaiplan.ui.tracking;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.genaiplan.export.ActualsCsv;
import org.genaiplan.export.ImportException;
import org.genaiplan.export.ImportProblem;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.tracking.Baseline;
import org.genaiplan.model.tracking.EacMethod;
import org.genaiplan.model.tracking.Tracking;
import org.genaiplan.schedule.tracking.ActualsUpdate;
import org.genaiplan.schedule.tracking.BaselineCapture;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.command.ImportActualsCommand;
import org.genaiplan.ui.command.SetTrackingCommand;
import org.genaiplan.ui.command.UpdateToStatusDateCommand;

/**
 * The Project menu's tracking commands: save a baseline, manage the baselines (compare, rename, delete, EAC
 * method), import actuals from a CSV file, update the plan to the status date and show earned value. Every
 * change is one undoable command; {@code tell} puts a sentence in the status bar.
 */
public final class TrackingDialogs {
    private final PlanEditor editor;
    private final Consumer<String> tell;

    public TrackingDialogs(PlanEditor editor, Consumer<String> tell) {
        this.editor = editor;
        this.tell = tell;
    }

    public void saveBaseline(Window owner) {
        Plan plan = editor.plan();
        TextInputDialog ask = new TextInputDialog("Baseline " + (plan.tracking().baselines().size() + 1));
        ask.initOwner(owner);
        ask.setTitle("Save baseline");
        ask.setHeaderText("Keep today's dates, work, costs and GPU-hours of every task under a name.");
        ask.setContentText("Name:");
        ask.getDialogPane().setId("saveBaselineDialog");
        Optional<String> name = ask.showAndWait();
        if (name.isEmpty()) {
            return;
        }
        run(owner, () -> {
            Baseline b = BaselineCapture.of(plan, name.get(), LocalDateTime.now().withNano(0));
            boolean replaces = plan.tracking().baseline(b.name()) != null;
            if (replaces && !confirm(owner, "A baseline \u201c" + b.name() + "\u201d exists. Replace it?")) {
                return;
            }
            editor.execute(new SetTrackingCommand("Save baseline " + b.name(), plan.tracking().withBaseline(b)));
            tell.accept("Saved baseline \u201c" + b.name() + "\u201d: " + b.tasks().size() + " tasks.");
        });
    }

    /** The baselines in a list with Compare, Rename and Delete, and the EAC method. */
    public void manageBaselines(Window owner) {
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle("Baselines");
        dialog.getDialogPane().setId("baselinesDialog");
        dialog.getDialogPane().getStylesheets().add(TrackingDialogs.class.getResource("tracking.css").toExternalForm());
        ListView<String> list = new ListView<>();
        list.getStyleClass().add("baseline-list");
        ChoiceBox<EacMethod> method = new ChoiceBox<>();
        method.getItems().setAll(EacMethod.values());
        method.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(EacMethod m) {
                return m == null ? "" : m.formula();
            }

            @Override
            public EacMethod fromString(String s) {
                return null;
            }
        });
        Runnable fill = () -> {
            Tracking t = editor.plan().tracking();
            Baseline compared = t.comparedBaseline();
            list.getItems().setAll(t.baselines().stream()
                    .map(b -> (b == compared ? "\u2605 " : "   ") + b.name() + "  \u2014 saved "
                            + String.valueOf(b.savedAt()).replace('T', ' ') + ", " + b.tasks().size() + " tasks")
                    .toList());
            method.setValue(t.eacMethod());
        };
        fill.run();
        Button compare = new Button("Compare against");
        Button rename = new Button("Rename\u2026");
        Button delete = new Button("Delete");
        compare.setOnAction(e -> selected(list).ifPresent(name -> run(owner, () -> {
            editor.execute(new SetTrackingCommand("Compare against " + name, editor.plan().tracking().comparedTo(name)));
            fill.run();
        })));
        rename.setOnAction(e -> selected(list).ifPresent(name -> {
            TextInputDialog ask = new TextInputDialog(name);
            ask.initOwner(dialog.getDialogPane().getScene().getWindow());
            ask.setTitle("Rename baseline");
            ask.setHeaderText(null);
            ask.setContentText("New name:");
            ask.showAndWait().ifPresent(newName -> run(owner, () -> {
                editor.execute(new SetTrackingCommand("Rename baseline " + name,
                        editor.plan().tracking().renamed(name, newName)));
                fill.run();
            }));
        }));
        delete.setOnAction(e -> selected(list).ifPresent(name -> run(owner, () -> {
            editor.execute(new SetTrackingCommand("Delete baseline " + name,
                    editor.plan().tracking().withoutBaseline(name)));
            fill.run();
        })));
        method.setOnAction(e -> {
            EacMethod m = method.getValue();
            if (m != null && m != editor.plan().tracking().eacMethod()) {
                editor.execute(new SetTrackingCommand("Estimate at completion by " + m.formula(),
                        editor.plan().tracking().withEacMethod(m)));
            }
        });
        VBox content = new VBox(8, list, new HBox(8, compare, rename, delete),
                new HBox(8, new Label("Estimate at completion:"), method),
                new Label("\u2605 marks the baseline earned value and the Gantt chart compare against."));
        content.setPadding(new Insets(10));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    /** The name of the selected row (after the marker, before the dash). */
    private static Optional<String> selected(ListView<String> list) {
        String row = list.getSelectionModel().getSelectedItem();
        if (row == null) {
            return Optional.empty();
        }
        String name = row.substring(3);
        return Optional.of(name.substring(0, name.lastIndexOf("  \u2014 saved ")));
    }

    public void importActuals(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Import actuals");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV files", "*.csv", "*.txt"));
        java.io.File file = chooser.showOpenDialog(owner);
        if (file != null) {
            importActuals(owner, file.toPath());
        }
    }

    /** Reads {@code file}, lists the rows left out, and adds the good rows as one undoable step. */
    public void importActuals(Window owner, Path file) {
        ActualsCsv.Result result;
        try {
            result = ActualsCsv.read(file, editor.plan());
        } catch (ImportException e) {
            error(owner, "Actuals not imported", e.getMessage());
            return;
        }
        if (!result.problems().isEmpty()) {
            List<String> lines = result.problems().stream().map(ImportProblem::toString).toList();
            String text = String.join("\n", lines.subList(0, Math.min(lines.size(), 20)))
                    + (lines.size() > 20 ? "\n\u2026 and " + (lines.size() - 20) + " more" : "");
            if (result.rows().isEmpty()) {
                error(owner, "Actuals not imported", "No row of " + file.getFileName() + " could be used:\n" + text);
                return;
            }
            if (!confirm(owner, result.problems().size() + " rows of " + file.getFileName()
                    + " cannot be used and are left out:\n" + text + "\n\nImport the other " + result.rows().size()
                    + " rows?")) {
                return;
            }
        }
        run(owner, () -> {
            editor.execute(new ImportActualsCommand(new ActualsUpdate(result.rows(), null)));
            tell.accept("Imported " + result.rows().size() + " rows of actuals from " + file.getFileName() + ".");
        });
    }

    public void updateToStatusDate(Window owner) {
        Plan plan = editor.plan();
        if (plan.statusDate() == null) {
            error(owner, "No status date", "Set the status date in Project information first; work planned up to"
                    + " its end is then marked done.");
            return;
        }
        run(owner, () -> {
            UpdateToStatusDateCommand command = new UpdateToStatusDateCommand(plan.statusDate());
            editor.execute(command);
            tell.accept(command.changed() == 0 ? "Every task was already up to " + plan.statusDate() + "."
                    : "Marked the work of " + command.changed() + " tasks done up to " + plan.statusDate() + ".");
        });
    }

    /** Moves the work not started yet that should have started by the status date to the day after it. */
    public void rescheduleUnstarted(Window owner) {
        Plan plan = editor.plan();
        if (plan.statusDate() == null) {
            error(owner, "No status date", "Set the status date in Project information first; work not started by"
                    + " its end then moves to the next working day.");
            return;
        }
        run(owner, () -> {
            org.genaiplan.ui.command.RescheduleUnstartedCommand command =
                    new org.genaiplan.ui.command.RescheduleUnstartedCommand(plan.statusDate());
            editor.execute(command);
            tell.accept(command.moved() == 0 ? "No unstarted work was due before " + plan.statusDate() + "."
                    : "Moved " + command.moved() + " unstarted tasks to start after " + plan.statusDate() + ".");
        });
    }

    public void showEarnedValue(Window owner) {
        if (editor.plan().tracking().comparedBaseline() == null) {
            error(owner, "No baseline", "Earned value is measured against a baseline: save one first with"
                    + " Project > Save baseline.");
            return;
        }
        EarnedValueWindow.show(owner, editor);
    }

    private void run(Window owner, Runnable action) {
        try {
            action.run();
        } catch (ValidationException e) {
            error(owner, "Not changed", e.getMessage());
        }
    }

    private static boolean confirm(Window owner, String text) {
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, text, ButtonType.OK, ButtonType.CANCEL);
        a.initOwner(owner);
        a.setHeaderText(null);
        return a.showAndWait().filter(b -> b == ButtonType.OK).isPresent();
    }

    private static void error(Window owner, String title, String text) {
        Alert a = new Alert(Alert.AlertType.WARNING, text, ButtonType.OK);
        a.initOwner(owner);
        a.setTitle(title);
        a.setHeaderText(null);
        a.showAndWait();
    }
}
