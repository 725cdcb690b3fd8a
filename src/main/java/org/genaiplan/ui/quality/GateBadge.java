package org.genaiplan.ui.quality;

import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.genaiplan.model.Plan;
import org.genaiplan.model.quality.GateResult;
import org.genaiplan.model.quality.Gates;
import org.genaiplan.ui.PlanEditor;

/**
 * The status bar's word on the next gate: "Go / no-go: blocked (2 reasons)" in the gate's colour, the reasons in
 * its tooltip; clicking it shows the gate's view. Hidden when the plan has no gate left.
 */
public final class GateBadge extends Label {
    private final PlanEditor editor;
    private final Tooltip tip = new Tooltip();

    public GateBadge(PlanEditor editor, Runnable show) {
        this.editor = editor;
        setId("statusGate");
        getStyleClass().add("gate-badge");
        getStylesheets().add(GateBadge.class.getResource("quality.css").toExternalForm());
        tip.setShowDuration(Duration.seconds(30));
        setTooltip(tip);
        setOnMouseClicked(e -> show.run());
        editor.addChangeListener(change -> refresh());
        refresh();
    }

    void refresh() {
        Plan plan = editor.plan();
        GateResult next = plan == null ? null : Gates.next(plan);
        getStyleClass().removeIf(c -> c.startsWith("gate-") && !c.equals("gate-badge"));
        setVisible(next != null);
        setManaged(next != null);
        if (next == null) {
            setText("");
            tip.setText("");
            return;
        }
        getStyleClass().add("gate-" + next.status().name().toLowerCase(java.util.Locale.ROOT));
        setText("Next gate: " + next.summary());
        tip.setText(next.describe());
    }

}
