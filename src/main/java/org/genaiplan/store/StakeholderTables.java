package org.genaiplan.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.genaiplan.model.Plan;
import org.genaiplan.model.people.StakeholderPlan;

/** The working store's one row holding stakeholders, RACI and communication plan as stakeholders.json holds them. */
final class StakeholderTables {
    private static final ObjectMapper MAPPER = Json.mapper();

    private StakeholderTables() {
    }

    static void write(Connection c, Plan plan) throws SQLException {
        String json;
        try {
            json = MAPPER.writeValueAsString(plan.stakeholders());
        } catch (JsonProcessingException e) {
            throw new SQLException("the stakeholders cannot be written", e);
        }
        try (PreparedStatement p = c.prepareStatement("MERGE INTO stakeholders (id, document) KEY (id) VALUES (1, ?)")) {
            p.setString(1, json);
            p.executeUpdate();
        }
    }

    static StakeholderPlan read(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT document FROM stakeholders WHERE id = 1")) {
            if (!rs.next()) {
                return StakeholderPlan.EMPTY;
            }
            try {
                return MAPPER.readValue(rs.getString(1), StakeholderPlan.class);
            } catch (JsonProcessingException e) {
                throw new SQLException("the stakeholders in the working store cannot be read", e);
            }
        }
    }
}
