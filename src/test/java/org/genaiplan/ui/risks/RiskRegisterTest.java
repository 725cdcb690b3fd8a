package org.genaiplan.ui.risks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Task;
import org.genaiplan.templates.RiskLibraryEntry;
import org.genaiplan.ui.window.Workbench;
import org.genaiplan.ui.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.genaiplan.ui.testing.RobotExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the risk register as a PM would: library, in-place edits, heat map, links, undo. */
@ExtendWith(RobotExtension.class)
class RiskRegisterTest {
    private final Fixture fixture = new Fixture();
    private Workbench bench;

    @Start
    void start(Stage stage) throws Exception {
        bench = fixture.start(stage);
        bench.window().tabs().getSelectionModel().select(bench.window().risksTab());
    }

    private RiskRegisterView view() {
        return bench.window().risksView();
    }

    private RiskRegisterViewModel vm() {
        return view().viewModel();
    }

    private Plan plan() {
        return bench.editor().plan();
    }

    private RiskLibraryEntry entry(String id) {
        return vm().library().entry(id);
    }

    private List<Long> addFromLibrary(FxRobot robot, String... ids) {
        List<RiskLibraryEntry> entries = java.util.Arrays.stream(ids).map(this::entry).toList();
        List<List<Long>> out = new java.util.ArrayList<>();
        robot.interact(() -> out.add(vm().addFromLibrary(entries)));
        return out.getFirst();
    }

