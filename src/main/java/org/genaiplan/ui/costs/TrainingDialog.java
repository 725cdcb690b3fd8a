package org.genaiplan.ui.costs;

import java.math.BigDecimal;
import java.util.Locale;
import javafx.event.ActionEvent;
import javafx.scene.Node;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.cost.ComputeCost;
import org.genaiplan.model.cost.GpuPrice;
import org.genaiplan.model.cost.TrainingEstimate;
import org.genaiplan.ui.MoneyText;
import org.genaiplan.ui.input.CellInput;

/**
 * Estimates the GPU hours of a training or fine-tuning run ({@link TrainingEstimate}) and hands back a
 * compute line: to fill the selected compute line or to add as a new one. Choosing a GPU type fills in its
 * peak TFLOP/s from the price table; utilisation can be changed.
 */
final class TrainingDialog extends Dialog<TrainingDialog.Result> {
    /** What the user chose: the compute inputs, a description, and whether to fill the selected line. */
    record Result(ComputeCost input, String description, boolean fill) {
    }

    private final PriceTableViewModel viewModel;
    private final TextField parameters = new TextField("7B");
    private final TextField tokens = new TextField("2B");
    private final ComboBox<TrainingEstimate.Method> method = new ComboBox<>();
    private final TextField gpus = new TextField("8");
    private final ComboBox<String> gpuType = new ComboBox<>();
    private final TextField peak = new TextField("");
    private final TextField utilisation = new TextField("40");
    private final Label result = new Label();
    private final Label error = new Label();

    TrainingDialog(PriceTableViewModel viewModel, ComputeCost current) {
        this.viewModel = viewModel;
        setTitle("Estimate training hours");
        setHeaderText("GPU hours of a training run from model size and training tokens");
        getDialogPane().getStylesheets().add(CostView.class.getResource("costs.css").toExternalForm());
        getDialogPane().getStyleClass().add("training-dialog");
        method.getItems().setAll(TrainingEstimate.Method.values());
        method.setValue(current == null ? TrainingEstimate.Method.LORA : TrainingEstimate.Method.FULL);
        gpuType.getItems().setAll(viewModel.gpuNames());
        gpuType.setEditable(true);
        if (current != null) {
            gpus.setText(Long.toString(current.gpuCount()));
            gpuType.setValue(current.gpuType());
        } else if (!gpuType.getItems().isEmpty()) {
            gpuType.setValue(gpuType.getItems().getFirst());
        }
        fillPeak();
        gpuType.valueProperty().addListener((obs, o, n) -> {
            fillPeak();
            update();
        });

        parameters.setId("trainingParameters");
        tokens.setId("trainingTokens");
        method.setId("trainingMethod");
        gpus.setId("trainingGpus");
        gpuType.setId("trainingGpuType");
        peak.setId("trainingPeak");
        utilisation.setId("trainingUtilisation");
        GridPane grid = new GridPane();
        grid.getStyleClass().add("training-grid");
        row(grid, 0, "Model size (parameters)", parameters, "The model's parameter count: 7B, 70B or 7e9.");
        row(grid, 1, "Training tokens", tokens,
                "Tokens the run reads in total: dataset tokens x epochs, e.g. 2B or 300M.");
        row(grid, 2, "Method", method, "Full training costs about 6 floating-point operations per parameter per"
                + " token (forward and backward pass). LoRA trains small adapters and skips most weight"
                + " gradients: about 4.");
        row(grid, 3, "GPUs", gpus, "GPUs working on the run at once.");
        row(grid, 4, "GPU type", gpuType, "Choosing a type from the price table fills in its peak TFLOP/s.");
        row(grid, 5, "Peak TFLOP/s per GPU", peak,
                "The GPU's peak dense throughput at the training precision, in trillions of operations per second.");
        row(grid, 6, "Utilisation %", utilisation, "The share of the peak a real run reaches; 30 to 50 % is usual"
                + " for large runs.");
        result.setId("trainingResult");
        result.getStyleClass().add("training-result");
        result.setWrapText(true);
        error.getStyleClass().add("cost-warning");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        VBox content = new VBox(10, grid, result, error);
        content.setPrefWidth(520);
        getDialogPane().setContent(content);
        for (TextField f : new TextField[] {parameters, tokens, gpus, peak, utilisation}) {
            f.textProperty().addListener((obs, o, n) -> update());
        }
        method.valueProperty().addListener((obs, o, n) -> update());

        ButtonType fill = new ButtonType("Fill selected line", ButtonBar.ButtonData.OK_DONE);
        ButtonType add = new ButtonType("Add compute line", current == null ? ButtonBar.ButtonData.OK_DONE
                : ButtonBar.ButtonData.OTHER);
        if (current != null) {
            getDialogPane().getButtonTypes().add(fill);
        }
        getDialogPane().getButtonTypes().addAll(add, ButtonType.CANCEL);
        for (ButtonType t : new ButtonType[] {fill, add}) {
            Node button = getDialogPane().lookupButton(t);
            if (button != null) {
                button.addEventFilter(ActionEvent.ACTION, e -> {
                    if (estimate() == null) {
                        e.consume();
                    }
                });
            }
        }
        setResultConverter(bt -> {
            if (bt != fill && bt != add) {
                return null;
            }
            TrainingEstimate est = estimate();
            if (est == null) {
                return null;
            }
            String description = est.method() + " " + Numbers.shortQuantity(est.parameters()) + " on "
                    + Numbers.shortQuantity(est.tokens()) + " tokens";
            return new Result(est.toComputeCost(gpuType.getValue().strip()), description, bt == fill);
        });
        update();
    }

