package org.genaiplan.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link Plan#remove(Task)} took out, enough for {@link Plan#restore(RemovedTasks)} to put it back
 * exactly: the subtree (its tasks keep their ids and fields), where it stood, the dependencies that
 * touched it and the risk links to it.
 */
public record RemovedTasks(Task root, Task parent, int index, List<Dependency> dependencies,
                           Map<Long, Set<Long>> riskLinks) {
}
