package org.genaiplan.ui.window;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TableRow;
import javafx.stage.Stage;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.testing.Slow;
import org.genaiplan.ui.rows.TaskRow;
import org.genaiplan.ui.testing.Fixture;
import org.genaiplan.ui.wbs.WbsColumn;
import org.genaiplan.ui.wbs.WbsSheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;

/**
 * Journey: a PM visits the tabs in every order (all 24 orders of WBS, Gantt, Risks and Costs, and every step
 * from one of the five tabs to another), editing in each, and the sheets never go blank: after every step the visible sheet shows the plan's rows and no
 * exception reached the UI thread. (The sheet used to move between tabs and stayed blank after the Gantt
 * tab had been visited.) Slow: 136 tab visits, each styled and laid out in full.
 */
@Slow
@ExtendWith(RobotExtension.class)
class TabWalkJourneyTest {
    private final Fixture fixture = new Fixture();
    private final List<Throwable> failures = new CopyOnWriteArrayList<>();
    private Thread.UncaughtExceptionHandler previous;
    private Workbench bench;
    private int roles;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
    }

    @BeforeEach
    void catchFailures(FxRobot robot) {
        robot.interact(() -> {
            previous = Thread.currentThread().getUncaughtExceptionHandler();
            Thread.currentThread().setUncaughtExceptionHandler((t, e) -> failures.add(e));
            for (String name : List.of("Collect data", "Clean data", "Fine-tune", "Evaluate", "Launch")) {
                bench.wbs().insertTask();
                long id = bench.selection().focusedId();
                bench.edits().edit(bench.wbs().rows().row(id), WbsColumn.NAME, name);
            }
        });
    }

    @AfterEach
    void restore(FxRobot robot) {
        robot.interact(() -> Thread.currentThread().setUncaughtExceptionHandler(previous));
    }

    @Test
    void everyOrderOfTabsKeepsTheSheetsFilledAndEditable(FxRobot robot) {
        List<Tab> tabs = bench.window().tabs().getTabs();
        int n = tabs.size();
        assertThat(n).as("WBS, Gantt, Risks, Costs, Resources, Issues, Quality, Risk analysis, Decisions, Stakeholders")
                .isEqualTo(10);
        int visits = 0;
        List<List<Integer>> walks = new ArrayList<>(permutations(List.of(0, 1, 2, 3)));
        // and every step from one tab to another, the later tabs included
        for (int from = 0; from < n; from++) {
            for (int to = 0; to < n; to++) {
                if (from != to) {
                    walks.add(List.of(from, to));
                }
            }
        }
        for (List<Integer> order : walks) {
            // One order at a time on the UI thread, a layout pass after each step as a frame would have.
            List<String> problems = new ArrayList<>();
            robot.interact(() -> {
                for (int index : order) {
                    bench.window().tabs().getSelectionModel().select(index);
                    frame();
                    editIn(index);
                    frame();
                    if (index == 0) {
                        problems.addAll(sheetProblems(bench.window().wbsView(), order));
                    } else if (index == 1) {
                        problems.addAll(sheetProblems(bench.window().ganttView().sheet(), order));
                        if (bench.window().ganttView().chart().frames() == 0) {
                            problems.add("the chart drew nothing after " + order);
                        }
                    }
                }
            });
            visits += order.size();
            assertThat(problems).isEmpty();
        }
        int pairVisits = 2 * (n - 1); // each tab is in this many of the two-step walks
        assertThat(visits).isEqualTo(96 + n * pairVisits);
        assertThat(failures).as("exceptions on the UI thread").isEmpty();
        // Every edit was recorded: a day more per visit of the WBS tab, a risk per visit of the Risks tab.
        Plan plan = bench.editor().plan();
        assertThat(plan.risks()).hasSize(24 + pairVisits);
        assertThat(plan.roots().getFirst().durationMinutes()).isEqualTo((24 + pairVisits) * 480L + 480);
        assertThat(plan.resources().roles()).extracting(org.genaiplan.model.Role::name)
                .contains("Tab walker 1", "Tab walker " + pairVisits);
    }

    /** One edit through the tab's own part of the window. */
    private void editIn(int tab) {
        Plan plan = bench.editor().plan();
        Task first = plan.roots().getFirst();
        switch (tab) {
            case 0 -> bench.edits().edit(bench.wbs().rows().row(first.id()), WbsColumn.DURATION,
                    (first.durationMinutes() / 480 + 1) + "d");
            case 1 -> bench.wbs().select(List.of(plan.roots().get(1).id()));
            case 2 -> bench.window().risksView().viewModel().addBlank();
            case 3 -> bench.window().costsView().viewModel().costLines().lines().size();
            case 4 -> bench.window().resourcesView().viewModel().addRole("Tab walker " + ++roles);
            default -> { } // Issues, Quality, Risk analysis, Decisions, Stakeholders: shown and laid out, the sheets checked after them
        }
    }

    /** What a pulse does: styles, layout, and the chart's drawing. */
    private void frame() {
        bench.scene().getRoot().applyCss();
        bench.scene().getRoot().layout();
        bench.window().ganttView().chart().drawIfNeeded();
    }

    /** Why the sheet would look blank or wrong now, or nothing. */
    private List<String> sheetProblems(WbsSheet sheet, List<Integer> order) {
        List<String> problems = new ArrayList<>();
        if (sheet.getScene() == null || !sheet.isVisible() || sheet.isDisabled()) {
            problems.add(sheet.getId() + " is not on screen after " + order);
            return problems;
        }
        List<String> names = new ArrayList<>();
        for (Node n : sheet.table().lookupAll(".wbs-row")) {
            if (n instanceof TableRow<?> r && r.isVisible() && r.getItem() instanceof TaskRow row
                    && r.getTableView() == sheet.table()) {
                names.add(bench.texts().text(row, WbsColumn.NAME));
            }
        }
        if (!names.contains("Collect data") || !names.contains("Launch")) {
            problems.add(sheet.getId() + " shows " + names + " after " + order);
        }
        return problems;
    }

    private static List<List<Integer>> permutations(List<Integer> items) {
        if (items.size() <= 1) {
            return List.of(items);
        }
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            List<Integer> rest = new ArrayList<>(items);
            Integer head = rest.remove(i);
            for (List<Integer> tail : permutations(rest)) {
                List<Integer> p = new ArrayList<>();
                p.add(head);
                p.addAll(tail);
                out.add(p);
            }
        }
        return out;
    }
}
