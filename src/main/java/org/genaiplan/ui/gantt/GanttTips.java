package org.genaiplan.ui.gantt;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;
import org.genaiplan.schedule.DurationFormat;
import org.genaiplan.schedule.PredecessorFormat;

/** The tooltip over a bar: dates, duration, slack and predecessors, as the sheet writes them. */
final class GanttTips {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy HH:mm", Locale.ENGLISH);
    private final Tooltip tooltip = new Tooltip();
    private final Node owner;
    private long shownId;
    private boolean installed;
    private long shownRevision = -1;
    private Plan formatsPlan;
    private long formatsVersion = -1;
    private DurationFormat durations;
    private PredecessorFormat predecessors;

    GanttTips(Node owner) {
        this.owner = owner;
        tooltip.setShowDelay(Duration.millis(400));
        tooltip.setShowDuration(Duration.seconds(20));
        tooltip.getStyleClass().add("gantt-tooltip");
    }

    void show(Plan plan, Task task) {
        if (task == null) {
            hide();
            return;
        }
        long revision = plan.structureVersion() * 31 + plan.dependencyVersion() + task.hashCode() + task.durationMinutes()
                + (task.start() == null ? 0 : task.start().hashCode()) + task.percentComplete();
        if (task.id() == shownId && revision == shownRevision && tooltip.getText() != null) {
            return;
        }
        shownId = task.id();
        shownRevision = revision;
        tooltip.setText(text(plan, task));
        if (!installed) {
            // Installed only over a bar, so empty chart space shows no empty tooltip.
            Tooltip.install(owner, tooltip);
            installed = true;
        }
    }

    void hide() {
        shownId = 0;
        tooltip.hide();
        if (installed) {
            Tooltip.uninstall(owner, tooltip);
            installed = false;
        }
    }

    String text(Plan plan, Task task) {
        use(plan);
        StringBuilder b = new StringBuilder();
        b.append(task.name()).append(" (").append(plan.wbsCode(task)).append(')');
        if (task.start() != null) {
            b.append("\nStart: ").append(WHEN.format(task.start()));
            b.append("\nFinish: ").append(WHEN.format(task.finish()));
        }
        b.append("\nDuration: ").append(durations.format(task.rolledUpDurationMinutes()));
        b.append("\nSlack: ").append(durations.format(task.totalSlackMinutes()));
        if (task.isCritical()) {
            b.append(" (critical)");
        }
        String preds = predecessors.format(task);
        b.append("\nPredecessors: ").append(preds == null || preds.isEmpty() ? "none" : preds);
        b.append("\n% complete: ").append(Math.round(task.rolledUpPercentComplete()));
        if (task.ownerRole() != null) {
            b.append("\nOwner: ").append(task.ownerRole());
        }
        return b.toString();
    }

    String duration(Plan plan, long minutes) {
        use(plan);
        return durations.format(minutes);
    }

    private void use(Plan plan) {
        long version = plan.structureVersion() * 1_000_003L + plan.dependencyVersion();
        if (plan != formatsPlan || version != formatsVersion || durations == null) {
            formatsPlan = plan;
            formatsVersion = version;
            durations = new DurationFormat(plan.calendar());
            predecessors = new PredecessorFormat(plan);
        }
    }

    Tooltip tooltip() {
        return tooltip;
    }

    Node owner() {
        return owner;
    }
}
