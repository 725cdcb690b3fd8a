package org.genaiplan.app;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.genaiplan.model.ScoreBand;
import org.genaiplan.model.Task;
import org.genaiplan.model.TaskKind;
import org.genaiplan.schedule.CostReport;
import org.genaiplan.schedule.ScheduleReport;

/** The facts {@code genaiplan info} prints about a scheduled plan. */
record PlanSummary(String name, LocalDate start, LocalDateTime finish, LocalDate deadline, int tasks,
                   int milestones, int summaries, int dependencies, int risks, int openRisks,
                   Map<ScoreBand, Integer> risksByBand, int roles, String currency, BigDecimal totalCost,
                   CostSummary costs, List<String> problems) {

    static PlanSummary of(Plan plan, ScheduleReport report, LocalDate today) {
        int milestones = 0;
        int summaries = 0;
        for (Task t : plan.tasksInOrder()) {
            if (t.kind() == TaskKind.MILESTONE) {
                milestones++;
            } else if (t.kind() == TaskKind.SUMMARY) {
                summaries++;
            }
        }
        Map<ScoreBand, Integer> bands = new EnumMap<>(ScoreBand.class);
        for (ScoreBand b : ScoreBand.values()) {
            bands.put(b, 0);
        }
        int open = 0;
        for (Risk r : plan.risks()) {
            bands.merge(r.band(), 1, Integer::sum);
            if (r.status() != RiskStatus.CLOSED) {
                open++;
            }
        }
        BigDecimal cost = BigDecimal.ZERO;
        for (Task root : plan.roots()) {
            cost = cost.add(root.cost());
        }
        return new PlanSummary(plan.name(), plan.startDate(), report.finish(), plan.deadline(), plan.taskCount(),
                milestones, summaries, plan.dependencies().size(), plan.risks().size(), open, bands,
                plan.roles().size(), plan.currency(), cost, CostSummary.of(plan, CostReport.of(plan, today)),
                report.problems());
    }

    String render(int formatVersion, String appVersion) {
        NumberFormat money = NumberFormat.getNumberInstance(Locale.US);
        money.setMinimumFractionDigits(2);
        money.setMaximumFractionDigits(2);
        StringBuilder s = new StringBuilder();
        row(s, "Name", name);
        row(s, "Start", start.toString());
        row(s, "Finish", finish == null ? "-" : finish.toLocalDate().toString());
        row(s, "Deadline", deadline == null ? "none" : deadline.toString());
        row(s, "Tasks", tasks + " (" + summaries + " summaries)");
        row(s, "Milestones", Integer.toString(milestones));
        row(s, "Dependencies", Integer.toString(dependencies));
        row(s, "Risks", risks + " (" + openRisks + " not closed; red " + risksByBand.get(ScoreBand.RED) + ", amber "
                + risksByBand.get(ScoreBand.AMBER) + ", green " + risksByBand.get(ScoreBand.GREEN) + ")");
        row(s, "Roles", Integer.toString(roles));
        row(s, "Total cost", currency + " " + money.format(totalCost));
        costs.lines().forEach(line -> s.append(oneLine(line)).append(System.lineSeparator()));
        row(s, "File format", formatVersion + " (saved by GenAI Planner " + appVersion + ")");
        for (String p : problems) {
            row(s, "Warning", p);
        }
        return s.toString();
    }

    private static void row(StringBuilder s, String label, String value) {
        s.append(String.format("%-13s %s%n", label + ":", oneLine(value)));
    }

    /** Text from the plan on one line: a name with line breaks cannot add lines of its own to the output. */
    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }
}
