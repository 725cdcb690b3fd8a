package org.genaiplan.ui.resources;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.genaiplan.model.capacity.GpuPool;
import org.genaiplan.ui.CellNote;
import org.genaiplan.ui.resources.CapacityViewModel.LoadColumn;
import org.genaiplan.ui.resources.CapacityViewModel.LoadRow;
import org.genaiplan.ui.resources.CapacityViewModel.PoolColumn;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The capacity half of the Resources tab: GPU pools and each task's assignments on the left; on the right the
 * usage view and the levelling proposal.
 */
public final class CapacityPane extends SplitPane {
    private final CapacityViewModel model;
    private final CellNote note;
    private final TableView<GpuPool> pools;
    private final TableView<LoadRow> loads;
    private final UsageView usage;
    private final LevelView levelView;
    private final TabPane tabs;

    CapacityPane(CapacityViewModel model, CellNote note) {
        this.model = model;
        this.note = note;
        setId("capacityPane");
        pools = new TableView<>(model.pools());
        pools.setId("poolTable");
        pools.setEditable(true);
        pools.setFixedCellSize(26);
        pools.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        pools.setPlaceholder(new Label("No GPU pools: type a name above and press Enter."));
        pools.getColumns().add(TextCell.column(note, "Pool", 110, GpuPool::name, (i, t) -> model.editPool(i, PoolColumn.NAME, t),
                "The pool's name, such as \"Cluster A\"."));
        pools.getColumns().add(TextCell.column(note, "GPU type", 80, GpuPool::gpuType,
                (i, t) -> model.editPool(i, PoolColumn.GPU_TYPE, t),
                "A GPU type of the price table; compute lines of this type draw on the pool."));
        pools.getColumns().add(TextCell.column(note, "GPUs", 55, p -> Integer.toString(p.gpus()),
                (i, t) -> model.editPool(i, PoolColumn.GPUS, t), "GPUs available from the plan's start.",
                "number-cell"));
        pools.getColumns().add(TextCell.column(note, "Changes", 200, GpuPool::stepsText,
                (i, t) -> model.editPool(i, PoolColumn.CHANGES, t),
                "Later sizes of the pool, such as \"32 from 2026-06-01; 48 from 2026-09-01\"."));

        loads = new TableView<>(model.loads());
        loads.setId("loadTable");
        loads.setEditable(true);
        loads.setFixedCellSize(26);
        loads.setPlaceholder(new Label("No tasks yet."));
        loads.getColumns().add(TextCell.column(note, "WBS", 45, LoadRow::wbs, null, null));
        loads.getColumns().add(TextCell.column(note, "Task", 140, LoadRow::name, null, null));
        loads.getColumns().add(TextCell.column(note, "Assigned", 130, r -> r.load().assignmentsText(),
                (i, t) -> model.editLoad(i, LoadColumn.ASSIGNMENTS, t),
                "People or roles with units: \"Ana 50 %, ML engineer 200 %\". Work = duration x units."));
        loads.getColumns().add(TextCell.column(note, "GPUs", 90, LoadRow::gpus, null,
                "From the task's compute lines (Costs tab); they draw on the pool of their GPU type."));
        loads.getColumns().add(TextCell.column(note, "Pool", 60, r -> r.load().pool() == null ? "" : r.load().pool(),
                (i, t) -> model.editLoad(i, LoadColumn.POOL, t),
                "The GPU pool the task's compute lines draw on; empty: the first pool of their GPU type."));
        TableColumn<LoadRow, Boolean> effort = new TableColumn<>("Effort");
        Tooltip effortTip = new Tooltip("Effort-driven: adding people shortens the task, keeping its work.");
        Label effortHeader = new Label("Effort");
        effortHeader.setTooltip(effortTip);
        effort.setText("");
        effort.setGraphic(effortHeader);
        effort.setPrefWidth(50);
        effort.setSortable(false);
        effort.setEditable(true);
        effort.setCellValueFactory(f -> {
            SimpleBooleanProperty on = new SimpleBooleanProperty(f.getValue().load().effortDriven());
            int index = model.loads().indexOf(f.getValue());
            on.addListener((o, a, b) -> model.setEffortDriven(index, b));
            return on;
        });
        effort.setCellFactory(CheckBoxTableCell.forTableColumn(effort));
        loads.getColumns().add(effort);
        loads.getColumns().add(TextCell.column(note, "Priority", 55, r -> Integer.toString(r.load().priority()),
                (i, t) -> model.editLoad(i, LoadColumn.PRIORITY, t),
                "0 to 1000; among tasks of equal slack, levelling places the higher priority first.", "number-cell"));
        loads.getColumns().add(TextCell.column(note, "Delay", 50, this::delayText, null,
                "The wait accepted from a levelling proposal, after the start the task's links allow.",
                "number-cell"));
        loads.getColumns().add(overColumn());
        model.usageProperty().addListener((o, a, b) -> {
            loads.refresh();
            pools.refresh();
        });

        VBox left = new VBox(section("GPU pools", pools, "pool", "Add the GPU pool named on the left."),
                section("Assignments", loads, null, null));
        VBox.setVgrow(left.getChildren().get(1), Priority.ALWAYS);
        usage = new UsageView(model);
        levelView = new LevelView(model, this::level);
        Tab usageTab = new Tab("Usage", usage);
        usageTab.setId("usageTab");
        Tab levelTab = new Tab("Levelling", levelView);
        levelTab.setId("levelTab");
        tabs = new TabPane(usageTab, levelTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        getItems().addAll(left, tabs);
        model.setActive(this::isShown);
        sceneProperty().addListener((o, was, scene) -> {
            if (scene != null) {
                followTabs();
                model.refreshIfStale();
            }
        });
        setOrientation(Orientation.HORIZONTAL);
        setDividerPositions(0.52);
    }

    /** Whether the pane is on screen: in a scene, and it and every parent visible (an unselected tab is not). */
    private boolean isShown() {
        if (getScene() == null) {
            return false;
        }
        for (javafx.scene.Node n = this; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private boolean followingTabs;

    /** Catches up with changes made while another tab of the window was showing, once this one is picked. */
    private void followTabs() {
        if (followingTabs) {
            return;
        }
        for (javafx.scene.Parent p = getParent(); p != null; p = p.getParent()) {
            if (p instanceof TabPane window) {
                followingTabs = true;
                window.getSelectionModel().selectedItemProperty().addListener((o, a, b) ->
                        javafx.application.Platform.runLater(() -> {
                            if (isShown()) {
                                model.refreshIfStale();
                            }
                        }));
                return;
            }
        }
    }

    /** Computes a levelling proposal and shows it. */
    public void level() {
        if (model.level() != null) {
            tabs.getSelectionModel().select(1);
        }
    }

    public void showUsage() {
        tabs.getSelectionModel().select(0);
    }

    private String delayText(LoadRow r) {
        return model.days(r.load().levelingDelayMinutes(), false);
    }

    private TableColumn<LoadRow, String> overColumn() {
        TableColumn<LoadRow, String> col = new TableColumn<>("");
        col.setPrefWidth(60);
        col.setSortable(false);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(
                model.overloadedTasks().contains(f.getValue().taskId()) ? "over" : ""));
        col.setCellFactory(c -> new TableCell<>() {
            private final Label tag = new Label("over");

            {
                tag.getStyleClass().add("over-tag");
                tag.setTooltip(new Tooltip("The task works while a role, person or pool it uses is over-allocated;"
                        + " see Usage, or press Level..."));
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                setGraphic(empty || item == null || item.isEmpty() ? null : tag);
            }
        });
        return col;
    }


    private VBox section(String title, TableView<?> table, String id, String addTip) {
        Label heading = new Label(title);
        heading.getStyleClass().add("resources-title");
        HBox bar = new HBox(8, heading);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("resources-bar");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        bar.getChildren().add(spacer);
        if (id != null) {
            TextField name = new TextField();
            name.setId(id + "NewName");
            name.setPromptText("New pool name");
            name.setPrefColumnCount(10);
            Button add = new Button("Add", new FontIcon("mdi2p-plus"));
            add.setId(id + "Add");
            add.setTooltip(new Tooltip(addTip));
            Runnable doAdd = () -> {
                String error = model.addPool(name.getText());
                if (error == null) {
                    name.clear();
                } else {
                    note.show(name, error);
                }
            };
            add.setOnAction(e -> doAdd.run());
            name.setOnAction(e -> doAdd.run());
            Button remove = new Button("Remove", new FontIcon("mdi2d-delete-outline"));
            remove.setId(id + "Remove");
            remove.setOnAction(e -> {
                String error = model.removePool(pools.getSelectionModel().getSelectedIndex());
                if (error != null) {
                    note.show(remove, error);
                }
            });
            bar.getChildren().addAll(name, add, remove);
        } else {
            Button level = new Button("Level...", new FontIcon("mdi2s-sort-variant"));
            level.setId("levelButton");
            level.setTooltip(new Tooltip("Works out a schedule where nothing is over-allocated, for review."));
            level.setOnAction(e -> level());
            Button clear = new Button("Clear delays");
            clear.setId("clearDelays");
            clear.setTooltip(new Tooltip("Removes every accepted levelling delay (one undoable step)."));
            clear.setOnAction(e -> model.clearDelays());
            bar.getChildren().addAll(level, clear);
        }
        VBox box = new VBox(4, bar, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.getStyleClass().add("resources-section");
        return box;
    }

    public TableView<GpuPool> poolTable() {
        return pools;
    }

    public TableView<LoadRow> loadTable() {
        return loads;
    }

    public CapacityViewModel viewModel() {
        return model;
    }

    public UsageView usageView() {
        return usage;
    }

    public LevelView levelView() {
        return levelView;
    }

    boolean isEditing() {
        return pools.getEditingCell() != null || loads.getEditingCell() != null;
    }
}
