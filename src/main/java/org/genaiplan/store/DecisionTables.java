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

    static void write(Connection c, Plan plan) throws SQLException {
        String json;
        try {
            json = MAPPER.writeValueAsString(DecisionData.of(plan));
        } catch (JsonProcessingException e) {
            throw new SQLException("the decisions cannot be written", e);
        }
        try (PreparedStatement p = c.prepareStatement("MERGE INTO decisions (id, document) KEY (id) VALUES (1, ?)")) {
            p.setString(1, json);
            p.executeUpdate();
        }
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
