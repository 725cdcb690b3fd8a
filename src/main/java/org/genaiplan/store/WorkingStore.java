package org.genaiplan.store;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.genaiplan.model.ChangeLog;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Risk;
import org.genaiplan.model.Task;

/**
 * The embedded H2 database that holds an open plan while it is edited. The app creates it itself under
 * a random UUID name in the store home; it is never a file a user gave us. Every user action becomes
 * one transaction ({@link #commit(Plan)}) that writes exactly the rows the action changed.
 */
public final class WorkingStore implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(WorkingStore.class.getName());
    static final String DB_SUFFIX = ".mv.db";
    private static final int BATCH = 1000;

    private final String id;
    private final Path dir;
    private final Connection connection;
    /** The tasks with a technique as last written to the decisions row; null until this store writes it. */
    private java.util.Set<Long> techniqueTasks;

    private WorkingStore(String id, Path dir, Connection connection) {
        this.id = id;
        this.dir = dir;
        this.connection = connection;
    }

    /** Creates a new, empty store with the current schema. */
    public static WorkingStore create(StoreHome home) throws SQLException, IOException {
        home.ensureExists();
        String id = UUID.randomUUID().toString();
        Path dir = home.stores();
        try {
            try (Connection c = connect(dir, id, false)) {
                Migrations.migrate(c);
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO store_info (id, unsaved) VALUES (1, FALSE)");
                }
            }
            return open(home, id);
        } catch (SQLException | RuntimeException e) {
            deleteFiles(dir, id); // a half-made store (a full disk) must not be offered for recovery
            throw e;
        }
    }

    /** Opens an existing store of this app by its id; it must exist. */
    public static WorkingStore open(StoreHome home, String id) throws SQLException {
        UUID.fromString(id); // only names we made
        Path dir = home.stores();
        Connection c = connect(dir, id, true);
        try {
            Migrations.migrate(c);
            c.setAutoCommit(false);
            return new WorkingStore(id, dir, c);
        } catch (SQLException | RuntimeException e) {
            c.close();
            throw e;
        }
    }

    /** The JDBC URL of a store; {@code mustExist} adds IFEXISTS=TRUE so nothing is created by accident. */
    static String url(Path dir, String id, boolean mustExist) {
        String base = "jdbc:h2:file:" + dir.toAbsolutePath().toString().replace('\\', '/') + "/" + id;
        return base + (mustExist ? ";IFEXISTS=TRUE" : "") + ";WRITE_DELAY=0;DB_CLOSE_DELAY=0";
    }

    private static Connection connect(Path dir, String id, boolean mustExist) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", "genaiplan");
        props.setProperty("password", "");
        Connection c = new org.h2.Driver().connect(url(dir, id, mustExist), props);
        if (c == null) {
            throw new SQLException("H2 refused the working store URL");
        }
        return c;
    }

    public String id() {
        return id;
    }

    /** The database file on disk. */
    public Path file() {
        return dir.resolve(id + DB_SUFFIX);
    }

    // ---- writing ----

    /** Replaces everything in the store with {@code plan}, in one batched transaction, and clears its log. */
    public void importAll(Plan plan, StoreInfo info) throws SQLException {
        inTransaction(() -> {
            try (Statement s = connection.createStatement()) {
                for (String table : List.of("tasks", "cost_lines", "dependencies", "risks", "risk_tasks", "roles", "holidays",
                        "gpu_prices", "model_prices", "phase_budgets", "plan_costs", "people", "capacity",
                        "quality_plan", "decisions", "stakeholders", "lessons")) {
                    s.executeUpdate("DELETE FROM " + table);
                }
            }
            SettingsTables.write(connection, plan);
            try (PreparedStatement p = connection.prepareStatement(INSERT_TASK.replace("MERGE", "INSERT")
                    .replace(" KEY (id)", ""))) {
                int[] n = {0};
                SqlException.unwrap(() -> PlanRows.forEachTask(plan, (t, position) -> {
                    try {
                        bindTask(p, t, position);
                        p.addBatch();
                        if (++n[0] % BATCH == 0) {
                            p.executeBatch();
                        }
                    } catch (SQLException e) {
                        throw new SqlException(e);
                    }
                }));
                p.executeBatch();
            }
            CostTables.insertAllLines(connection, plan, BATCH);
            CostTables.write(connection, plan);
            TrackingTable.write(connection, plan);
            writeDependencies(plan);
            insertAllRisks(plan);
            TeamTables.write(connection, plan);
            EstimateTables.writeAll(connection, plan);
            CapacityTables.write(connection, plan);
            QualityTables.write(connection, plan);
            techniqueTasks = DecisionTables.write(connection, plan);
            StakeholderTables.write(connection, plan);
            LessonTables.write(connection, plan);
            writeInfo(info);
        });
        plan.changes().drain();
    }

    /**
     * Drains the plan's change log and writes exactly what it names, in one transaction, with the
     * last-commit time; returns false if there was nothing to write.
     */
    public boolean commit(Plan plan) throws SQLException {
        return commit(plan, plan.changes().drain());
    }

    /**
     * Writes exactly what {@code changes} names (drained from the plan's log by the caller), in one
     * transaction, with the last-commit time; returns false if there was nothing to write.
     */
    public boolean commit(Plan plan, ChangeLog.Changes changes) throws SQLException {
        if (changes.isEmpty()) {
            return false;
        }
        try {
            commitChanges(plan, changes);
        } catch (SQLException e) {
            techniqueTasks = null; // rolled back: what the row holds is no longer known
            throw e;
        }
        return true;
    }

    private void commitChanges(Plan plan, ChangeLog.Changes changes) throws SQLException {
        inTransaction(() -> {
            if (changes.plan()) {
                SettingsTables.write(connection, plan);
                CostTables.write(connection, plan);
                TrackingTable.write(connection, plan);
                QualityTables.write(connection, plan);
                StakeholderTables.write(connection, plan);
                LessonTables.write(connection, plan);
            }
            if (DecisionTables.touched(plan, changes, techniqueTasks)) {
                techniqueTasks = DecisionTables.write(connection, plan);
            }
            writeTasks(plan, changes);
            EstimateTables.write(connection, plan, changes.tasks(), changes.removedTasks());
            if (changes.dependencies()) {
                writeDependencies(plan);
            }
            if (!changes.risks().isEmpty() || !changes.removedRisks().isEmpty()) {
                writeRisks(plan, changes);
            }
            if (changes.roles()) {
                TeamTables.write(connection, plan);
                CapacityTables.write(connection, plan);
            }
            try (PreparedStatement p = connection.prepareStatement(
                    "UPDATE store_info SET plan_name = ?, last_commit = ?, unsaved = TRUE WHERE id = 1")) {
                p.setString(1, plan.name());
                p.setObject(2, OffsetDateTime.now(ZoneOffset.UTC));
                p.executeUpdate();
            }
        });
    }

    /** Records the metadata (after open, save or save-as) in its own transaction. */
    public void writeInfo(StoreInfo info, boolean own) throws SQLException {
        if (own) {
            inTransaction(() -> writeInfo(info));
        } else {
            writeInfo(info);
        }
    }

    private static final String INSERT_TASK = "MERGE INTO tasks (id, parent_id, position, name, milestone,"
            + " duration_minutes, percent_complete, actual_start, owner_role, notes, phase, constraint_type,"
            + " constraint_date, fixed_cost, work_actual_cost, deadline) KEY (id)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private void writeTasks(Plan plan, ChangeLog.Changes changes) throws SQLException {
        if (!changes.removedTasks().isEmpty()) {
            for (String sql : List.of("DELETE FROM tasks WHERE id = ?", "DELETE FROM cost_lines WHERE task_id = ?")) {
                try (PreparedStatement p = connection.prepareStatement(sql)) {
                    for (long id : changes.removedTasks()) {
                        p.setLong(1, id);
                        p.addBatch();
                    }
                    p.executeBatch();
                }
            }
        }
        if (!changes.tasks().isEmpty()) {
            try (PreparedStatement p = connection.prepareStatement(INSERT_TASK);
                 PreparedStatement delete = connection.prepareStatement("DELETE FROM cost_lines WHERE task_id = ?");
                 PreparedStatement insert = connection.prepareStatement(CostTables.INSERT_LINE)) {
                for (long id : changes.tasks()) {
                    Task t = plan.task(id);
                    if (t != null) {
                        bindTask(p, t, plan.indexOf(t));
                        p.addBatch();
                        delete.setLong(1, id);
                        delete.addBatch();
                        CostTables.bindLines(insert, t);
                    }
                }
                p.executeBatch();
                delete.executeBatch();
                insert.executeBatch();
            }
        }
        if (!changes.childOrderOf().isEmpty()) {
            try (PreparedStatement p = connection.prepareStatement(
                    "UPDATE tasks SET parent_id = ?, position = ? WHERE id = ?")) {
                for (long parentId : changes.childOrderOf()) {
                    Task parent = parentId == ChangeLog.ROOT ? null : plan.task(parentId);
                    if (parentId != ChangeLog.ROOT && parent == null) {
                        continue; // removed with its subtree
                    }
                    List<Task> children = plan.children(parent);
                    for (int i = 0; i < children.size(); i++) {
                        setNullableLong(p, 1, parent == null ? null : parent.id());
                        p.setInt(2, i);
                        p.setLong(3, children.get(i).id());
                        p.addBatch();
                    }
                }
                p.executeBatch();
            }
        }
    }

    private static void bindTask(PreparedStatement p, Task t, int position) throws SQLException {
        p.setLong(1, t.id());
        setNullableLong(p, 2, t.parent() == null ? null : t.parent().id());
        p.setInt(3, position);
        p.setString(4, t.name());
        p.setBoolean(5, t.isMilestone());
        p.setLong(6, t.durationMinutes());
        p.setInt(7, t.percentComplete());
        p.setObject(8, t.actualStart(), Types.TIMESTAMP);
        p.setString(9, t.ownerRole());
        p.setString(10, t.notes());
        p.setString(11, t.phase());
        p.setString(12, t.constraintType().name());
        p.setObject(13, t.constraintDate(), Types.DATE);
        p.setString(14, t.fixedCost().toString());
        p.setString(15, CostTables.text(t.workActualCost()));
        p.setObject(16, t.deadline(), Types.DATE);
    }

    private void writeDependencies(Plan plan) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate("DELETE FROM dependencies");
        }
        try (PreparedStatement p = connection.prepareStatement("INSERT INTO dependencies (seq, predecessor_id,"
                + " successor_id, dep_type, lag_minutes) VALUES (?, ?, ?, ?, ?)")) {
            int seq = 0;
            for (var d : plan.dependencies()) {
                p.setInt(1, seq++);
                p.setLong(2, d.predecessorId());
                p.setLong(3, d.successorId());
                p.setString(4, d.type().name());
                p.setLong(5, d.lagMinutes());
                p.addBatch();
                if (seq % BATCH == 0) {
                    p.executeBatch();
                }
            }
            p.executeBatch();
        }
    }

    private void writeRisks(Plan plan, ChangeLog.Changes changes) throws SQLException {
        for (long id : changes.removedRisks()) {
            deleteRisk(id);
        }
        for (long id : changes.risks()) {
            Risk r = plan.risk(id);
            if (r != null) {
                writeRisk(r);
            }
        }
        writeRiskPositions(plan);
    }

    private void deleteRisk(long id) throws SQLException {
        for (String sql : List.of("DELETE FROM risks WHERE id = ?", "DELETE FROM risk_tasks WHERE risk_id = ?")) {
            try (PreparedStatement p = connection.prepareStatement(sql)) {
                p.setLong(1, id);
                p.executeUpdate();
            }
        }
    }

    private static final String MERGE_RISK = "MERGE INTO risks (id, position, title, statement,"
            + " category, phase, owner, probability, impact, strategy, mitigation, contingency, trigger_text,"
            + " due_date, status, residual_probability, residual_impact, cost_impact, raised, last_reviewed)"
            + " KEY (id) VALUES (?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_RISK_TASK = "INSERT INTO risk_tasks (risk_id, position, task_id) VALUES (?, ?, ?)";

    /** Every risk with its links, into emptied tables, in batches (a register of thousands takes one pass). */
    private void insertAllRisks(Plan plan) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(MERGE_RISK.replace("MERGE", "INSERT")
                .replace(" KEY (id)", "").replace("(?, 0,", "(?, ?,"));
             PreparedStatement links = connection.prepareStatement(INSERT_RISK_TASK)) {
            int position = 0;
            for (Risk r : plan.risks()) {
                p.setLong(1, r.id());
                p.setInt(2, position++);
                bindRisk(p, r, 1);
                p.addBatch();
                bindLinks(links, r);
                if (position % BATCH == 0) {
                    p.executeBatch();
                    links.executeBatch();
                }
            }
            p.executeBatch();
            links.executeBatch();
        }
    }

    /** Binds a risk's fields from parameter {@code 2 + shift} on (after its id and, with a shift, its position). */
    private static void bindRisk(PreparedStatement p, Risk r, int shift) throws SQLException {
        p.setString(2 + shift, r.title());
        p.setString(3 + shift, r.statement());
        p.setString(4 + shift, r.category());
        p.setString(5 + shift, r.phase());
        p.setString(6 + shift, r.owner());
        p.setInt(7 + shift, r.probability());
        p.setInt(8 + shift, r.impact());
        p.setString(9 + shift, r.strategy().name());
        p.setString(10 + shift, r.mitigation());
        p.setString(11 + shift, r.contingency());
        p.setString(12 + shift, r.trigger());
        p.setObject(13 + shift, r.dueDate(), Types.DATE);
        p.setString(14 + shift, r.status().name());
        p.setInt(15 + shift, r.residualProbability());
        p.setInt(16 + shift, r.residualImpact());
        p.setString(17 + shift, r.costImpact().toString());
        p.setObject(18 + shift, r.raised(), Types.DATE);
        p.setObject(19 + shift, r.lastReviewed(), Types.DATE);
    }

    private static void bindLinks(PreparedStatement p, Risk r) throws SQLException {
        int i = 0;
        for (long taskId : r.linkedTaskIds()) {
            p.setLong(1, r.id());
            p.setInt(2, i++);
            p.setLong(3, taskId);
            p.addBatch();
        }
    }

    private void writeRisk(Risk r) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement(MERGE_RISK)) {
            p.setLong(1, r.id());
            bindRisk(p, r, 0);
            p.executeUpdate();
        }
        try (PreparedStatement p = connection.prepareStatement("DELETE FROM risk_tasks WHERE risk_id = ?")) {
            p.setLong(1, r.id());
            p.executeUpdate();
        }
        try (PreparedStatement p = connection.prepareStatement(INSERT_RISK_TASK)) {
            bindLinks(p, r);
            p.executeBatch();
        }
    }

    private void writeRiskPositions(Plan plan) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("UPDATE risks SET position = ? WHERE id = ?")) {
            List<Risk> risks = plan.risks();
            for (int i = 0; i < risks.size(); i++) {
                p.setInt(1, i);
                p.setLong(2, risks.get(i).id());
                p.addBatch();
            }
            p.executeBatch();
        }
    }

    private void writeInfo(StoreInfo info) throws SQLException {
        try (PreparedStatement p = connection.prepareStatement("UPDATE store_info SET original_file = ?,"
                + " plan_name = ?, created = ?, last_commit = ?, unsaved = ?, file_size = ?, file_mtime_nanos = ?,"
                + " file_sha256 = ? WHERE id = 1")) {
            p.setString(1, info.originalFile().map(Path::toString).orElse(null));
            p.setString(2, info.planName());
            p.setObject(3, utc(info.created()));
            p.setObject(4, utc(info.lastCommit()));
            p.setBoolean(5, info.unsaved());
            FileStamp f = info.fileStamp();
            setNullableLong(p, 6, f == null ? null : f.size());
            setNullableLong(p, 7, f == null ? null : f.modified().to(TimeUnit.NANOSECONDS));
            p.setString(8, f == null ? null : f.sha256());
            p.executeUpdate();
        }
    }

    // ---- reading ----

    public StoreInfo info() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT original_file, plan_name, created, last_commit, unsaved,"
                     + " file_size, file_mtime_nanos, file_sha256 FROM store_info WHERE id = 1")) {
            if (!rs.next()) {
                throw new SQLException("the working store has no metadata record");
            }
            String file = rs.getString(1);
            FileStamp stamp = null;
            if (rs.getString(8) != null) {
                stamp = new FileStamp(rs.getLong(6), FileTime.from(rs.getLong(7), TimeUnit.NANOSECONDS), rs.getString(8));
            }
            return new StoreInfo(Optional.ofNullable(file).map(Path::of), rs.getString(2),
                    instant(rs.getObject(3, OffsetDateTime.class)), instant(rs.getObject(4, OffsetDateTime.class)),
                    rs.getBoolean(5), stamp);
        } finally {
            connection.commit();
        }
    }

    /** Reads every table back into a plan, checked by the model like any other input. */
    public PlanData loadData() throws SQLException {
        try {
            return new PlanData(SettingsTables.read(connection), readTasks(), readDependencies(), readRisks(),
                    TeamTables.readRoles(connection), CostTables.read(connection), TeamTables.readPeople(connection),
                    EstimateTables.read(connection),
                    TrackingTable.read(connection),
                    CapacityTables.read(connection),
                    QualityTables.read(connection),
                    DecisionTables.read(connection),
                    StakeholderTables.read(connection),
                    LessonTables.read(connection));
        } finally {
            connection.commit();
        }
    }

    public Plan load() throws SQLException {
        return PlanAssembler.assemble(loadData());
    }

    private List<PlanData.TaskRow> readTasks() throws SQLException {
        Map<Long, List<PlanData.CostLineRow>> lines = CostTables.readLines(connection);
        List<PlanData.TaskRow> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, parent_id, position, name, milestone, duration_minutes,"
                     + " percent_complete, actual_start, owner_role, notes, phase, constraint_type, constraint_date,"
                     + " fixed_cost, work_actual_cost, deadline FROM tasks ORDER BY parent_id NULLS FIRST, position")) {
            while (rs.next()) {
                long parentValue = rs.getLong(2);
                Long parent = rs.wasNull() ? null : parentValue;
                rows.add(new PlanData.TaskRow(rs.getLong(1), parent, rs.getInt(3),
                        rs.getString(4), rs.getBoolean(5), rs.getLong(6), rs.getInt(7),
                        rs.getObject(8, LocalDateTime.class), rs.getString(9), rs.getString(10), rs.getString(11),
                        rs.getString(12), rs.getObject(13, LocalDate.class), rs.getObject(16, LocalDate.class),
                        new BigDecimal(rs.getString(14)),
                        CostTables.decimal(rs.getString(15)), lines.getOrDefault(rs.getLong(1), List.of())));
            }
        }
        return rows;
    }

    private List<PlanData.DependencyRow> readDependencies() throws SQLException {
        List<PlanData.DependencyRow> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT predecessor_id, successor_id, dep_type, lag_minutes"
                     + " FROM dependencies ORDER BY seq")) {
            while (rs.next()) {
                rows.add(new PlanData.DependencyRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4)));
            }
        }
        return rows;
    }

    private List<PlanData.RiskRow> readRisks() throws SQLException {
        Map<Long, List<Long>> links = new HashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT risk_id, task_id FROM risk_tasks ORDER BY risk_id, position")) {
            while (rs.next()) {
                links.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
            }
        }
        List<PlanData.RiskRow> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, title, statement, category, phase, owner, probability, impact,"
                     + " strategy, mitigation, contingency, trigger_text, due_date, status, residual_probability,"
                     + " residual_impact, cost_impact, raised, last_reviewed FROM risks ORDER BY position, id")) {
            while (rs.next()) {
                long id = rs.getLong(1);
                rows.add(new PlanData.RiskRow(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        links.getOrDefault(id, List.of()), rs.getString(6), rs.getInt(7), rs.getInt(8),
                        rs.getString(9), rs.getString(10), rs.getString(11), rs.getString(12),
                        rs.getObject(13, LocalDate.class), rs.getString(14), rs.getInt(15), rs.getInt(16),
                        new BigDecimal(rs.getString(17)), rs.getObject(18, LocalDate.class),
                        rs.getObject(19, LocalDate.class)));
            }
        }
        return rows;
    }

    // ---- lifecycle ----

    @Override
    public void close() {
        try {
            if (!connection.isClosed()) {
                connection.rollback();
                connection.close();
            }
        } catch (SQLException e) {
            // closing a store that is already gone
            LOG.log(System.Logger.Level.DEBUG, "Closing a store that was already gone", e);
        }
    }

    /** Closes the store and deletes its files. */
    public void delete() throws IOException {
        close();
        deleteFiles(dir, id);
    }

    static void deleteFiles(Path dir, String id) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, id + ".*")) {
            for (Path f : files) {
                Files.deleteIfExists(f);
            }
        }
    }

    /** Carries an SQLException through a lambda that cannot throw it. */
    private static final class SqlException extends RuntimeException {
        SqlException(SQLException cause) {
            super(cause);
        }

        static void unwrap(Runnable body) throws SQLException {
            try {
                body.run();
            } catch (SqlException e) {
                throw (SQLException) e.getCause();
            }
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws SQLException;
    }

    private void inTransaction(Work work) throws SQLException {
        try {
            work.run();
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    private static void setNullableLong(PreparedStatement p, int index, Long value) throws SQLException {
        if (value == null) {
            p.setNull(index, Types.BIGINT);
        } else {
            p.setLong(index, value);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

}
