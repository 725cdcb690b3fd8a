package org.genaiplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
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
 * ID 1  1    Phase A
 * ID 2  1.1  Collect data
 * ID 3  1.2  Clean data
 * ID 4  2    Phase B
 * ID 5  2.1  Train
 * ID 6  3    Launch (top-level leaf)
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
    void readsIdsTypesAndLags() {
        List<Dependency> deps = format.parse(launch, "3, 2SS+2d, 5ff-4h,1sf; 4 FS + 1 day");

        assertThat(deps).containsExactly(
                new Dependency(clean.id(), launch.id(), DependencyType.FS, 0),
                new Dependency(collect.id(), launch.id(), DependencyType.SS, 960),
                new Dependency(train.id(), launch.id(), DependencyType.FF, -240),
                new Dependency(phaseA.id(), launch.id(), DependencyType.SF, 0),
                new Dependency(n.plan.taskByWbsCode("2").id(), launch.id(), DependencyType.FS, 480));
    }

    @Test
    void readsWbsCodesAfterTheLetterW() {
        List<Dependency> deps = format.parse(launch, "W1.2, w1.1SS+2d, W 2.1FF-4h, W1sf");

        assertThat(deps).containsExactly(
                new Dependency(clean.id(), launch.id(), DependencyType.FS, 0),
                new Dependency(collect.id(), launch.id(), DependencyType.SS, 960),
                new Dependency(train.id(), launch.id(), DependencyType.FF, -240),
                new Dependency(phaseA.id(), launch.id(), DependencyType.SF, 0));
    }

    @Test
    void writesEveryPredecessorByIdSoTheTextReadsBackTheSame() {
        List<Dependency> deps = format.parse(launch, "W1.2, W1.1SS+2d, W2.1FF-4h, W1SF");
        deps.forEach(n.plan::addDependency);

        String text = format.format(launch);

        assertThat(text).as("nested and top-level tasks alike are shown by ID").isEqualTo("3, 2SS+2d, 5FF-4h, 1SF");
        assertThat(format.parse(launch, text)).containsExactlyElementsOf(deps);
    }

    @Test
    void idsFollowTheOutlineWhenRowsAreInsertedAbove() {
        n.link(train, launch);
        assertThat(format.format(launch)).isEqualTo("5");

        n.plan.addTask(phaseA, 0, "Kick-off");

        assertThat(format.format(launch)).isEqualTo("6");
        assertThat(format.ids().idOf(launch)).isEqualTo(7);
        assertThat(format.ids().taskWithId(2).name()).isEqualTo("Kick-off");
    }

    @Test
    void aDottedCodeWithoutThePrefixIsRefusedWithTheWayToWriteIt() {
        assertThatThrownBy(() -> format.parse(launch, "1.2")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"1.2\" looks like a WBS code; predecessors are given by ID, so write W1.2 for the "
                        + "task with WBS code 1.2.");
    }

    @Test
    void refusesMissingTasksSelfLinksRepeatsAndLoops() {
        assertThatThrownBy(() -> format.parse(launch, "9")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"9\": no task has the ID 9 (the IDs go from 1 to 6).");
        assertThatThrownBy(() -> format.parse(launch, "0")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"0\": no task has the ID 0 (the IDs go from 1 to 6).");
        assertThatThrownBy(() -> format.parse(launch, "99999999999999999999999")).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Entry \"99999999999999999999999\": no task has the ID");
        assertThatThrownBy(() -> format.parse(launch, "W1.7SS")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"W1.7SS\": no task has the WBS code 1.7.");
        assertThatThrownBy(() -> format.parse(launch, "5, 6")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"6\" is this task itself; a task cannot depend on itself.");
        assertThatThrownBy(() -> format.parse(launch, "5, W2.1FS+1d")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"W2.1FS+1d\" lists \"Train\" a second time.");
        assertThatThrownBy(() -> format.parse(launch, "3XY")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"3XY\" is not understood; write an ID (3) or a WBS code after W (W1.2), "
                        + "optionally a type (FS, SS, FF, SF) and a lag, such as 3FS+2d.");
        assertThatThrownBy(() -> format.parse(launch, "3FSS")).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Entry \"3FSS\" is not understood");
        assertThatThrownBy(() -> format.parse(launch, "3 2d")).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Entry \"3 2d\" is not understood");
        assertThatThrownBy(() -> format.parse(launch, "W")).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Entry \"W\" is not understood");
        assertThatThrownBy(() -> format.parse(launch, "3FS+soon")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"3FS+soon\" has a lag that is not a duration; write it like +2d or -4h.");
        assertThatThrownBy(() -> format.parse(launch, "3FS+")).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Entry \"3FS+\" has a lag that is not a duration");
        assertThatThrownBy(() -> format.parse(launch, "3FS+-2d")).isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("Entry \"3FS+-2d\" has a lag that is not a duration");

        n.link(clean, train);
        assertThatThrownBy(() -> format.parse(clean, "5")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"5\" would make a loop: 5 -> 3 -> 5.");
        assertThatThrownBy(() -> format.parse(clean, "1")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"1\" would make a loop: 1 -> 3 -> 1.");
    }

    /**
     * 100,000-character cells. A regular expression with nested repetition took minutes on the first one; the
     * hand scanner reads each in linear time. The timeout only guards against such a hang (speed itself is
     * measured in the benchmark).
     */
    @Test
    void hugeCellsAreRefusedWithAShortMessage() {
        assertTimeoutPreemptively(Duration.ofSeconds(10), this::refuseHugeCells);
    }

    private void refuseHugeCells() {
        String spaces = " ".repeat(100_000);
        assertThatThrownBy(() -> format.parse(launch, "1" + spaces + "x")).isInstanceOf(ValidationException.class)
                .hasMessage("Entry \"1\u2026\" is not understood; write an ID (3) or a WBS code after W (W1.2), "
                        + "optionally a type (FS, SS, FF, SF) and a lag, such as 3FS+2d.");
        assertThatThrownBy(() -> format.parse(launch, "1FS+1d," + spaces + "x"))
                .hasMessageStartingWith("Entry \"x\" is not understood");
        assertThatThrownBy(() -> format.parse(launch, "1FS+1d" + spaces + "x"))
                .hasMessageStartingWith("Entry \"1FS+1d\u2026\" has a lag that is not a duration");
        assertThatThrownBy(() -> format.parse(launch, "1FS+1d," + spaces + ",x"))
                .hasMessageStartingWith("Entry \"x\" is not understood");
        assertThatThrownBy(() -> format.parse(launch, "W" + "1.".repeat(50_000) + "x"))
                .hasMessageStartingWith("Entry \"W1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1.1\u2026\" is not understood");
        assertThatThrownBy(() -> format.parse(launch, "1" + "0".repeat(100_000)))
                .hasMessageStartingWith("Entry \"1000000000000000000000000000000000000000\u2026\": no task has the ID");
        assertThatThrownBy(() -> format.parse(launch, "1FS+1d," + "1,".repeat(50_000)))
                .hasMessage("Entry \"1\" lists \"Phase A\" a second time.");
    }

    @Test
    void emptyTextMeansNoPredecessors() {
        assertThat(format.parse(launch, "  ")).isEmpty();
        assertThat(format.parse(launch, " , ;")).isEmpty();
        assertThat(format.parse(launch, null)).isEmpty();
        assertThat(format.format(launch)).isEmpty();
    }
}