    private void chord(FxRobot robot, KeyCode... keys) {
        robot.press(keys);
        robot.release(keys);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Focuses a cell and types a value into it with F2, as a user would. */
    private void type(FxRobot robot, long riskId, RiskColumn column, String text) {
        robot.interact(() -> view().select(riskId, column));
        robot.type(KeyCode.F2);
        waitUntilEditing(); // the editor is laid out on the next pulse: the keys go to it only once it is there
        chord(robot, KeyCode.CONTROL, KeyCode.A);
        if (!text.isEmpty()) {
            robot.write(text);
        } else {
            robot.type(KeyCode.BACK_SPACE);
        }
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitUntilEditing() {
        try {
            WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, () -> view().isEditing());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("F2 did not open the cell's editor within 5 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String value(long riskId, RiskColumn column) {
        return vm().row(riskId).value(column);
    }

    private List<String> shownIds() {
        return view().table().getItems().stream().map(r -> r.value(RiskColumn.ID)).toList();
    }

    private List<String> scoreClasses(FxRobot robot, long riskId) {
        List<List<String>> out = new java.util.ArrayList<>();
        robot.interact(() -> out.add(List.copyOf(view().cellAt(vm().row(riskId), RiskColumn.SCORE).getStyleClass())));
        return out.getFirst();
    }

    /** The tick box of the library row at {@code index}, as it is on screen now. */
    private CheckBox libraryBox(FxRobot robot, int index) {
        return robot.lookup("#libraryList .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getIndex() == index && !c.isEmpty())
                .map(c -> (CheckBox) robot.from(c).lookup(".check-box").query())
                .findFirst().orElseThrow();
    }

    @Test
    void addsSeveralRisksFromTheLibraryAsOneUndoableAction(FxRobot robot) {
        robot.clickOn("#riskAddFromLibrary");
        robot.clickOn("#librarySearch").write("customer data");
        int found = robot.lookup("#libraryList").queryListView().getItems().size();
        assertThat(found).isGreaterThanOrEqualTo(1);
        robot.clickOn("#librarySearch");
        chord(robot, KeyCode.CONTROL, KeyCode.A);
        robot.write("PII");
        assertThat(robot.lookup("#libraryList").queryListView().getItems().size()).isGreaterThanOrEqualTo(2);
        robot.clickOn(libraryBox(robot, 0));
        robot.clickOn(libraryBox(robot, 1));
        assertThat(robot.lookup("#libraryAdd").queryButton().getText()).isEqualTo("Add 2");
        robot.clickOn("#libraryAdd");

        assertThat(plan().risks()).hasSize(2);
        assertThat(view().table().getItems()).hasSize(2);
        assertThat(plan().risks().getFirst().code()).isEqualTo("R-001");
        assertThat(bench.editor().undoStack().undoTextProperty().get()).isEqualTo("Undo Add 2 risks");
        assertThat(robot.lookup("#libraryPanel").tryQuery()).isEmpty();

        robot.clickOn(view().table());
        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(plan().risks()).isEmpty();
        assertThat(view().table().getItems()).isEmpty();
        assertThat(bench.window().tabs().getSelectionModel().getSelectedItem()).isSameAs(bench.window().risksTab());
        chord(robot, KeyCode.CONTROL, KeyCode.Y);
        assertThat(plan().risks().stream().map(Risk::code).toList()).containsExactly("R-001", "R-002");
    }

    @Test
    void editingProbabilityAndImpactRecolourTheScore(FxRobot robot) {
        long id = addFromLibrary(robot, "data-too-little").getFirst(); // P3 x I4 = 12
        assertThat(value(id, RiskColumn.SCORE)).isEqualTo("12");
        assertThat(scoreClasses(robot, id)).contains("band-amber");

        type(robot, id, RiskColumn.PROBABILITY, "5");
        assertThat(value(id, RiskColumn.SCORE)).isEqualTo("20");
        assertThat(scoreClasses(robot, id)).contains("band-red").doesNotContain("band-amber");

        type(robot, id, RiskColumn.IMPACT, "1");
        type(robot, id, RiskColumn.PROBABILITY, "2");
        assertThat(value(id, RiskColumn.SCORE)).isEqualTo("2");
        assertThat(scoreClasses(robot, id)).contains("band-green");
        assertThat(plan().risk(id).score()).isEqualTo(2);

        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(value(id, RiskColumn.SCORE)).isEqualTo("20");
        assertThat(scoreClasses(robot, id)).contains("band-red");
        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(plan().risk(id).probability()).isEqualTo(3);
        assertThat(scoreClasses(robot, id)).contains("band-amber");
    }

    @Test
    void invalidValuesAreRefusedWithAMessageAtTheCell(FxRobot robot) {
        long id = addFromLibrary(robot, "data-too-little").getFirst();
        int commands = bench.editor().undoStack().size();

        type(robot, id, RiskColumn.PROBABILITY, "7");
        assertThat(view().cellErrorText()).isEqualTo("Probability must be rated 1 to 5, not 7.");
        assertThat(plan().risk(id).probability()).isEqualTo(3);
        assertThat(value(id, RiskColumn.PROBABILITY)).isEqualTo("3");

        type(robot, id, RiskColumn.TITLE, "");
        assertThat(view().cellErrorText()).isEqualTo("A risk needs a title.");
        assertThat(plan().risk(id).title()).isEqualTo("Too little usable domain data");

        type(robot, id, RiskColumn.COST_IMPACT, "lots");
        assertThat(view().cellErrorText())
                .isEqualTo("The cost impact must be a number such as 120 or 1,250.50, not \"lots\".");

        type(robot, id, RiskColumn.TASKS, "9.9");
        assertThat(view().cellErrorText()).isEqualTo("There is no task with the WBS code 9.9.");
        assertThat(bench.editor().undoStack().size()).isEqualTo(commands);

        type(robot, id, RiskColumn.COST_IMPACT, "20000");
        assertThat(value(id, RiskColumn.EXPOSURE)).isEqualTo("10,000.00"); // P3 = 50 %
    }

    @Test
    void clickingAHeatMapCellFiltersTheGrid(FxRobot robot) {
        // P3 x I4, P3 x I4, P3 x I5
        List<Long> ids = addFromLibrary(robot, "data-too-little", "data-unrepresentative", "pii-in-training-data");
        assertThat(robot.lookup("#heat-p3-i4").queryButton().getText()).isEqualTo("2");
        assertThat(robot.lookup("#heat-p3-i5").queryButton().getText()).isEqualTo("1");
        assertThat(robot.lookup("#heat-p3-i4").queryButton().getStyleClass()).contains("band-amber");
        assertThat(robot.lookup("#heat-p3-i5").queryButton().getStyleClass()).contains("band-red");

        robot.clickOn("#heat-p3-i5");
        assertThat(shownIds()).containsExactly(plan().risk(ids.get(2)).code());
        assertThat(robot.lookup("#riskSummary").queryLabeled().getText()).isEqualTo("1 of 3 risks shown");
        robot.clickOn("#heat-p3-i4");
        assertThat(shownIds()).hasSize(2);
        robot.clickOn("#heat-p3-i4");
        assertThat(shownIds()).hasSize(3);

        robot.clickOn("#heatResidual");
        int residualTotal = 0;
        for (int p = 1; p <= 5; p++) {
            for (int i = 1; i <= 5; i++) {
                residualTotal += vm().count(p, i);
            }
        }
        assertThat(residualTotal).isEqualTo(3);
        Risk first = plan().risk(ids.getFirst());
        String cell = "#heat-p" + first.residualProbability() + "-i" + first.residualImpact();
        robot.clickOn(cell);
        assertThat(view().table().getItems()).allMatch(r -> {
            Risk risk = plan().risk(r.riskId());
            return risk.residualProbability() == first.residualProbability()
                    && risk.residualImpact() == first.residualImpact();
        }).isNotEmpty();
        robot.clickOn(cell);
        assertThat(shownIds()).hasSize(3);
    }

    @Test
    void linksARiskToTasksAndTheWbsMarksThem(FxRobot robot) {
        robot.interact(() -> {
            bench.wbs().insertTask();
            bench.wbs().insertTask();
        });
        Task second = plan().tasksInOrder().get(1);
        long id = addFromLibrary(robot, "pii-sent-to-provider").getFirst();

        type(robot, id, RiskColumn.TASKS, "2");
        assertThat(plan().risk(id).linkedTaskIds()).containsExactly(second.id());
        assertThat(value(id, RiskColumn.TASKS)).isEqualTo("2");
        assertThat(bench.texts().text(bench.wbs().rows().row(second.id()), org.genaiplan.ui.wbs.WbsColumn.RISKS))
                .isEqualTo("R-001 Customer data sent to a hosted model API");

        // The link editor: tick the first task as well.
        Task first = plan().tasksInOrder().getFirst();
        robot.interact(() -> view().select(id, RiskColumn.TITLE));
        robot.clickOn("#riskLink");
        robot.interact(() -> view().linkPanel().setTicked(first.id(), true));
        robot.clickOn("#linkApply");
        assertThat(value(id, RiskColumn.TASKS)).isEqualTo("2, 1");
        assertThat(vm().linkedTaskLabels(id)).isEqualTo("2  " + second.name() + "\n1  " + first.name());

        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(value(id, RiskColumn.TASKS)).isEqualTo("2");

        // Deleting the task keeps the risk and drops the link; undo brings the link back.
        robot.interact(() -> {
            bench.wbs().select(List.of(second.id()));
            bench.wbs().delete();
        });
        assertThat(plan().risk(id)).isNotNull();
        assertThat(value(id, RiskColumn.TASKS)).isEmpty();
        robot.interact(() -> bench.wbs().undo());
        assertThat(value(id, RiskColumn.TASKS)).isEqualTo("2");
        assertThat(plan().risk(id).linkedTaskIds()).containsExactly(second.id());
    }

    @Test
    void filtersSearchAndSortsLikeASpreadsheet(FxRobot robot) {
        addFromLibrary(robot, "data-too-little", "pii-output-leak", "eu-ai-act-high-risk", "data-stale-sources");
        String privacy = entry("pii-output-leak").category().name();
        robot.interact(() -> vm().filters().shownCategories().setAll(privacy));
        assertThat(shownIds()).containsExactly("R-002");
        robot.interact(() -> vm().clearFilters());
        robot.clickOn(view().table());
        chord(robot, KeyCode.CONTROL, KeyCode.F);
        robot.write("superseded");
        assertThat(bench.window().tabs().getSelectionModel().getSelectedItem()).isSameAs(bench.window().risksTab());
        assertThat(shownIds()).containsExactly("R-004");
        robot.interact(() -> vm().clearFilters());
        robot.interact(() -> vm().filters().shownBands().setAll(org.genaiplan.model.ScoreBand.AMBER));
        assertThat(shownIds()).containsExactly("R-001", "R-002", "R-003", "R-004");
        robot.interact(() -> vm().clearFilters());

        TableColumn<RiskRowViewModel, ?> score = view().table().getColumns().get(RiskColumn.SCORE.ordinal());
        robot.interact(() -> {
            score.setSortType(TableColumn.SortType.DESCENDING);
            view().table().getSortOrder().setAll(score);
        });
        assertThat(view().table().getItems().stream().map(r -> Integer.parseInt(r.value(RiskColumn.SCORE))).toList())
                .containsExactly(12, 10, 10, 9);
    }

    @Test
    void pastesCellsAndRowsAsOneUndoEach(FxRobot robot) {
        long id = addFromLibrary(robot, "data-too-little").getFirst();
        robot.interact(() -> {
            view().select(id, RiskColumn.PROBABILITY);
            view().pasteText("5\t5\n");
        });
        assertThat(value(id, RiskColumn.SCORE)).isEqualTo("25");
        robot.interact(() -> {
            view().select(id, RiskColumn.TITLE);
            view().pasteText(RiskGrid.copyRowsText(List.of(vm().row(id))));
        });
        assertThat(plan().risks()).hasSize(2);
        assertThat(plan().risks().get(1).title()).isEqualTo("Too little usable domain data");
        assertThat(plan().risks().get(1).score()).isEqualTo(25);
        robot.interact(() -> vm().undo());
        assertThat(plan().risks()).hasSize(1);
        robot.interact(() -> vm().undo());
        assertThat(value(id, RiskColumn.SCORE)).isEqualTo("12");
    }

    @Test
    void theKeyboardAddsCopiesPastesAndDeletesRisks(FxRobot robot) {
        List<Long> ids = addFromLibrary(robot, "data-too-little", "pii-output-leak");
        robot.interact(() -> view().select(ids.getFirst(), RiskColumn.TITLE));

        robot.type(KeyCode.INSERT);
        robot.write("Vendor deprecates the model");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(bench.window().tabs().getSelectionModel().getSelectedItem()).isSameAs(bench.window().risksTab());
        assertThat(plan().risks()).hasSize(3);
        Risk added = plan().risks().getLast();
        assertThat(added.title()).isEqualTo("Vendor deprecates the model");

        // Typing on a selected cell replaces its value.
        robot.interact(() -> view().select(added.id(), RiskColumn.PROBABILITY));
        robot.write("4");
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(added.probability()).isEqualTo(4);

        // Ctrl+C on the P cell of the first risk, Ctrl+V on the P cell of the second.
        robot.interact(() -> view().select(ids.getFirst(), RiskColumn.PROBABILITY));
        chord(robot, KeyCode.CONTROL, KeyCode.C);
        robot.interact(() -> view().select(ids.get(1), RiskColumn.PROBABILITY));
        chord(robot, KeyCode.CONTROL, KeyCode.V);
        assertThat(plan().risk(ids.get(1)).probability()).isEqualTo(3);

        robot.interact(() -> view().select(added.id(), RiskColumn.TITLE));
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(plan().risks()).hasSize(2);
        chord(robot, KeyCode.CONTROL, KeyCode.Z);
        assertThat(plan().risks()).hasSize(3);
        assertThat(plan().risks().getLast().probability()).isEqualTo(4);
    }

    // ---- fitting the window ----

    private javafx.geometry.Bounds sceneBounds(FxRobot robot, javafx.scene.Node node) {
        List<javafx.geometry.Bounds> out = new java.util.ArrayList<>();
        robot.interact(() -> out.add(node.localToScene(node.getBoundsInLocal())));
        return out.getFirst();
    }

    /** The header of a column, as drawn. */
    private javafx.scene.Node header(FxRobot robot, RiskColumn column) {
        String id = "risk-col-" + column.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        return robot.from(view().table()).lookup(".column-header").match(n -> id.equals(n.getId())).query();
    }

    /** The part of the sheet rows are drawn in (the table less its vertical scroll bar). */
    private javafx.geometry.Bounds viewport(FxRobot robot) {
        return sceneBounds(robot, robot.from(view().table()).lookup(".clipped-container").query());
    }

    @Test
    void idAndTitleStayInPlaceWhileTheSheetScrollsSideways(FxRobot robot) {
        List<Long> ids = addFromLibrary(robot, "data-too-little", "pii-output-leak", "eu-ai-act-high-risk");
        RiskRowViewModel first = view().table().getItems().getFirst();
        javafx.geometry.Bounds rows = viewport(robot);
        double idLeft = sceneBounds(robot, header(robot, RiskColumn.ID)).getMinX();
        double mitigationLeft = sceneBounds(robot, header(robot, RiskColumn.MITIGATION)).getMinX();

        // Scroll to the last column, as Tab along a row would.
        robot.interact(() -> view().select(ids.getFirst(), RiskColumn.REVIEWED));
        robot.interact(() -> view().table().scrollToColumn(view().table().getColumns().getLast()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sceneBounds(robot, header(robot, RiskColumn.MITIGATION)).getMinX())
                .as("the sheet scrolled sideways").isLessThan(mitigationLeft - 200);

        javafx.geometry.Bounds id = sceneBounds(robot, header(robot, RiskColumn.ID));
        javafx.geometry.Bounds title = sceneBounds(robot, header(robot, RiskColumn.TITLE));
        assertThat(id.getMinX()).isCloseTo(idLeft, org.assertj.core.api.Assertions.within(1.0));
        assertThat(title.getMinX()).isCloseTo(id.getMaxX(), org.assertj.core.api.Assertions.within(1.0));
        javafx.geometry.Bounds idCell = sceneBounds(robot, view().cellAt(first, RiskColumn.ID));
        javafx.geometry.Bounds titleCell = sceneBounds(robot, view().cellAt(first, RiskColumn.TITLE));
        assertThat(idCell.getMinX()).isCloseTo(rows.getMinX(), org.assertj.core.api.Assertions.within(1.0));
        assertThat(titleCell.getMinX()).isCloseTo(title.getMinX(), org.assertj.core.api.Assertions.within(1.0));
        // A click there reaches the frozen Title, not the column scrolled under it.
        List<javafx.geometry.Bounds> onScreen = new java.util.ArrayList<>();
        robot.interact(() -> onScreen.add(view().cellAt(first, RiskColumn.TITLE).localToScreen(
                view().cellAt(first, RiskColumn.TITLE).getBoundsInLocal())));
        robot.clickOn(new javafx.geometry.Point2D(onScreen.getFirst().getCenterX(), onScreen.getFirst().getCenterY()));
        assertThat(view().table().getFocusModel().getFocusedCell().getTableColumn().getUserData())
                .isEqualTo(RiskColumn.TITLE);

        // Tab back along the row: a column that takes the focus is scrolled clear of the frozen ones.
        robot.interact(() -> view().select(ids.getFirst(), RiskColumn.PROBABILITY));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sceneBounds(robot, header(robot, RiskColumn.PROBABILITY)).getMinX())
                .isGreaterThanOrEqualTo(title.getMaxX() - 1);
    }

    @Test
    void scoreAndBandShowAtTheDefaultWindowSize(FxRobot robot) {
        long id = addFromLibrary(robot, "pii-in-training-data").getFirst(); // P3 x I5 = 15, red
        assertThat(view().getScene().getWidth()).isEqualTo(1320);
        javafx.geometry.Bounds rows = viewport(robot);
        for (RiskColumn c : List.of(RiskColumn.ID, RiskColumn.TITLE, RiskColumn.SCORE, RiskColumn.BAND)) {
            javafx.geometry.Bounds b = sceneBounds(robot, header(robot, c));
            assertThat(b.getMinX()).as(c.header()).isGreaterThanOrEqualTo(rows.getMinX() - 1);
            assertThat(b.getMaxX()).as(c.header()).isLessThanOrEqualTo(rows.getMaxX());
        }
        assertThat(value(id, RiskColumn.SCORE)).isEqualTo("15");
        assertThat(value(id, RiskColumn.BAND)).isEqualTo("Red");
        List<List<String>> classes = new java.util.ArrayList<>();
        robot.interact(() -> classes.add(List.copyOf(view().cellAt(vm().row(id), RiskColumn.BAND).getStyleClass())));
        assertThat(classes.getFirst()).contains("band-red");
    }

    @Test
    void theLibraryShowsWholeTitlesInAPanelThatCanBeWidened(FxRobot robot) {
        robot.clickOn("#riskAddFromLibrary");
        WaitForAsyncUtils.waitForFxEvents();
        List<javafx.scene.control.Label> titles = robot.lookup("#libraryList .library-title")
                .queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.isVisible() && l.getText() != null && !l.getText().isEmpty()).toList();
        assertThat(titles.size()).as("library entries on screen").isGreaterThanOrEqualTo(5);
        for (javafx.scene.control.Label l : titles) {
            javafx.scene.text.Text shown = (javafx.scene.text.Text) l.lookup(".text");
            assertThat(shown.getText()).as("title drawn whole").isEqualTo(l.getText());
        }
        javafx.scene.control.ListView<?> list = robot.lookup("#libraryList").queryListView();
        double before = list.getWidth();
        javafx.scene.control.SplitPane split = robot.lookup("#riskSplit").queryAs(javafx.scene.control.SplitPane.class);
        robot.interact(() -> split.setDividerPositions(0.45));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getWidth()).isGreaterThan(before + 150);

        // As narrow as it goes, long titles wrap instead of being cut.
        robot.interact(() -> split.setDividerPositions(0.99));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(list.getWidth()).isLessThan(before);
        List<javafx.scene.control.Label> narrow = robot.lookup("#libraryList .library-title")
                .queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(l -> l.isVisible() && l.getText() != null && !l.getText().isEmpty()).toList();
        assertThat(narrow).anyMatch(l -> l.getHeight() > 1.5 * l.getFont().getSize() * 1.2);
        for (javafx.scene.control.Label l : narrow) {
            javafx.scene.text.Text shown = (javafx.scene.text.Text) l.lookup(".text");
            assertThat(shown.getText()).as("title drawn whole at the narrowest").isEqualTo(l.getText());
        }
    }

    @Test
    void warnsBeforeAddingALibraryRiskThatIsAlreadyInTheRegister(FxRobot robot) {
        addFromLibrary(robot, "data-too-little");
        robot.clickOn("#riskAddFromLibrary");
        robot.interact(() -> view().libraryPanel().tick("data-too-little", "pii-output-leak"));
        robot.clickOn("#libraryAdd");

        assertThat(plan().risks()).as("nothing added yet").hasSize(1);
        String warning = robot.lookup("#libraryDuplicateText").queryLabeled().getText();
        assertThat(warning).contains("R-001 Too little usable domain data").contains("Add it again?");
        assertThat(robot.lookup("#libraryDuplicateWarning").query().isVisible()).isTrue();
        assertThat(robot.lookup("#libraryLeaveOut").queryButton().getText()).isEqualTo("Add only the new ones");

        robot.clickOn("#libraryLeaveOut");
        assertThat(plan().risks().stream().map(Risk::title).toList())
                .containsExactly("Too little usable domain data", entry("pii-output-leak").title());

        // Asked again, the PM may still add a second copy on purpose.
        robot.clickOn("#riskAddFromLibrary");
        assertThat(robot.lookup("#libraryList .library-in-register").queryAllAs(javafx.scene.control.Label.class)
                .stream().filter(javafx.scene.Node::isVisible).map(javafx.scene.control.Label::getText))
                .contains("Already in the register as R-001");
        robot.interact(() -> view().libraryPanel().tick("data-too-little"));
        robot.clickOn("#libraryAdd");
        assertThat(robot.lookup("#libraryLeaveOut").queryButton().getText()).isEqualTo("Don't add");
        robot.clickOn("#libraryAddAnyway");
        assertThat(plan().risks()).hasSize(3);
        assertThat(plan().risks().getLast().title()).isEqualTo("Too little usable domain data");
    }

    @Test
    void checkBoxFiltersShowSeveralCategoriesAndBandsAtOnce(FxRobot robot) {
        addFromLibrary(robot, "data-too-little", "pii-output-leak", "eu-ai-act-high-risk", "data-stale-sources");
        @SuppressWarnings("unchecked")
        org.controlsfx.control.CheckComboBox<String> categories = robot.lookup("#riskCategoryFilter")
                .queryAs(org.controlsfx.control.CheckComboBox.class);
        String data = entry("data-too-little").category().name();
        String privacy = entry("pii-output-leak").category().name();
        robot.interact(() -> {
            categories.getCheckModel().check(data);
            categories.getCheckModel().check(privacy);
        });
        assertThat(vm().filters().shownCategories()).containsExactlyInAnyOrder(data, privacy);
        assertThat(shownIds()).containsExactly("R-001", "R-002", "R-004");
        assertThat(categories.getTitle()).isEqualTo("2 categories");

        robot.interact(() -> vm().filters().shownBands().setAll(org.genaiplan.model.ScoreBand.RED));
        assertThat(shownIds()).isEmpty();
        robot.clickOn("#riskClearFilters");
        assertThat(categories.getCheckModel().getCheckedItems()).isEmpty();
        assertThat(categories.getTitle()).isEqualTo("All categories");
        assertThat(shownIds()).hasSize(4);
    }
}
