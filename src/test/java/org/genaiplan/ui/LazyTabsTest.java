package org.genaiplan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Tab;
import javafx.stage.Stage;
import org.genaiplan.ui.costs.CostView;
import org.genaiplan.ui.risks.RiskRegisterView;
import org.genaiplan.ui.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Risks and Costs tabs are built when first shown, so the window's first frame does not wait for them. */
@ExtendWith(ApplicationExtension.class)
class LazyTabsTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
    }

    private static Node shown(Tab tab) {
        return ((Parent) tab.getContent()).getChildrenUnmodifiable().getFirst();
    }

    @Test
    void risksAndCostsAreBuiltWhenTheirTabIsFirstShown(FxRobot robot) {
        MainWindow window = bench.window();
        assertThat(shown(window.risksTab())).isNotInstanceOf(RiskRegisterView.class);
        assertThat(shown(window.costsTab())).isNotInstanceOf(CostView.class);

        robot.interact(() -> window.tabs().getSelectionModel().select(window.risksTab()));
        assertThat(shown(window.risksTab())).isInstanceOf(RiskRegisterView.class).isSameAs(window.risksView());
        assertThat(shown(window.costsTab())).isNotInstanceOf(CostView.class);

        robot.interact(() -> window.tabs().getSelectionModel().select(window.costsTab()));
        assertThat(shown(window.costsTab())).isInstanceOf(CostView.class).isSameAs(window.costsView());
        assertThat(window.costsView().isDisabled()).as("a plan is open").isFalse();
    }

    @Test
    void askingForAViewBuildsItWithoutShowingItsTab(FxRobot robot) {
        MainWindow window = bench.window();
        robot.interact(window::risksView);
        RiskRegisterView risks = window.risksView();

        assertThat(risks).isNotNull().isSameAs(shown(window.risksTab()));
        assertThat(window.tabs().getSelectionModel().getSelectedItem()).isNotSameAs(window.risksTab());
        assertThat(risks.viewModel()).isNotNull();
    }
}
