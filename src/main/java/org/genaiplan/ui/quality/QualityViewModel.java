package org.genaiplan.ui.quality;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genaiplan.export.EvaluationCsv;
import org.genaiplan.export.ImportException;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.model.quality.Measurement;
import org.genaiplan.model.quality.QualityMetric;
import org.genaiplan.model.quality.QualityPlan;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.command.SetQualityCommand;

/**
 * The Quality view's model: the plan's metrics as rows with their latest value and status, the summary line, and
 * the import of evaluation results as one undoable step. It follows the editor and rebuilds its rows when the
 * plan's settings (where the quality plan lives) or the tasks change.
 */
public final class QualityViewModel {
    private final CommandRunner runner;
    private final ObservableList<MetricRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ObservableList<String> gateLines = FXCollections.observableArrayList();
    private final GateRows gates;

    public QualityViewModel(PlanEditor editor, StringProperty message) {
        this.runner = new CommandRunner(editor, message);
        this.gates = new GateRows(runner);
        editor.addChangeListener(change -> {
            if (change.settings() || change.structure() || change.anyTask()) {
                refresh();
            }
        });
        refresh();
    }

    public ObservableList<MetricRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Each gate with its status and reasons, in date order. */
    public ObservableList<String> gateLines() {
        return gateLines;
    }

    /** Making, changing and removing gates. */
    public GateRows gates() {
        return gates;
    }

    /** The row of a metric, or null. */
    public MetricRow row(String id) {
        for (MetricRow r : rows) {
            if (r.id().equals(id)) {
                return r;
            }
        }
        return null;
    }

    /**
     * Adds the measurements of an evaluation CSV as one undoable step. Returns null when they were added, else
     * the problems (a file that cannot be read, or every bad row by its number); nothing is added then.
     */
    public List<String> importEvaluation(Path file) {
        Plan plan = runner.plan();
        if (plan == null) {
            return List.of("Open a plan first.");
        }
        EvaluationCsv.Result result;
        try {
            result = EvaluationCsv.read(file, plan.quality());
        } catch (ImportException e) {
            return List.of(e.getMessage());
        }
        if (!result.problems().isEmpty()) {
            return result.problems();
        }
        List<Measurement> added = result.measurements();
        int n = added.size();
        String why = runner.run(new SetQualityCommand("Import " + n + (n == 1 ? " measurement" : " measurements"),
                q -> q.withMeasurements(added)));
        if (why != null) {
            return List.of(why);
        }
        runner.messageProperty().set("Imported " + n + (n == 1 ? " measurement" : " measurements") + " from "
                + file.getFileName() + ".");
        return null;
    }

    /** The metric as the dialog edits it, or a blank one for a new metric (null id). */
    public MetricInput metricInput(String id) {
        Plan plan = runner.plan();
        QualityMetric m = id == null || plan == null ? null : plan.quality().metric(id);
        if (m == null) {
            return new MetricInput("", "", "", "", true, "", "", "", "");
        }
        return new MetricInput(m.id(), m.name(), m.group(), m.measure(),
                m.direction() == org.genaiplan.model.quality.MetricDirection.AT_MOST, text(m.target()),
                text(m.warning()), m.unit(), m.sampleSize() == null ? "" : String.valueOf(m.sampleSize()));
    }

    /**
     * Adds a metric or changes one (its task and gate links stay) as one undoable step; null when done, else the
     * reason it was refused.
     */
    public String putMetric(MetricInput in, boolean isNew) {
        Plan plan = runner.plan();
        if (plan == null) {
            return runner.refuse("Open a plan first.");
        }
        String id = in.id().strip().isEmpty() ? in.name().strip().toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "") : in.id().strip();
        QualityMetric old = plan.quality().metric(id);
        if (isNew && old != null) {
            return runner.refuse("The quality plan already has a metric \"" + id + "\".");
        }
        QualityMetric made;
        try {
            made = new QualityMetric(id, in.name(), in.group(), in.measure(), in.atMost()
                    ? org.genaiplan.model.quality.MetricDirection.AT_MOST
                    : org.genaiplan.model.quality.MetricDirection.AT_LEAST, number(in.target(), "target"),
                    number(in.warning(), "warning threshold"), in.unit(), whole(in.sampleSize()),
                    old == null ? null : old.taskId(), old == null ? null : old.gateTaskId());
        } catch (org.genaiplan.model.ValidationException e) {
            return runner.refuse(e.getMessage());
        }
        return runner.run(new SetQualityCommand((isNew ? "Add metric " : "Edit metric ") + made.name(),
                q -> q.withMetric(made)));
    }

    private static String text(Double d) {
        return d == null ? "" : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }

    private static Double number(String text, String what) {
        String t = text == null ? "" : text.strip().replace("%", "").strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Double.valueOf(t);
        } catch (NumberFormatException e) {
            throw new org.genaiplan.model.ValidationException("The " + what + " \"" + text.strip()
                    + "\" is not a number.");
        }
    }

    private static Integer whole(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(t);
        } catch (NumberFormatException e) {
            throw new org.genaiplan.model.ValidationException("The sample size \"" + t + "\" is not a whole number.");
        }
    }

    void refresh() {
        Plan plan = runner.plan();
        gateLines.setAll(gates.lines());
        if (plan == null) {
            rows.clear();
            summary.set("");
            return;
        }
        QualityPlan q = plan.quality();
        List<MetricRow> out = new ArrayList<>();
        for (QualityMetric m : q.metrics()) {
            out.add(row(plan, q, m));
        }
        rows.setAll(out);
        summary.set(q.summaryLine());
    }

    private static MetricRow row(Plan plan, QualityPlan q, QualityMetric m) {
        List<MetricRow.Point> points = new ArrayList<>();
        for (Measurement x : q.measurementsOf(m.id())) {
            points.add(new MetricRow.Point(x.date(), x.value(), x.source()));
        }
        Measurement last = q.latest(m.id());
        var status = q.status(m);
        return new MetricRow(m.id(), m.group(), m.name(), m.measure(), m.targetText(),
                m.warning() == null ? "" : m.valueText(m.warning()),
                last == null ? "" : m.valueText(last.value()) + " (" + last.date() + ")", status.label(),
                status.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                m.sampleSize() == null ? "" : String.valueOf(m.sampleSize()), taskName(plan, m.taskId()),
                taskName(plan, m.gateTaskId()), m.unit(), m.target(), m.warning(), points);
    }

    private static String taskName(Plan plan, Long id) {
        Task t = id == null ? null : plan.task(id);
        return t == null ? "" : plan.wbsCode(t) + " " + t.name();
    }

    /** Puts a sentence in the status bar. */
    public void tell(String news) {
        runner.tell(news);
    }

    public boolean undo() {
        return runner.undo();
    }

    public boolean redo() {
        return runner.redo();
    }
}
