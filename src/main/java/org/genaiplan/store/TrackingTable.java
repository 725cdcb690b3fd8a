package org.genaiplan.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.genaiplan.model.Plan;
import org.genaiplan.model.tracking.Tracking;

/**
 * The working store's {@code tracking} table: the plan's {@link Tracking} as one JSON document (the same
 * text as the package's {@code tracking.json}). It is written only when the value changed since the last
 * write to that store, so editing the plan's name does not rewrite its baselines.
 */
final class TrackingTable {
    private static final ObjectMapper MAPPER = Json.mapper();
    private static final Map<Connection, Tracking> WRITTEN = Collections.synchronizedMap(new WeakHashMap<>());

    private TrackingTable() {
    }

    static void write(Connection c, Plan plan) throws SQLException {
        Tracking tracking = plan.tracking();
        if (WRITTEN.get(c) == tracking) {
            return;
        }
        String json;
        try {
            json = MAPPER.writeValueAsString(tracking);
        } catch (JsonProcessingException e) {
            throw new SQLException("the plan's baselines could not be written", e);
        }
        try (PreparedStatement p = c.prepareStatement("MERGE INTO tracking (id, document) KEY (id) VALUES (1, ?)")) {
            p.setString(1, json);
            p.executeUpdate();
        }
        WRITTEN.put(c, tracking);
    }

    static Tracking read(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT document FROM tracking WHERE id = 1")) {
            if (!rs.next()) {
                return Tracking.NONE;
            }
            return MAPPER.readValue(rs.getString(1), Tracking.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("the plan's baselines in the working store cannot be read", e);
        }
    }
}