    private static void row(GridPane grid, int row, String label, javafx.scene.control.Control field, String tip) {
        Label l = new Label(label);
        Tooltip t = new Tooltip(tip);
        t.setWrapText(true);
        t.setMaxWidth(380);
        l.setTooltip(t);
        field.setTooltip(t);
        grid.addRow(row, l, field);
    }

    private void fillPeak() {
        String name = gpuType.getValue();
        GpuPrice gpu = viewModel.gpu(name);
        if (gpu != null && gpu.peakTflops() > 0) {
            peak.setText(BigDecimal.valueOf(gpu.peakTflops()).stripTrailingZeros().toPlainString());
        }
    }

    /** The estimate from the fields, or null (with the reason shown) when a field is not acceptable. */
    private TrainingEstimate estimate() {
        try {
            if (gpuType.getValue() == null || gpuType.getValue().isBlank()) {
                throw new ValidationException("Choose the GPU type.");
            }
            long count = CellInput.count(gpus.getText(), "The GPU count");
            double util = CellInput.percent(utilisation.getText(), "Utilisation") / 100.0;
            TrainingEstimate est = new TrainingEstimate(CellInput.quantity(parameters.getText(), "The model size"),
                    CellInput.quantity(tokens.getText(), "The token count"), method.getValue(), count,
                    CellInput.real(peak.getText(), "The peak TFLOP/s"), util);
            error.setVisible(false);
            return est;
        } catch (ValidationException e) {
            error.setText(e.getMessage());
            error.setVisible(true);
            return null;
        }
    }

    private void update() {
        TrainingEstimate est = estimate();
        if (est == null) {
            result.setText("");
            return;
        }
        BigDecimal hours = est.wallClockHours();
        String text = String.format(Locale.ROOT, "%.3g FLOPs / (%d GPUs x %s TFLOP/s x %s %%) = %s hours of"
                        + " wall-clock time, %s GPU-hours.", est.flops(), est.gpus(),
                BigDecimal.valueOf(est.peakTflops()).stripTrailingZeros().toPlainString(),
                BigDecimal.valueOf(est.utilisation() * 100).stripTrailingZeros().toPlainString(),
                hours.toPlainString(), hours.multiply(BigDecimal.valueOf(est.gpus())).toPlainString());
        GpuPrice gpu = viewModel.gpu(gpuType.getValue());
        if (gpu != null) {
            text += " At " + MoneyText.format(gpu.pricePerHour()) + " per GPU-hour: "
                    + MoneyText.format(hours.multiply(BigDecimal.valueOf(est.gpus())).multiply(gpu.pricePerHour())) + " "
                    + viewModel.currency() + ".";
        }
        result.setText(text);
    }
}
