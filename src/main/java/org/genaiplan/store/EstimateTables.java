package org.genaiplan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.genaiplan.model.Estimate;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * The working store's table of three-point estimates (migration 6), one row per task that has one.
 * {@link WorkingStore} calls these inside its own transactions.
 */
final class EstimateTables {
    private EstimateTables() {
    }

    /** Rewrites the rows of the given tasks (changed or removed) from the plan. */
    static void write(Connection connection, Plan plan, Collection<Long> taskIds, Collection<Long> removed)
            throws SQLException {
        if (taskIds.isEmpty() && removed.isEmpty()) {
            return;
        }
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM task_estimates WHERE task_id = ?");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO task_estimates (task_id,"
                     + " optimistic_minutes, most_likely_minutes, pessimistic_minutes, distribution, correlation_group)"
                     + " VALUES (?, ?, ?, ?, ?, ?)")) {
            for (Collection<Long> ids : List.of(taskIds, removed)) {
                for (long id : ids) {
                    delete.setLong(1, id);
                    delete.addBatch();
                }
            }
            delete.executeBatch();
            for (long id : taskIds) {
                Task t = plan.task(id);
                Estimate e = t == null ? null : t.estimate();
                if (e != null) {
                    insert.setLong(1, id);
                    insert.setLong(2, e.optimisticMinutes());
                    insert.setLong(3, e.mostLikelyMinutes());
                    insert.setLong(4, e.pessimisticMinutes());
                    insert.setString(5, e.distribution().name());
                    insert.setString(6, e.group());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** Replaces every row with the plan's estimates. */
    static void writeAll(Connection connection, Plan plan) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.executeUpdate("DELETE FROM task_estimates");
        }
        List<Long> ids = new ArrayList<>();
        for (Task t : plan.tasksInOrder()) {
            if (t.estimate() != null) {
                ids.add(t.id());
            }
        }
        write(connection, plan, ids, List.of());
    }

    static List<PlanData.EstimateRow> read(Connection connection) throws SQLException {
        List<PlanData.EstimateRow> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT task_id, optimistic_minutes, most_likely_minutes, pessimistic_minutes,"
                     + " distribution, correlation_group FROM task_estimates ORDER BY task_id")) {
            while (rs.next()) {
                rows.add(new PlanData.EstimateRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getString(5), rs.getString(6)));
            }
        }
        return rows;
    }
}
