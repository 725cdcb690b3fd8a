package org.genaiplan.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.genaiplan.model.Plan;

/** The working store's roles and people (migration 4), rewritten whole when either changes. */
final class TeamTables {
    private TeamTables() {
    }

    static void write(Connection connection, Plan plan) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("DELETE FROM roles");
            st.executeUpdate("DELETE FROM people");
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO roles (position, name, rate_per_hour,"
                + " example, max_units, availability) VALUES (?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (PlanData.RoleRow role : TeamRows.roles(plan)) {
                p.setInt(1, i++);
                p.setString(2, role.name());
                p.setString(3, role.ratePerHour().toString());
                p.setBoolean(4, role.example());
                p.setInt(5, role.maxUnits());
                p.setString(6, role.availability());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO people (position, name, role,"
                + " rate_per_hour, max_units, availability) VALUES (?, ?, ?, ?, ?, ?)")) {
            int i = 0;
            for (PlanData.PersonRow person : TeamRows.people(plan)) {
                p.setInt(1, i++);
                p.setString(2, person.name());
                p.setString(3, person.role());
                p.setString(4, CostTables.text(person.ratePerHour()));
                p.setInt(5, person.maxUnits());
                p.setString(6, person.availability());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    static List<PlanData.RoleRow> readRoles(Connection connection) throws SQLException {
        List<PlanData.RoleRow> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, rate_per_hour, example, max_units, availability FROM roles"
                     + " ORDER BY position")) {
            while (rs.next()) {
                rows.add(new PlanData.RoleRow(rs.getString(1), new BigDecimal(rs.getString(2)), rs.getBoolean(3),
                        rs.getInt(4), rs.getString(5)));
            }
        }
        return rows;
    }

    static List<PlanData.PersonRow> readPeople(Connection connection) throws SQLException {
        List<PlanData.PersonRow> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, role, rate_per_hour, max_units, availability FROM people"
                     + " ORDER BY position")) {
            while (rs.next()) {
                rows.add(new PlanData.PersonRow(rs.getString(1), rs.getString(2), CostTables.decimal(rs.getString(3)),
                        rs.getInt(4), rs.getString(5)));
            }
        }
        return rows;
    }
}
