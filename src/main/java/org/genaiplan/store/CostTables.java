package org.genaiplan.store;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Task;

/**
 * The working store's cost tables (migration 2): the cost lines of tasks, and the price table with the
 * budgets. {@link WorkingStore} calls these inside its own transactions.
 */
final class CostTables {
    static final String INSERT_LINE = "INSERT INTO cost_lines (task_id, position, description, kind,"
            + " role, gpu_type, model, hours, gpu_count, requests_per_month, input_tokens, output_tokens, months,"
            + " items, minutes_per_item, amount, actual) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private CostTables() {
    }

    /** Inserts the cost lines of every task (into an emptied table), {@code batch} rows at a time. */
    static void insertAllLines(Connection connection, Plan plan, int batch) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(INSERT_LINE)) {
            int pending = 0;
            for (Task t : plan.tasksInOrder()) {
                pending += bindLines(p, t);
                if (pending >= batch) {
                    p.executeBatch();
                    pending = 0;
                }
            }
            p.executeBatch();
        }
    }

    /** Adds a batch row for each of the task's cost lines; returns how many. */
    static int bindLines(PreparedStatement p, Task t) throws SQLException {
        int position = 0;
        for (var line : t.costLines()) {
            PlanData.CostLineRow r = CostRows.row(line);
            p.setLong(1, t.id());
            p.setInt(2, position++);
            p.setString(3, r.description());
            p.setString(4, r.kind());
            p.setString(5, r.role());
            p.setString(6, r.gpuType());
            p.setString(7, r.model());
            p.setString(8, text(r.hours()));
            setNullableLong(p, 9, r.gpuCount());
            setNullableLong(p, 10, r.requestsPerMonth());
            setNullableLong(p, 11, r.inputTokens());
            setNullableLong(p, 12, r.outputTokens());
            p.setString(13, text(r.months()));
            setNullableLong(p, 14, r.items());
            p.setString(15, text(r.minutesPerItem()));
            p.setString(16, text(r.amount()));
            p.setString(17, text(r.actual()));
            p.addBatch();
        }
        return position;
    }

    /** The price table and the budgets, rewritten whole (they are small). */
    static void write(Connection connection, Plan plan) throws SQLException {
        PlanData.Costs c = CostRows.costs(plan);
        try (Statement st = connection.createStatement()) {
            for (String table : List.of("gpu_prices", "model_prices", "phase_budgets")) {
                st.executeUpdate("DELETE FROM " + table);
            }
        }
        try (PreparedStatement p = connection.prepareStatement(
                "MERGE INTO plan_costs (id, priced_on, budget_total) KEY (id) VALUES (1, ?, ?)")) {
            p.setObject(1, c.pricedOn(), Types.DATE);
            p.setString(2, text(c.budget()));
            p.executeUpdate();
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO gpu_prices (position, name,"
                + " price_per_hour, peak_tflops, example) VALUES (?, ?, ?, ?, ?)")) {
            int i = 0;
            for (PlanData.GpuRow g : c.gpus()) {
                p.setInt(1, i++);
                p.setString(2, g.name());
                p.setString(3, g.pricePerHour().toString());
                p.setDouble(4, g.peakTflops());
                p.setBoolean(5, g.example());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO model_prices (position, model,"
                + " input_per_million, output_per_million, example) VALUES (?, ?, ?, ?, ?)")) {
            int i = 0;
            for (PlanData.ModelRow m : c.models()) {
                p.setInt(1, i++);
                p.setString(2, m.model());
                p.setString(3, m.inputPerMillion().toString());
                p.setString(4, m.outputPerMillion().toString());
                p.setBoolean(5, m.example());
                p.addBatch();
            }
            p.executeBatch();
        }
        try (PreparedStatement p = connection.prepareStatement(
                "INSERT INTO phase_budgets (position, phase, amount) VALUES (?, ?, ?)")) {
            int i = 0;
            for (PlanData.PhaseBudgetRow b : c.phaseBudgets()) {
                p.setInt(1, i++);
                p.setString(2, b.phase());
                p.setString(3, b.amount().toString());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    static Map<Long, List<PlanData.CostLineRow>> readLines(Connection connection) throws SQLException {
        Map<Long, List<PlanData.CostLineRow>> lines = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT task_id, description, kind, role, gpu_type, model, hours, gpu_count,"
                     + " requests_per_month, input_tokens, output_tokens, months, items, minutes_per_item, amount,"
                     + " actual FROM cost_lines ORDER BY task_id, position")) {
            while (rs.next()) {
                lines.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PlanData.CostLineRow(
                        rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                        decimal(rs.getString(7)), nullableLong(rs, 8), nullableLong(rs, 9), nullableLong(rs, 10),
                        nullableLong(rs, 11), decimal(rs.getString(12)), nullableLong(rs, 13),
                        decimal(rs.getString(14)), decimal(rs.getString(15)), decimal(rs.getString(16))));
            }
        }
        return lines;
    }

    static PlanData.Costs read(Connection connection) throws SQLException {
        LocalDate pricedOn = null;
        BigDecimal budget = null;
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT priced_on, budget_total FROM plan_costs WHERE id = 1")) {
            if (rs.next()) {
                pricedOn = rs.getObject(1, LocalDate.class);
                budget = decimal(rs.getString(2));
            }
        }
        List<PlanData.GpuRow> gpus = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT name, price_per_hour, peak_tflops, example FROM gpu_prices"
                     + " ORDER BY position")) {
            while (rs.next()) {
                gpus.add(new PlanData.GpuRow(rs.getString(1), new BigDecimal(rs.getString(2)), rs.getDouble(3),
                        rs.getBoolean(4)));
            }
        }
        List<PlanData.ModelRow> models = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT model, input_per_million, output_per_million, example"
                     + " FROM model_prices ORDER BY position")) {
            while (rs.next()) {
                models.add(new PlanData.ModelRow(rs.getString(1), new BigDecimal(rs.getString(2)),
                        new BigDecimal(rs.getString(3)), rs.getBoolean(4)));
            }
        }
        List<PlanData.PhaseBudgetRow> phases = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT phase, amount FROM phase_budgets ORDER BY position")) {
            while (rs.next()) {
                phases.add(new PlanData.PhaseBudgetRow(rs.getString(1), new BigDecimal(rs.getString(2))));
            }
        }
        return new PlanData.Costs(pricedOn, gpus, models, budget, phases);
    }

    static String text(BigDecimal value) {
        return value == null ? null : value.toString();
    }

    static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static void setNullableLong(PreparedStatement p, int index, Long value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.BIGINT);
        } else {
            p.setLong(index, value);
        }
    }
}
