package org.genaiplan.ui.resources;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genaiplan.schedule.LevelProposal;

/**
 * The levelling proposal for review: each task that would move, from when to when, by how many working days
 * and why. Accept all, accept the ticked ones, or discard; accepting is one undoable step.
 */
public final class LevelView extends BorderPane {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);

    /** One row: a move and whether it is ticked. */
    public record Item(LevelProposal.Move move, BooleanProperty ticked) {
    }

    private final CapacityViewModel model;
    private final TableView<Item> table = new TableView<>();
    private final Label summary = new Label();
    private final Label unresolved = new Label();
    private final Label detail = new Label();
    private final Button acceptAll = new Button("Accept all");
    private final Button acceptTicked = new Button("Accept ticked");
    private final Button discard = new Button("Discard");

    LevelView(CapacityViewModel model, Runnable level) {
        this.model = model;
        setId("levelView");
        getStyleClass().add("level-view");
        table.setId("levelTable");
        table.setEditable(true);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        Label empty = new Label("Press Level... to propose a schedule where no role, person or GPU pool is"
                + " over-allocated. Nothing changes until you accept.");
        empty.getStyleClass().add("placeholder-text");
        empty.setWrapText(true);
        table.setPlaceholder(empty);
        TableColumn<Item, Boolean> tick = new TableColumn<>("");
        tick.setPrefWidth(34);
        tick.setCellValueFactory(f -> f.getValue().ticked());
        tick.setCellFactory(CheckBoxTableCell.forTableColumn(tick));
        tick.setEditable(true);
        table.getColumns().add(tick);
        table.getColumns().add(column("WBS", 45, m -> m.wbs()));
        table.getColumns().add(column("Task", 130, m -> m.name()));
        table.getColumns().add(column("From", 90, m -> m.oldStart() == null ? "" : m.oldStart().format(WHEN)));
        table.getColumns().add(column("To", 90, m -> m.newStart().format(WHEN)));
        table.getColumns().add(column("Moves", 60, this::shift));
        table.getColumns().add(column("Why", 420, m -> m.reason()));
        summary.getStyleClass().add("resources-title");
        unresolved.getStyleClass().add("level-unresolved");
        unresolved.setWrapText(true);
        Button levelButton = new Button("Level...");
        levelButton.setId("levelAgain");
        levelButton.setTooltip(new Tooltip("Works out a levelled schedule for review; nothing changes yet."));
        levelButton.setOnAction(e -> level.run());
        acceptAll.setId("levelAcceptAll");
        acceptAll.setTooltip(new Tooltip("Accepts every move as one step (Undo takes it back)."));
        acceptAll.setOnAction(e -> model.accept(table.getItems().stream().map(Item::move).toList()));
        acceptTicked.setId("levelAcceptTicked");
        acceptTicked.setTooltip(new Tooltip("Accepts only the ticked moves as one step."));
        acceptTicked.setOnAction(e -> model.accept(table.getItems().stream().filter(i -> i.ticked().get())
                .map(Item::move).toList()));
        discard.setId("levelDiscard");
        discard.setTooltip(new Tooltip("Drops the proposal; the plan stays as it is."));
        discard.setOnAction(e -> model.discard());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, summary, spacer, levelButton, acceptAll, acceptTicked, discard);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("resources-bar");
        detail.setId("levelDetail");
        detail.setWrapText(true);
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.setMinHeight(Region.USE_PREF_SIZE);
        unresolved.setMaxWidth(Double.MAX_VALUE);
        unresolved.setMinHeight(Region.USE_PREF_SIZE);
        detail.getStyleClass().add("level-detail");
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> detail.setText(b == null ? ""
                : b.move().wbs() + " " + b.move().name() + " moves " + shift(b.move()) + ": " + b.move().reason() + "."));
        VBox box = new VBox(6, bar, table, detail, unresolved);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add("resources-section");
        setCenter(box);
        model.proposalProperty().addListener((o, a, b) -> show(b));
        show(model.proposalProperty().get());
    }

    private String shift(LevelProposal.Move m) {
        return model.days(m.shiftMinutes(), true);
    }

    private static TableColumn<Item, String> column(String header, double width,
                                                    java.util.function.Function<LevelProposal.Move, String> value) {
        TableColumn<Item, String> c = new TableColumn<>(header);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setEditable(false);
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue().move())));
        return c;
    }

    private void show(LevelProposal p) {
        if (p == null) {
            table.getItems().clear();
            summary.setText("Levelling");
            unresolved.setText("");
        } else {
            table.getItems().setAll(p.moves().stream()
                    .map(m -> new Item(m, new SimpleBooleanProperty(m.changesDelay()))).toList());
            summary.setText(p.isEmpty() ? "Nothing to level: no task needs to move."
                    : p.moves().size() + (p.moves().size() == 1 ? " task moves" : " tasks move")
                    + " to remove the over-allocation");
            unresolved.setText(String.join("\n", p.unresolved()));
            table.getSelectionModel().selectFirst();
        }
        boolean none = p == null || p.isEmpty();
        acceptAll.setDisable(none);
        acceptTicked.setDisable(none);
        discard.setDisable(p == null);
    }

    public TableView<Item> table() {
        return table;
    }

    public List<Item> items() {
        return table.getItems();
    }
}
