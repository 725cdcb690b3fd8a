package org.genaiplan.ui.quality;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Task;
import org.genaiplan.model.quality.IssueStatus;
import org.genaiplan.model.quality.QualityIssue;
import org.genaiplan.model.quality.QualityMetric;
import org.genaiplan.templates.ReferenceData;
import org.genaiplan.ui.CommandRunner;
import org.genaiplan.ui.PlanEditor;
import org.genaiplan.ui.command.SetQualityCommand;

/**
 * The issue log's model: the issues as rows, filtered by grade and status, the counts by grade and status, the five
 * grades with what each covers, an example and the response, and the edits (record, change, move on) as undoable
 * commands.
 */
public final class IssueLogViewModel {
    private final CommandRunner runner;
    private final Supplier<LocalDate> today;
    private final List<ReferenceData.BugSeverity> grades;
    private final ObservableList<IssueRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Integer> gradeFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<IssueStatus> statusFilter = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper counts = new ReadOnlyStringWrapper("");

    public IssueLogViewModel(PlanEditor editor, StringProperty message, ReferenceData reference,
                             Supplier<LocalDate> today) {
        this.runner = new CommandRunner(editor, message);
        this.today = today;
        this.grades = reference.bugSeverity();
        editor.addChangeListener(change -> refresh());
        gradeFilter.addListener((o, a, b) -> refresh());
        statusFilter.addListener((o, a, b) -> refresh());
        refresh();
    }

    public ObservableList<IssueRow> rows() {
        return rows;
    }

    /** Shows only issues of this grade (null: all). */
    public ObjectProperty<Integer> gradeFilterProperty() {
        return gradeFilter;
    }

    /** Shows only issues in this state (null: all). */
    public ObjectProperty<IssueStatus> statusFilterProperty() {
        return statusFilter;
    }

    /** "Grade 1: 0 · Grade 2: 1 · ... | open 1 · in progress 0 · ..." over the whole log. */
    public ReadOnlyStringProperty countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** The five grades with their definition, example and response. */
    public List<ReferenceData.BugSeverity> grades() {
        return grades;
    }

    /** What a grade means, for the picker: covers, an example and the expected response. */
    public String gradeHelp(int grade) {
        ReferenceData.BugSeverity g = grades.get(grade - 1);
        return "Grade " + g.grade() + " (" + g.name() + ")\nCovers: " + g.covers() + "\nExample: " + g.example()
                + "\nResponse: " + g.response();
    }

    /** Metric ids to names, for the dialog's metric choice. */
    public Map<String, String> metricChoices() {
        Map<String, String> out = new LinkedHashMap<>();
        Plan plan = runner.plan();
        if (plan != null) {
            for (QualityMetric m : plan.quality().metrics()) {
                out.put(m.id(), m.name());
            }
        }
        return out;
    }

    /** Risk ids to titles, for the dialog's risk choice. */
    public Map<Long, String> riskChoices() {
        Map<Long, String> out = new LinkedHashMap<>();
        Plan plan = runner.plan();
        if (plan != null) {
            for (Risk r : plan.risks()) {
                out.put(r.id(), r.code() + " " + r.title());
            }
        }
        return out;
    }

    /** The WBS code of a task, or "" (for the dialog's task field). */
    public String taskCode(Long taskId) {
        Plan plan = runner.plan();
        Task t = taskId == null || plan == null ? null : plan.task(taskId);
        return t == null ? "" : plan.wbsCode(t);
    }

    /** The task a typed WBS code names; null for an empty code; refused with a sentence when there is none. */
    public Long taskOf(String code) {
        String c = code == null ? "" : code.strip();
        if (c.isEmpty() || runner.plan() == null) {
            return null;
        }
        Task t = runner.plan().taskByWbsCode(c);
        if (t == null) {
            throw new org.genaiplan.model.ValidationException("There is no task " + c + " in the WBS.");
        }
        return t.id();
    }

    /** The issue's input, to edit it in the dialog; null when there is no such issue. */
    public IssueInput input(long id) {
        Plan plan = runner.plan();
        QualityIssue i = plan == null ? null : plan.quality().issue(id);
        return i == null ? null : new IssueInput(i.title(), i.grade(), i.status(), i.found(), i.owner(), i.metricId(),
                i.taskId(), i.riskId(), i.description());
    }

