package org.genaiplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.genaiplan.model.Dependency;
import org.genaiplan.model.DependencyType;
import org.genaiplan.model.Task;
import org.genaiplan.model.ValidationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Rows of the test plan:
 * <pre>
 * row 1  1    Phase A
 * row 2  1.1  Collect data
 * row 3  1.2  Clean data
 * row 4  2    Phase B
 * row 5  2.1  Train
 * row 6  3    Launch (top-level leaf)
 * </pre>
 */
class PredecessorFormatTest {
    private Net n;
    private Task phaseA;
    private Task collect;
    private Task clean;
    private Task train;
    private Task launch;
    private PredecessorFormat format;

    @BeforeEach
    void plan() {
        n = new Net();
        phaseA = n.plan.addTask(null, "Phase A");
        collect = n.child(phaseA, "Collect data", 2);
        clean = n.child(phaseA, "Clean data", 1);
        Task phaseB = n.plan.addTask(null, "Phase B");
        train = n.child(phaseB, "Train", 3);
        launch = n.task("Launch", 1);
        format = new PredecessorFormat(n.plan);
    }

    @Test
    void readsRowNumbersWbsCodesTypesAndLags() {
        List<Dependency> deps = format.parse(launch, "3, 1.1SS+2d, 5ff-4h,1sf");

        assertThat(deps).containsExactly(
                new Dependency(clean.id(), launch.id(), DependencyType.FS, 0),
                new Dependency(collect.id(), launch.id(), DependencyType.SS, 960),
                new Dependency(train.id(), launch.id(), DependencyType.FF, -240),
                new Dependency(phaseA.id(), launch.id(), DependencyType.SF, 0));
    }

    @Test
    void writesLinksBackSoTheyReadTheSame() {
        List<Dependency> deps = format.parse(launch, "1.2, 1.1SS+2d, 2.1FF-4h, 1SF");
        deps.forEach(n.plan::addDependency);

        String text = format.format(launch);

        assertThat(text).isEqualTo("1.2, 1.1SS+2d, 2.1FF-4h, 1SF");
        assertThat(format.parse(launch, text)).containsExactlyElementsOf(deps);
    }

    @Test
    void topLevelTasksAreWrittenByRowNumber() {
        Task last = n.task("After launch", 1);
        n.link(launch, last);
        assertThat(format.format(last)).isEqualTo("6");
        assertThat(format.parse(last, "6")).containsExactly(Dependency.finishToStart(launch.id(), last.id()));
    }

    @Test
    void refusesMissingRowsSelfLinksRepeatsAndLoops() {
        assertThatThrownBy(() -> format.parse(launch, "9")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"9\": there is no row 9 (the plan has 6 rows).");
        assertThatThrownBy(() -> format.parse(launch, "1.7SS")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"1.7SS\": no task has the WBS code 1.7.");
        assertThatThrownBy(() -> format.parse(launch, "2.1, 6")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"6\" is this task itself; a task cannot depend on itself.");
        assertThatThrownBy(() -> format.parse(launch, "5, 2.1FS+1d")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"2.1FS+1d\" lists \"Train\" a second time.");
        assertThatThrownBy(() -> format.parse(launch, "3XY")).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Entry \"3XY\" is not understood");
        assertThatThrownBy(() -> format.parse(launch, "3FS+soon")).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Entry \"3FS+soon\" has a lag that is not a duration");

        n.link(clean, train);
        assertThatThrownBy(() -> format.parse(clean, "2.1")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"2.1\" would make a loop: 2.1 -> 1.2 -> 2.1.");
        assertThatThrownBy(() -> format.parse(clean, "1")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"1\" would make a loop: 1 -> 1.2 -> 1.");
    }

    @Test
    void emptyTextMeansNoPredecessors() {
        assertThat(format.parse(launch, "  ")).isEmpty();
        assertThat(format.format(launch)).isEmpty();
    }
}
