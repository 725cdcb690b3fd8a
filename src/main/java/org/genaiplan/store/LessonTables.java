package org.genaiplan.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.genaiplan.model.Plan;
import org.genaiplan.model.lessons.LessonLog;

/** The working store's one row holding the lessons-learned log as the JSON a package's lessons.json holds. */
final class LessonTables {
    private static final ObjectMapper MAPPER = Json.mapper();

    private LessonTables() {
    }

    static void write(Connection c, Plan plan) throws SQLException {
        String json;
        try {
            json = MAPPER.writeValueAsString(plan.lessons());
        } catch (JsonProcessingException e) {
            throw new SQLException("the lessons-learned log cannot be written", e);
        }
        try (PreparedStatement p = c.prepareStatement("MERGE INTO lessons (id, document) KEY (id) VALUES (1, ?)")) {
            p.setString(1, json);
            p.executeUpdate();
        }
    }

    static LessonLog read(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT document FROM lessons WHERE id = 1")) {
            if (!rs.next()) {
                return LessonLog.EMPTY;
            }
            try {
                return MAPPER.readValue(rs.getString(1), LessonLog.class);
            } catch (JsonProcessingException e) {
                throw new SQLException("the lessons-learned log in the working store cannot be read", e);
            }
        }
    }
}