    /** A blank issue as the dialog starts it: grade 3, open, found today. */
    public IssueInput blank() {
        return new IssueInput("", 3, IssueStatus.OPEN, today.get(), "", null, null, null, "");
    }

    /** Records a new issue as one undoable step; returns its id, or -1 when it was refused (the message says why). */
    public long record(IssueInput in) {
        Plan plan = runner.plan();
        if (plan == null) {
            return -1;
        }
        long id = plan.quality().nextIssueId();
        String why = runner.run(new SetQualityCommand("Record issue",
                q -> q.withIssue(issue(id, in, fixedDate(in.status(), null)))));
        return why == null ? id : -1;
    }

    /** Changes an issue's fields as one undoable step; null when done, else why not. */
    public String change(long id, IssueInput in) {
        QualityIssue old = runner.plan() == null ? null : runner.plan().quality().issue(id);
        if (old == null) {
            return runner.refuse("That issue is no longer in the log.");
        }
        return runner.run(new SetQualityCommand("Edit issue #" + id,
                q -> q.withIssue(issue(id, in, fixedDate(in.status(), old.fixed())))));
    }

    /** Moves an issue on (in progress, fixed, verified, won't fix, or open again) as one undoable step. */
    public String setStatus(long id, IssueStatus status) {
        QualityIssue old = runner.plan() == null ? null : runner.plan().quality().issue(id);
        if (old == null) {
            return runner.refuse("Choose an issue first.");
        }
        if (old.status() == status) {
            return null;
        }
        return runner.run(new SetQualityCommand("Mark issue #" + id + " " + status.label(),
                q -> q.withIssue(old.withStatus(status, fixedDate(status, old.fixed())))));
    }

    public String delete(long id) {
        if (runner.plan() == null || runner.plan().quality().issue(id) == null) {
            return runner.refuse("Choose an issue first.");
        }
        return runner.run(new SetQualityCommand("Delete issue #" + id, q -> q.withoutIssue(id)));
    }

    private LocalDate fixedDate(IssueStatus status, LocalDate before) {
        if (status == IssueStatus.FIXED || status == IssueStatus.VERIFIED) {
            return before != null ? before : today.get();
        }
        return null;
    }

    private static QualityIssue issue(long id, IssueInput in, LocalDate fixed) {
        LocalDate found = in.found();
        LocalDate fixedOn = fixed != null && found != null && fixed.isBefore(found) ? found : fixed;
        return new QualityIssue(id, in.title(), in.grade(), in.status(), found, fixedOn, in.owner(), in.taskId(),
                in.metricId(), in.riskId(), in.description());
    }

    void refresh() {
        Plan plan = runner.plan();
        List<IssueRow> out = new ArrayList<>();
        int[] byGrade = new int[grades.size() + 1];
        int[] byStatus = new int[IssueStatus.values().length];
        if (plan != null) {
            for (QualityIssue i : plan.quality().issues()) {
                byGrade[i.grade()]++;
                byStatus[i.status().ordinal()]++;
                if ((gradeFilter.get() == null || gradeFilter.get() == i.grade())
                        && (statusFilter.get() == null || statusFilter.get() == i.status())) {
                    out.add(row(plan, i));
                }
            }
        }
        rows.setAll(out);
        StringBuilder b = new StringBuilder();
        for (int g = 1; g <= grades.size(); g++) {
            b.append(g == 1 ? "" : " \u00b7 ").append("Grade ").append(g).append(": ").append(byGrade[g]);
        }
        b.append("   |   ");
        for (IssueStatus s : IssueStatus.values()) {
            b.append(s.ordinal() == 0 ? "" : " \u00b7 ").append(s.label()).append(": ").append(byStatus[s.ordinal()]);
        }
        counts.set(b.toString());
    }

    private IssueRow row(Plan plan, QualityIssue i) {
        QualityMetric m = i.metricId() == null ? null : plan.quality().metric(i.metricId());
        Task t = i.taskId() == null ? null : plan.task(i.taskId());
        Risk r = i.riskId() == null ? null : plan.risk(i.riskId());
        return new IssueRow(i.id(), i.grade(), i.grade() + " " + grades.get(i.grade() - 1).name(), i.title(),
                i.status().label(), i.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'), i.owner(),
                i.found() == null ? "" : i.found().toString(), i.fixed() == null ? "" : i.fixed().toString(),
                m == null ? "" : m.name(), t == null ? "" : plan.wbsCode(t) + " " + t.name(),
                r == null ? "" : r.title(), i.description());
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
