package org.genaiplan.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.stage.Stage;
import org.genaiplan.store.StoreHome;
import org.genaiplan.ui.window.Workbench;
import org.genaiplan.ui.testing.ScriptedDialogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The window is up before its first plan, which is opened or created in the background. */
@ExtendWith(RobotExtension.class)
class FirstPlanTest {
    private final ScriptedDialogs dialogs = new ScriptedDialogs();
    private Stage stage;
    @TempDir
    Path folder;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private record Started(Workbench bench, boolean planAtOnce, boolean showing) {
    }

    private Started launch(Path file) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Workbench bench = new GenaiPlanApp().start(stage, new StoreHome(folder.resolve("home")),
                    Preferences.userRoot().node("genaiplan-test/" + UUID.randomUUID()), owner -> dialogs, file);
            return new Started(bench, bench.editor().session() != null, stage.isShowing());
        }).get();
    }

    @Test
    void theWindowIsShownFirstAndAnEmptyPlanFollows() throws Exception {
        Started started = launch(null);

        assertThat(started.showing()).isTrue();
        assertThat(started.planAtOnce()).as("the plan is made off the FX thread, after the window").isFalse();
        FirstPlan.await(started.bench());
        assertThat(started.bench().editor().plan().taskCount()).isZero();
        assertThat(started.bench().editor().session().file()).isEmpty();
        assertThat(stage.getTitle()).isEqualTo("Untitled \u2014 GenAI Planner");
    }

    @Test
    void aFileGivenOpensInTheBackgroundWithoutAnEmptyPlanFirst() throws Exception {
        Path plan = folder.resolve("forty.genaiplan");
        int code = GenaiPlanCommand.execute(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "generate", "--tasks", "40", plan.toString());
        assertThat(code).isZero();

        Started started = launch(plan);

        assertThat(started.planAtOnce()).isFalse();
        FirstPlan.await(started.bench());
        assertThat(started.bench().editor().session().file()).contains(plan);
        assertThat(started.bench().editor().plan().taskCount()).isEqualTo(40);
        assertThat(dialogs.errors).isEmpty();
        assertThat(started.bench().main().recentFiles().files()).contains(plan);
    }

    @Test
    void aFileThatCannotBeOpenedIsExplainedAndAnEmptyPlanTakesItsPlace() throws Exception {
        Path broken = Files.writeString(folder.resolve("broken.genaiplan"), "not a plan");

        Started started = launch(broken);

        FirstPlan.await(started.bench());
        assertThat(dialogs.errors).singleElement().asString().startsWith("Cannot open broken.genaiplan");
        assertThat(started.bench().editor().session().file()).isEmpty();
        assertThat(started.bench().editor().plan().taskCount()).isZero();
    }
}
