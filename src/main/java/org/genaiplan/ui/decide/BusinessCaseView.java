package org.genaiplan.ui.decide;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.genaiplan.ui.decide.BusinessCaseViewModel.Field;
import org.genaiplan.ui.decide.BusinessCaseViewModel.Figure;

/**
 * The business case: on the left the benefits, the expected volume and (if the plan has no operating lines) a
 * run-rate, typed in; on the right what follows, worked out as the PM types: the payback month, the return on
 * investment at 12 and 36 months, the cost per 1,000 requests and per inference, and the run-rate with the lines
 * it comes from. A field is committed with Enter or by leaving it.
 */
public final class BusinessCaseView extends BorderPane {
    private final BusinessCaseViewModel model;

    public BusinessCaseView(BusinessCaseViewModel model) {
        this.model = model;
        setId("businessCaseView");
        getStyleClass().add("business-case-view");
        getStylesheets().add(BusinessCaseView.class.getResource("business-case.css").toExternalForm());
        setPadding(new Insets(10));

        GridPane inputs = new GridPane();
        inputs.getStyleClass().add("business-case-inputs");
        int row = 0;
        inputs.add(heading("Benefits"), 0, row++, 2, 1);
        row = field(inputs, row, Field.SAVINGS, "What the system saves each month once it runs: hours of work"
                + " avoided times their cost, tickets deflected, licences retired.");
        row = field(inputs, row, Field.REVENUE, "New revenue each month the system brings in.");
        row = field(inputs, row, Field.ONE_OFF, "A benefit that comes once, in the first month of benefits.");
        row = field(inputs, row, Field.START, "The month benefits start, counting the plan's first month as 1."
                + " Leave it blank for the month after go-live.");
        inputs.add(heading("Expected volume"), 0, row++, 2, 1);
        row = field(inputs, row, Field.REQUESTS, "Requests (user questions, documents) per month in operation.");
        row = field(inputs, row, Field.INFERENCES, "Model calls each request makes: 1 for a plain chat answer, more"
                + " for retrieval, reranking or agent steps.");
        inputs.add(heading("Operating run-rate"), 0, row++, 2, 1);
        row = field(inputs, row, Field.RUN_RATE, "What operation costs per month. Leave it blank to take it from the"
                + " plan's API and compute lines at or after go-live.");
        Label lines = note("businessCaseLines");
        lines.textProperty().bind(model.figure(Figure.LINES));
        inputs.add(lines, 0, row, 2, 1);

        GridPane results = new GridPane();
        results.getStyleClass().add("business-case-results");
        int r = 0;
        results.add(heading("Business case"), 0, r++, 2, 1);
        r = figure(results, r, "Payback month", Figure.PAYBACK, "businessCasePayback", true);
        r = figure(results, r, "ROI at 12 months", Figure.ROI_12, "businessCaseRoi12", false);
        r = figure(results, r, "ROI at 36 months", Figure.ROI_36, "businessCaseRoi36", false);
        r = figure(results, r, "Cost per 1,000 requests", Figure.PER_1000, "businessCasePer1000", false);
        r = figure(results, r, "Cost per inference", Figure.PER_INFERENCE, "businessCasePerInference", false);
        r = figure(results, r, "Run-rate per month", Figure.RUN_RATE, "businessCaseRunRate", false);
        r = figure(results, r, "Build cost", Figure.BUILD_COST, "businessCaseBuildCost", false);
        r = figure(results, r, "Benefits start", Figure.START, "businessCaseStart", false);
        Label help = note("businessCaseHelp");
        help.setText("The build cost is the plan's planned cost less its operating lines, counted from month 1."
                + " From the month benefits start, each month adds savings and revenue and costs the run-rate;"
                + " the payback month is the first whose cumulative benefit covers the build cost and the"
                + " run-rate so far. ROI is (benefit \u2212 cost) / cost by the end of month 12 or 36. Unit costs are"
                + " the run-rate over the requests, and over the requests times the inferences each makes.");
        javafx.scene.chart.LineChart<Number, Number> chart = chart();
        VBox right = new VBox(12, results, help, chart);
        VBox.setVgrow(chart, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox body = new HBox(28, inputs, right);
        body.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        setCenter(scroll);
    }

    /** Cumulative benefit and cost month by month over the 36 months the business case looks at. */
    private javafx.scene.chart.LineChart<Number, Number> chart() {
        javafx.scene.chart.NumberAxis months = new javafx.scene.chart.NumberAxis("Month", 1,
                org.genaiplan.model.decision.BusinessCase.HORIZON_MONTHS, 3);
        javafx.scene.chart.NumberAxis money = new javafx.scene.chart.NumberAxis();
        money.setLabel("Cumulative");
        javafx.scene.chart.LineChart<Number, Number> chart = new javafx.scene.chart.LineChart<>(months, money);
        chart.setId("businessCaseChart");
        chart.setAnimated(false);
        chart.setCreateSymbols(false);
        chart.setMinHeight(240);
        chart.setPrefHeight(320);
        Runnable draw = () -> {
            org.genaiplan.schedule.BusinessCaseReport r = model.reportProperty().get();
            javafx.scene.chart.XYChart.Series<Number, Number> benefit = new javafx.scene.chart.XYChart.Series<>();
            benefit.setName("Cumulative benefit");
            javafx.scene.chart.XYChart.Series<Number, Number> cost = new javafx.scene.chart.XYChart.Series<>();
            cost.setName("Cumulative cost (build + run-rate)");
            if (r != null) {
                for (int m = 1; m <= org.genaiplan.model.decision.BusinessCase.HORIZON_MONTHS; m++) {
                    benefit.getData().add(new javafx.scene.chart.XYChart.Data<>(m,
                            org.genaiplan.schedule.BusinessCaseReport.benefit(r.inputs(), r.startMonth(), m)));
                    cost.getData().add(new javafx.scene.chart.XYChart.Data<>(m,
                            org.genaiplan.schedule.BusinessCaseReport.cost(r.buildCost(), r.runRate(), r.startMonth(), m)));
                }
            }
            chart.getData().setAll(java.util.List.of(benefit, cost));
        };
        model.reportProperty().addListener((obs, was, is) -> draw.run());
        draw.run();
        return chart;
    }

    private int field(GridPane grid, int row, Field field, String tip) {
        Label label = new Label(field.label());
        label.setTooltip(new Tooltip(tip));
        TextField text = new TextField();
        text.setId("businessCase" + camel(field.name()));
        text.getStyleClass().add("business-case-field");
        text.setTooltip(new Tooltip(tip));
        text.setPromptText(field == Field.START ? "after go-live" : field == Field.RUN_RATE ? "from the plan" : "");
        label.setLabelFor(text);
        model.field(field).addListener((obs, was, is) -> text.setText(is));
        text.setText(model.field(field).get());
        text.setOnAction(e -> model.set(field, text.getText()));
        text.focusedProperty().addListener((obs, was, is) -> {
            if (!is && !text.getText().equals(model.field(field).get())) {
                model.set(field, text.getText());
            }
        });
        grid.add(label, 0, row);
        grid.add(text, 1, row);
        return row + 1;
    }

    private int figure(GridPane grid, int row, String name, Figure figure, String id, boolean lead) {
        Label label = new Label(name);
        Label value = new Label();
        value.setId(id);
        value.textProperty().bind(model.figure(figure));
        value.getStyleClass().add(lead ? "business-case-lead" : "business-case-figure");
        label.getStyleClass().add(lead ? "business-case-lead-label" : "business-case-label");
        grid.add(label, 0, row);
        grid.add(value, 1, row);
        return row + 1;
    }

    private static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        for (String part : constant.split("_")) {
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out.toString();
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

    public BusinessCaseViewModel model() {
        return model;
    }
}
