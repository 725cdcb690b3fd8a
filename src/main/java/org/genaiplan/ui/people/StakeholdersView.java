package org.genaiplan.ui.people;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.genaiplan.model.people.Communication;
import org.genaiplan.model.people.Stakeholder;
import org.genaiplan.ui.people.StakeholdersViewModel.CommunicationColumn;
import org.genaiplan.ui.people.StakeholdersViewModel.StakeholderColumn;

/**
 * The Stakeholders tab: three parts chosen at the top (Register, RACI matrix, Communication plan), each a table
 * typed into, with an add field and a remove button under it, and a "Start from the seeds" button while a part is
 * empty.
 */
public final class StakeholdersView extends BorderPane {
    private final StakeholdersViewModel model;
    private final RaciGrid grid;

    public StakeholdersView(StakeholdersViewModel model) {
        this.model = model;
        setId("stakeholdersView");
        getStyleClass().add("stakeholders-view");
        getStylesheets().add(StakeholdersView.class.getResource("people.css").toExternalForm());
        setPadding(new Insets(10));
        grid = new RaciGrid(model);
        Node register = register();
        Node raci = raci();
        Node comms = communication();
        ToggleButton r = part("Register", "partRegister", register);
        ToggleButton m = part("RACI matrix", "partRaci", raci);
        ToggleButton c = part("Communication plan", "partCommunication", comms);
        SegmentedButton parts = new SegmentedButton(r, m, c);
        parts.setId("stakeholderParts");
        parts.getToggleGroup().selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                setCenter((Node) now.getUserData());
            }
        });
        Button seeds = new Button("Start from the seeds");
        seeds.setId("stakeholderSeeds");
        seeds.setOnAction(e -> model.useSeedDefaults());
        seeds.disableProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.stakeholders())
                .and(javafx.beans.binding.Bindings.isNotEmpty(model.raci()))
                .and(javafx.beans.binding.Bindings.isNotEmpty(model.communications())));
        HBox top = new HBox(10, parts, seeds);
        top.setPadding(new Insets(0, 0, 8, 0));
        setTop(top);
        r.setSelected(true);
    }

    /** Shows the RACI matrix part (for the tour and tests). */
    public void showRaci() {
        ((ToggleButton) lookup("#partRaci")).setSelected(true);
    }

    private static ToggleButton part(String text, String id, Node content) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(content);
        return b;
    }

    private Node register() {
        TableView<Stakeholder> table = PeopleTables.table("stakeholderTable", model.stakeholders(),
                "No stakeholders: type a name below and press Enter, or start from the seeds.");
        table.getColumns().addAll(List.of(
                PeopleTables.column("Stakeholder", 170, Stakeholder::name,
                        (i, t) -> model.editStakeholder(i, StakeholderColumn.NAME, t), null),
                PeopleTables.column("Role / organisation", 200, Stakeholder::organisation,
                        (i, t) -> model.editStakeholder(i, StakeholderColumn.ORGANISATION, t), null),
                PeopleTables.column("Interest", 75, s -> s.interest().label(),
                        (i, t) -> model.editStakeholder(i, StakeholderColumn.INTEREST, t), "low, medium or high"),
                PeopleTables.column("Influence", 75, s -> s.influence().label(),
                        (i, t) -> model.editStakeholder(i, StakeholderColumn.INFLUENCE, t), "low, medium or high"),
                PeopleTables.column("Engagement", 110, Stakeholder::engagement, null,
                        "From influence and interest: manage closely, keep satisfied, keep informed or monitor."),
                PeopleTables.column("Attitude", 90, s -> s.attitude().label(),
                        (i, t) -> model.editStakeholder(i, StakeholderColumn.ATTITUDE, t),
                        "champion, supportive, neutral, sceptical or resistant"),
                PeopleTables.column("What they need to hear", 380, Stakeholder::needs,
                        (i, t) -> model.editStakeholder(i, StakeholderColumn.NEEDS, t), null)));
        TextField add = new TextField();
        add.setId("newStakeholder");
        add.setPromptText("New stakeholder");
        add.setOnAction(e -> {
            if (model.addStakeholder(add.getText()) == null) {
                add.clear();
            }
        });
        Button remove = removeButton(table, model::removeStakeholder);
        Label help = PeopleTables.note("registerHelp", "Interest and influence place each stakeholder on the"
                + " power/interest grid; the Engagement column says how closely to work with them. Stakeholders"
                + " are columns of the RACI matrix too.");
        return page(table, new HBox(6, add, remove), help);
    }

    private Node raci() {
        TextField add = new TextField();
        add.setId("newRaciRow");
        add.setPromptText("New deliverable or phase");
        CheckBox phase = new CheckBox("Phase");
        phase.setId("newRaciPhase");
        add.setOnAction(e -> {
            if (model.addRaciRow(add.getText(), phase.isSelected()) == null) {
                add.clear();
            }
        });
        Button remove = removeButton(grid, model::removeRaciRow);
        Label warnings = PeopleTables.note("raciWarnings", "");
        warnings.getStyleClass().add("raci-warnings");
        warnings.textProperty().bind(model.warningsProperty());
        Label help = PeopleTables.note("raciHelp", "Select a cell and type R (responsible: does the work),"
                + " A (accountable: answers for it), C (consulted) or I (informed); Delete empties it. Each row"
                + " needs exactly one A and at least one R: rows that break this are listed, not refused.");
        return page(grid, new HBox(6, add, phase, remove), warnings, help);
    }

    private Node communication() {
        TableView<Communication> table = PeopleTables.table("communicationTable", model.communications(),
                "No communications: type one below and press Enter, or start from the seeds.");
        table.getColumns().addAll(List.of(
                PeopleTables.column("Communication", 170, Communication::name,
                        (i, t) -> model.editCommunication(i, CommunicationColumn.NAME, t), null),
                PeopleTables.column("Audience", 190, Communication::audience,
                        (i, t) -> model.editCommunication(i, CommunicationColumn.AUDIENCE, t), null),
                PeopleTables.column("Content", 300, Communication::content,
                        (i, t) -> model.editCommunication(i, CommunicationColumn.CONTENT, t), null),
                PeopleTables.column("Frequency", 110, c -> c.frequency().label(),
                        (i, t) -> model.editCommunication(i, CommunicationColumn.FREQUENCY, t),
                        "daily, weekly, fortnightly, monthly, per phase gate or once"),
                PeopleTables.column("Channel", 150, Communication::channel,
                        (i, t) -> model.editCommunication(i, CommunicationColumn.CHANNEL, t), null),
                PeopleTables.column("Owner", 140, Communication::owner,
                        (i, t) -> model.editCommunication(i, CommunicationColumn.OWNER, t), null)));
        TextField add = new TextField();
        add.setId("newCommunication");
        add.setPromptText("New communication");
        add.setOnAction(e -> {
            if (model.addCommunication(add.getText()) == null) {
                add.clear();
            }
        });
        Button remove = removeButton(table, model::removeCommunication);
        Button meetings = new Button("Add meetings to plan");
        meetings.setId("addMeetings");
        meetings.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        meetings.setOnAction(e -> model.addMeetings(table.getSelectionModel().getSelectedIndex()));
        Label help = PeopleTables.note("communicationHelp", "Add meetings to plan puts the selected line on the"
                + " schedule: a milestone on each of its dates between the plan's start and finish (per phase gate:"
                + " at the end of each phase), under a \"Communication\" summary task. Undo removes them all.");
        return page(table, new HBox(6, add, remove, meetings), help);
    }

    private static <T> Button removeButton(TableView<T> table, java.util.function.IntFunction<String> remove) {
        Button b = new Button("Remove");
        b.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        b.setOnAction(e -> remove.apply(table.getSelectionModel().getSelectedIndex()));
        return b;
    }

    private static Node page(TableView<?> table, Node... below) {
        VBox box = new VBox(8);
        box.getChildren().add(table);
        box.getChildren().addAll(below);
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }
}
