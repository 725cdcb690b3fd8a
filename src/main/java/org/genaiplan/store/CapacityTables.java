package org.genaiplan.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.genaiplan.model.Plan;

/** The working store's capacity (migration 6): one row holding the package's capacity entry as JSON. */
final class CapacityTables {
    private CapacityTables() {
    }

    static void write(Connection connection, Plan plan) throws SQLException {
        String body;
        try {
            body = Json.mapper().writeValueAsString(CapacityData.of(plan));
        } catch (JsonProcessingException e) {
            throw new SQLException("the capacity could not be written as JSON", e);
        }
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("DELETE FROM capacity");
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO capacity (id, body) VALUES (1, ?)")) {
            p.setString(1, body);
            p.executeUpdate();
        }
    }

    static CapacityData read(Connection connection) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT body FROM capacity WHERE id = 1")) {
            if (!rs.next()) {
                return CapacityData.none();
            }
            try {
                return Json.mapper().readValue(rs.getString(1), CapacityData.class);
            } catch (JsonProcessingException e) {
                throw new SQLException("the working store's capacity row is not valid JSON", e);
            }
        }
    }
}
