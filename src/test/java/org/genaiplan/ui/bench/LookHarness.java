package org.genaiplan.ui.bench;

import java.time.LocalDate;
import java.util.prefs.Preferences;
import javafx.application.Application;
import javafx.stage.Stage;
import org.genaiplan.templates.TemplateCatalog;
import org.genaiplan.ui.FxDialogs;
import org.genaiplan.ui.RecentFiles;
import org.genaiplan.ui.Workbench;
import org.genaiplan.ui.testing.MemoryClipboard;
import org.genaiplan.ui.testing.MemoryDocuments;
import org.genaiplan.ui.ScheduleFormats;
import org.genaiplan.schedule.CpmScheduler;

/** Hand-run: shows the window over a template plan, to look at it (screenshots under Xvfb). */
public final class LookHarness extends Application {
    public static void main(String[] args) {
        launch(args);
    }

    @Override
    public void start(Stage stage) {
        MemoryDocuments docs = new MemoryDocuments();
        Workbench bench = Workbench.create(new Workbench.Ports(docs, new ScheduleFormats(), CpmScheduler::new,
                FxDialogs::new, new RecentFiles(Preferences.userRoot().node("genaiplan-look")), Runnable::run,
                new MemoryClipboard()), stage, stage::hide);
        String id = getParameters().getRaw().isEmpty() ? "llm-chatbot" : getParameters().getRaw().getFirst();
        var plan = TemplateCatalog.load().template(id).instantiate(LocalDate.of(2026, 3, 2));
        bench.editor().setSession(docs.session(plan), false);
        stage.show();
        String show = getParameters().getRaw().size() > 1 ? getParameters().getRaw().get(1) : "";
        var pause = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(2));
        pause.setOnFinished(e -> {
            var task = plan.taskByWbsCode("1.2.2");
            if (show.equals("error")) {
                bench.window().wbsView().startEdit(task.id(), org.genaiplan.ui.wbs.WbsColumn.DURATION);
                var field = (javafx.scene.control.TextField) stage.getScene().getFocusOwner();
                field.setText("abc");
                field.fireEvent(new javafx.event.ActionEvent());
            } else if (show.equals("menu")) {
                bench.wbs().select(java.util.List.of(task.id()));
                ((javafx.scene.control.MenuBar) stage.getScene().lookup("#menuBar")).getMenus().get(2).show();
            } else if (show.equals("find")) {
                bench.window().wbsView().showFind();
            }
        });
        pause.play();
    }
}
