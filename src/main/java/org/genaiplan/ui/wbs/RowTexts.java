package org.genaiplan.ui.wbs;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Task;
import org.genaiplan.model.TaskKind;
import org.genaiplan.ui.MoneyText;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.TaskFormats;
import org.genaiplan.ui.rows.TaskRow;

/**
 * What each cell of the WBS sheet shows, formatted when the cell is drawn (only rows on screen are). The
 * IDs come from the formats (the same index the Predecessors column reads and writes); the risks linked to
 * each task are indexed here, again when the plan's risks or outline change.
 */
public final class RowTexts {
    /** How the sheet shows a date: weekday and ISO date, such as "Mon 2026-11-02". */
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);

    private final PlanEditor editor;
    private final TaskFormats formats;
    private Plan risksOf;
    private final Map<Long, String> risks = new HashMap<>();
    private final BaselineTexts baselines;

    public RowTexts(PlanEditor editor, TaskFormats formats) {
        this.editor = Objects.requireNonNull(editor);
        this.formats = Objects.requireNonNull(formats);
        this.baselines = new BaselineTexts(formats);
        editor.addChangeListener(change -> {
            if (change.risks() || change.structure()) {
                risksOf = null;
            }
        });
    }

    /** The text of one cell; empty for a task that no longer exists. */
    public String text(TaskRow row, WbsColumn column) {
        Plan plan = editor.plan();
        Task t = plan == null ? null : plan.task(row.taskId());
        return t == null ? "" : text(plan, t, column);
    }

    String text(Plan plan, Task t, WbsColumn column) {
        boolean summary = t.kind() == TaskKind.SUMMARY;
        return switch (column) {
            case ID -> Integer.toString(idOf(plan, t));
            case WBS -> plan.wbsCode(t);
            case NAME -> t.name();
            case DURATION -> formats.formatDuration(plan, t.rolledUpDurationMinutes());
            case START -> date(t.start());
            case FINISH -> date(t.finish());
            // A narrow column: the ISO date alone (typed in any of the date forms).
            case DEADLINE -> t.deadline() == null ? "" : t.deadline().toString();
            case PREDECESSORS -> formats.formatPredecessors(plan, t);
            case PERCENT -> Math.round(t.rolledUpPercentComplete()) + "%";
            case SLACK -> formats.formatDuration(plan, t.totalSlackMinutes());
            case OWNER -> t.ownerRole() == null ? "" : t.ownerRole();
            case COST -> MoneyText.format(t.cost().signum() == 0 && !summary ? t.fixedCost() : t.cost());
            case PHASE -> t.phase() == null ? "" : t.phase();
            case NOTES -> t.notes();
            case RISKS -> linkedRisks(plan, t.id());
            case BASELINE_START, BASELINE_FINISH, FINISH_VARIANCE -> baselines.text(plan, t, column);
        };
    }

    /** The task's ID: its row number in the whole outline (1 is the first row), as MS Project numbers rows. */
    public int idOf(Plan plan, Task task) {
        return formats.idOf(plan, task);
    }

    private String linkedRisks(Plan plan, long taskId) {
        if (risksOf != plan) {
            risks.clear();
            for (Risk r : plan.risks()) {
                for (long id : r.linkedTaskIds()) {
                    risks.merge(id, r.code() + " " + r.title(), (a, b) -> a + "\n" + b);
                }
            }
            risksOf = plan;
        }
        return risks.getOrDefault(taskId, "");
    }

    private static String date(LocalDateTime value) {
        return value == null ? "" : DATE.format(value);
    }
}
