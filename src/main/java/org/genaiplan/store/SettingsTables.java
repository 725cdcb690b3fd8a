package org.genaiplan.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.genaiplan.model.Plan;

/**
 * The working store's plan settings (one row) and calendar exceptions (the {@code holidays} table, one row
 * per exception since migration 3). {@link WorkingStore} calls these inside its own transactions.
 */
final class SettingsTables {
    private SettingsTables() {
    }

    /** Rewrites the settings row and every exception (there are few). */
    static void write(Connection connection, Plan plan) throws SQLException {
        PlanData.Settings s = PlanRows.settings(plan);
        try (PreparedStatement p = connection.prepareStatement("MERGE INTO plan_settings (id, name, description,"
                + " start_date, deadline, currency, working_days, day_start, minutes_per_day, status_date,"
                + " default_duration_minutes) KEY (id) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, s.name());
            p.setString(2, s.description());
            p.setObject(3, s.startDate(), Types.DATE);
            p.setObject(4, s.deadline(), Types.DATE);
            p.setString(5, s.currency());
            p.setString(6, s.workingDays().stream().map(DayOfWeek::name).collect(Collectors.joining(",")));
            p.setObject(7, s.dayStart(), Types.TIME);
            p.setInt(8, s.minutesPerDay());
            p.setObject(9, s.statusDate(), Types.DATE);
            p.setLong(10, s.defaultDurationMinutes());
            p.executeUpdate();
        }
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("DELETE FROM holidays");
        }
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO holidays (holiday_date, last_date, name) VALUES (?, ?, ?)")) {
            for (PlanData.ExceptionRow e : s.exceptions()) {
                p.setObject(1, e.first(), Types.DATE);
                p.setObject(2, e.last(), Types.DATE);
                p.setString(3, e.name() == null ? "" : e.name());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    static PlanData.Settings read(Connection connection) throws SQLException {
        List<PlanData.ExceptionRow> exceptions = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT holiday_date, last_date, name FROM holidays ORDER BY holiday_date")) {
            while (rs.next()) {
                exceptions.add(new PlanData.ExceptionRow(rs.getObject(1, LocalDate.class),
                        rs.getObject(2, LocalDate.class), rs.getString(3)));
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, description, start_date, deadline, currency, working_days,"
                     + " day_start, minutes_per_day, status_date, default_duration_minutes FROM plan_settings"
                     + " WHERE id = 1")) {
            if (!rs.next()) {
                throw new SQLException("the working store holds no plan");
            }
            List<DayOfWeek> days = Arrays.stream(rs.getString(6).split(","))
                    .filter(d -> !d.isBlank()).map(DayOfWeek::valueOf).toList();
            return new PlanData.Settings(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class), rs.getObject(9, LocalDate.class), rs.getString(5), days,
                    rs.getObject(7, LocalTime.class), rs.getInt(8), rs.getLong(10), exceptions);
        }
    }
}
