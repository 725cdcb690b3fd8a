package org.genaiplan.ui.decide;

import java.time.LocalDate;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.genaiplan.model.decision.SelectionMatrix.Candidate;
import org.genaiplan.model.decision.SelectionMatrix.Criterion;

/**
 * The Decisions tab: the model selection matrix. Criteria with weights on the left, the candidates with their
 * facts, a score column per criterion, the weighted score and the rank, then the ranking and the decision.
 */
public final class SelectionView extends BorderPane {
    private final SelectionViewModel model;
    private final TableView<Candidate> candidates;
    private final ComboBox<String> chosen = new ComboBox<>();

    public SelectionView(SelectionViewModel model) {
        this.model = model;
        setId("selectionView");
        getStyleClass().add("selection-view");
        setPadding(new Insets(10));

        TableView<Criterion> criteria = new TableView<>(model.criteria());
        criteria.setId("criteriaTable");
        criteria.setEditable(true);
        criteria.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        criteria.setPlaceholder(new Label("No criteria: add your own or use the starter set."));
        TableColumn<Criterion, String> name = column("Criterion", 230, Criterion::name, null);
        TableColumn<Criterion, String> weight = column("Weight", 70, c -> Integer.toString(c.weight()),
                "How much the criterion counts, from 0 (ignored) to 10.");
        weight.setOnEditCommit(e -> model.setWeight(e.getTablePosition().getRow(), e.getNewValue()));
        criteria.getColumns().addAll(java.util.List.of(name, weight));
        TextField newCriterion = new TextField();
        newCriterion.setId("newCriterion");
        newCriterion.setPromptText("New criterion");
        newCriterion.setOnAction(e -> {
            if (model.addCriterion(newCriterion.getText()) == null) {
                newCriterion.clear();
            }
        });
        Button starter = new Button("Use starter criteria");
        starter.setId("starterCriteria");
        starter.disableProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(model.criteria()));
        starter.setOnAction(e -> model.useStarterCriteria());
        Button removeCriterion = new Button("Remove");
        removeCriterion.disableProperty().bind(criteria.getSelectionModel().selectedItemProperty().isNull());
        removeCriterion.setOnAction(e -> model.removeCriterion(criteria.getSelectionModel().getSelectedIndex()));
        VBox left = new VBox(8, heading("Criteria"), criteria, new HBox(6, newCriterion, removeCriterion), starter);
        VBox.setVgrow(criteria, Priority.ALWAYS);
        left.setMinWidth(330);
        left.setPrefWidth(330);

        candidates = new TableView<>(model.candidates());
        candidates.setId("candidateTable");
        candidates.setEditable(true);
        candidates.setPlaceholder(new Label("No candidates: type a model's name below and press Enter."));
        model.criteria().addListener((javafx.collections.ListChangeListener<Criterion>) c -> buildColumns());
        model.candidates().addListener((javafx.collections.ListChangeListener<Candidate>) c -> {
            String was = chosen.getValue();
            chosen.getItems().setAll(model.candidates().stream().map(Candidate::name).toList());
            chosen.setValue(chosen.getItems().contains(was) ? was : null);
            candidates.refresh();
        });
        buildColumns();
        TextField newCandidate = new TextField();
        newCandidate.setId("newCandidate");
        newCandidate.setPromptText("New candidate model");
        newCandidate.setOnAction(e -> {
            if (model.addCandidate(newCandidate.getText()) == null) {
                newCandidate.clear();
            }
        });
        Button removeCandidate = new Button("Remove");
        removeCandidate.disableProperty().bind(candidates.getSelectionModel().selectedItemProperty().isNull());
        removeCandidate.setOnAction(e -> model.removeCandidate(candidates.getSelectionModel().getSelectedIndex()));
        Label ranking = note("selectionRanking");
        ranking.textProperty().bind(model.rankingProperty());

        chosen.setId("decisionCandidate");
        chosen.setPromptText("Chosen model");
        chosen.getItems().setAll(model.candidates().stream().map(Candidate::name).toList());
        DatePicker date = org.genaiplan.ui.input.DatePickers.iso(new DatePicker(LocalDate.now()));
        date.setId("decisionDate");
        TextField why = new TextField();
        why.setId("decisionRationale");
        why.setPromptText("Why (one sentence)");
        HBox.setHgrow(why, Priority.ALWAYS);
        Button decide = new Button("Record decision");
        decide.setId("recordDecision");
        decide.setOnAction(e -> model.decide(chosen.getValue(), date.getValue(), why.getText()));
        Label decided = note("selectionDecision");
        decided.textProperty().bind(model.decisionProperty());
        decided.getStyleClass().add("selection-decision");

