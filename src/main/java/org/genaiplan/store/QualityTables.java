package org.genaiplan.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.genaiplan.model.Plan;
import org.genaiplan.model.quality.QualityPlan;

/** The working store's one row holding the quality plan as the JSON a package's quality.json holds. */
final class QualityTables {
    private static final ObjectMapper MAPPER = Json.mapper();

    private QualityTables() {
    }

    static void write(Connection c, Plan plan) throws SQLException {
        String json;
        try {
            json = MAPPER.writeValueAsString(plan.quality());
        } catch (JsonProcessingException e) {
            throw new SQLException("the quality plan cannot be written", e);
        }
        try (PreparedStatement p = c.prepareStatement("MERGE INTO quality_plan (id, document) KEY (id) VALUES (1, ?)")) {
            p.setString(1, json);
            p.executeUpdate();
        }
    }

    static QualityPlan read(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT document FROM quality_plan WHERE id = 1")) {
            if (!rs.next()) {
                return QualityPlan.EMPTY;
            }
            try {
                return MAPPER.readValue(rs.getString(1), QualityPlan.class);
            } catch (JsonProcessingException e) {
                throw new SQLException("the quality plan in the working store cannot be read", e);
            }
        }
    }
}
