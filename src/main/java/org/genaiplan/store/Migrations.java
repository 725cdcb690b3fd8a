package org.genaiplan.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a working store's schema up to date with numbered, hand-written SQL scripts from
 * {@code org/genaiplan/store/migrations}. Each script runs in one transaction that also records its
 * number in {@code schema_version}; H2 commits DDL by itself, so scripts use {@code IF NOT EXISTS} and
 * a half-run script simply runs again. A store newer than the app is refused.
 */
final class Migrations {
    /** The scripts in order; script N is at index N-1. Add new ones at the end, never edit old ones. */
    static final List<String> SCRIPTS = List.of("V001__initial.sql", "V002__costs.sql",
            "V003__project_settings.sql", "V004__people.sql", "V005__task_deadline.sql",
            "V006__risk_analysis.sql", "V007__tracking.sql", "V008__capacity.sql", "V009__quality.sql",
            "V010__decisions.sql", "V011__stakeholders.sql", "V012__lessons.sql");

    private Migrations() {
    }

    static int latest() {
        return SCRIPTS.size();
    }

    /** Runs the scripts the store has not had yet; returns the schema version afterwards. */
    static int migrate(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY,"
                        + " script CHARACTER VARYING NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
            }
            c.commit();
            int current = current(c);
            if (current > latest()) {
                throw new SQLException("the working store has schema " + current + ", newer than this app's "
                        + latest());
            }
            for (int v = current + 1; v <= latest(); v++) {
                String script = SCRIPTS.get(v - 1);
                try {
                    try (Statement s = c.createStatement()) {
                        for (String sql : statements(load(script))) {
                            s.execute(sql);
                        }
                    }
                    try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO schema_version (version, script, applied_at) VALUES (?, ?, CURRENT_TIMESTAMP)")) {
                        p.setInt(1, v);
                        p.setString(2, script);
                        p.executeUpdate();
                    }
                    c.commit();
                } catch (SQLException e) {
                    c.rollback();
                    throw e;
                }
            }
            return latest();
        } finally {
            c.setAutoCommit(auto);
        }
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String load(String script) throws SQLException {
        try (InputStream in = Migrations.class.getResourceAsStream("migrations/" + script)) {
            if (in == null) {
                throw new SQLException("migration " + script + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SQLException("migration " + script + " cannot be read", e);
        }
    }

    /** Splits a script at semicolons that end a line; lines starting with -- are comments. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
