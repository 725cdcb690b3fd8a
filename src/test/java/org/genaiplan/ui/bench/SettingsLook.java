package org.genaiplan.ui.bench;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.SimpleStringProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.UndoStack;
import org.genaiplan.ui.project.ProjectInfoDialog;
import org.genaiplan.ui.project.ProjectInfoViewModel;
import org.genaiplan.ui.resources.ResourcesView;
import org.genaiplan.ui.testing.MemoryDocuments;

/**
 * Hand-run under Xvfb: the Project information dialog with two holidays and the Resources tab over the
 * chatbot template, each written as a PNG into the folder given as the first argument.
 */
public final class SettingsLook extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        Path out = Path.of(getParameters().getRaw().isEmpty() ? "." : getParameters().getRaw().getFirst());
        Plan plan = TemplateCatalog.load().template("llm-chatbot").instantiate(LocalDate.of(2026, 11, 30));
        plan.resources().putPerson(new Person("Dana Reyes", plan.roles().iterator().next().name(), null, 80,
                "Mondays off"));
        plan.resources().putPerson(new Person("Sam Okafor", null, new BigDecimal("70"), 50, "Leaves in June"));
        plan.tasksInOrder().stream().filter(t -> !t.hasChildren()).findFirst().ifPresent(t -> t.setOwnerRole("Dana Reyes"));
        plan.changes().drain();
        PlanEditor editor = new PlanEditor(CpmScheduler::new, new UndoStack());
        editor.setSession(new MemoryDocuments().session(plan), false);
        var message = new SimpleStringProperty("");

        ResourcesView view = new ResourcesView(editor, message);
        stage.setScene(new Scene(view, 1200, 720));
        stage.setTitle("Resources");
        stage.show();

        ProjectInfoViewModel vm = ProjectInfoViewModel.create(editor, message);
        vm.nameProperty().set("Support chatbot");
        vm.statusDateProperty().set(LocalDate.of(2026, 12, 14));
        vm.deadlineProperty().set(LocalDate.of(2027, 4, 30));
        vm.addException(LocalDate.of(2026, 12, 25), null, "Christmas Day");
        vm.addException(LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1), "New Year");
        ProjectInfoDialog dialog = new ProjectInfoDialog(vm, false);
        dialog.initOwner(stage);
        dialog.show();

        var pause = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        pause.setOnFinished(e -> {
            try {
                write(dialog.getDialogPane().getScene(), out.resolve("project-information.png"));
                write(stage.getScene(), out.resolve("resources-tab.png"));
            } catch (IOException ex) {
                ex.printStackTrace();
            }
            List.of(dialog).forEach(ProjectInfoDialog::close);
            Platform.exit();
        });
        pause.play();
    }

    private static void write(Scene scene, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        ImageIO.write(SwingFXUtils.fromFXImage(scene.snapshot(null), null), "png", file.toFile());
    }
}
