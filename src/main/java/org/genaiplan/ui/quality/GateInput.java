package org.genaiplan.ui.quality;

import java.util.List;

/**
 * A gate as its dialog edits it: the milestone (task id), the metrics that must meet their targets, the lowest
 * grade an open issue may not reach (null: issues do not count) and the highest risk score allowed (null: risks do
 * not count). A gate's tasks-complete condition is kept as it was.
 */
public record GateInput(long milestoneId, List<String> metricIds, Integer issueGrade, Integer riskScore) {
    public GateInput {
        metricIds = List.copyOf(metricIds);
    }
}
