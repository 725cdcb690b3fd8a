package org.genaiplan.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.genaiplan.model.Plan;

/** The working store's one row holding the GenAI decisions as the JSON a package's decisions.json holds. */
final class DecisionTables {
    private static final ObjectMapper MAPPER = Json.mapper();

    private DecisionTables() {
    }

    /** Writes the plan's decisions; returns the ids of the tasks that have a technique, as written. */
    static java.util.Set<Long> write(Connection c, Plan plan) throws SQLException {
        String json;
        DecisionData data = DecisionData.of(plan);
        try {
            json = MAPPER.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new SQLException("the decisions cannot be written", e);
        }
        try (PreparedStatement p = c.prepareStatement("MERGE INTO decisions (id, document) KEY (id) VALUES (1, ?)")) {
            p.setString(1, json);
            p.executeUpdate();
        }
        java.util.Set<Long> ids = new java.util.HashSet<>();
        data.techniques().forEach(t -> ids.add(t.taskId()));
        return ids;
    }

    /**
     * Whether {@code changes} can touch the decisions: the selection (a plan change), responsibilities (a role
     * change), or a changed or removed task that has or had a technique. {@code written} is what was written last,
     * null when unknown. Looks at the changed tasks only, so an edit of a large plan does not walk every task.
     */
    static boolean touched(Plan plan, org.genaiplan.model.ChangeLog.Changes changes, java.util.Set<Long> written) {
        if (written == null || changes.plan() || changes.roles()) {
            return true;
        }
        for (long id : changes.tasks()) {
            org.genaiplan.model.Task t = plan.task(id);
            if (written.contains(id) || t != null && t.technique() != null) {
                return true;
            }
        }
        for (long id : changes.removedTasks()) {
            if (written.contains(id)) {
                return true;
            }
        }
        return false;
    }

    static DecisionData read(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT document FROM decisions WHERE id = 1")) {
            if (!rs.next()) {
                return DecisionData.NONE;
            }
            try {
                return MAPPER.readValue(rs.getString(1), DecisionData.class);
            } catch (JsonProcessingException e) {
                throw new SQLException("the decisions in the working store cannot be read", e);
            }
        }
    }
}