        Label help = note("selectionHelp");
        help.setText("Score each candidate from 1 (poor) to 5 (best) per criterion, on your own evaluation where you"
                + " can. The weighted score is the sum of weight \u00d7 score over the sum of the weights; an"
                + " unscored criterion counts as 0.");
        VBox right = new VBox(8, heading("Candidates"), candidates, new HBox(6, newCandidate, removeCandidate), ranking,
                heading("Decision"), new HBox(6, chosen, date, why, decide), decided, help);
        VBox.setVgrow(candidates, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(14, left, right);
        setCenter(body);
    }

    private void buildColumns() {
        candidates.getColumns().clear();
        addFact("Candidate", 150, Candidate::name, SelectionViewModel.Fact.NAME, null);
        TableColumn<Candidate, String> score = column("Score", 60, model::scoreText,
                "Weighted score out of 5: the sum of weight \u00d7 score over the sum of the weights.");
        score.setEditable(false);
        score.getStyleClass().add("selection-score");
        TableColumn<Candidate, String> rank = column("Rank", 50, model::rankText, null);
        rank.setEditable(false);
        candidates.getColumns().add(score);
        candidates.getColumns().add(rank);
        addFact("Approach", 80, c -> c.approach().word(), SelectionViewModel.Fact.APPROACH,
                "\"adapt\" an existing model, \"pre-train\" one from scratch, or \"buy\" a finished product.");
        addFact("Weights", 70, c -> c.openWeights() ? "open" : "closed", SelectionViewModel.Fact.ACCESS,
                "\"open\" or \"closed\" weights.");
        addFact("Hosting", 85, c -> c.selfHosted() ? "self-hosted" : "hosted", SelectionViewModel.Fact.HOSTING,
                "\"hosted\" (a provider's API) or \"self-hosted\".");
        addFact("Size", 55, Candidate::size, SelectionViewModel.Fact.SIZE, "Parameters, such as 8B.");
        addFact("Licence", 110, Candidate::licence, SelectionViewModel.Fact.LICENCE, null);
        addFact("Price / M tokens", 110, c -> c.pricePerMillionTokens() == null ? "" : c.pricePerMillionTokens().toPlainString(),
                SelectionViewModel.Fact.PRICE, "Price per million tokens, in the plan's currency; blank when unknown.");
        addFact("Context", 80, c -> c.contextTokens() == 0 ? "" : Integer.toString(c.contextTokens()),
                SelectionViewModel.Fact.CONTEXT, "Context length in tokens.");
        for (Criterion criterion : model.criteria()) {
            TableColumn<Candidate, String> col = column(criterion.name() + " (" + criterion.weight() + ")", 110,
                    c -> {
                        Integer s = c.scores().get(criterion.name());
                        return s == null ? "" : s.toString();
                    }, "Score 1 to 5 on \"" + criterion.name() + "\", weight " + criterion.weight() + ".");
            col.getStyleClass().add("score-column");
            col.setOnEditCommit(e -> model.setScore(e.getTablePosition().getRow(), criterion.name(), e.getNewValue()));
            candidates.getColumns().add(col);
        }
    }

    private void addFact(String header, double width, Function<Candidate, String> value, SelectionViewModel.Fact fact,
                         String tip) {
        TableColumn<Candidate, String> col = column(header, width, value, tip);
        col.setOnEditCommit(e -> model.setFact(e.getTablePosition().getRow(), fact, e.getNewValue()));
        candidates.getColumns().add(col);
    }

    private static <T> TableColumn<T, String> column(String header, double width, Function<T, String> value, String tip) {
        TableColumn<T, String> col = new TableColumn<>();
        Label label = new Label(header);
        label.setWrapText(true);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        label.setMaxWidth(width - 8);
        if (tip != null) {
            label.setTooltip(new Tooltip(tip));
        }
        col.setGraphic(label);
        col.setId(header);
        col.setPrefWidth(width);
        col.setSortable(false);
        col.setCellValueFactory(f -> new ReadOnlyStringWrapper(f.getValue() == null ? "" : value.apply(f.getValue())));
        col.setCellFactory(TextFieldTableCell.forTableColumn());
        return col;
    }

    private static Label heading(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("section-heading");
        return label;
    }

    private static Label note(String id) {
        Label label = new Label();
        label.setId(id);
        label.setWrapText(true);
        label.getStyleClass().add("dialog-note");
        return label;
    }
}
