package org.genaiplan.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.genaiplan.model.Plan;

/**
 * The other process in store tests: it holds a plan open, saves in a loop, edits in a burst, or builds
 * a hostile H2 file. Whatever the parent needs to kill or race against.
 */
public final class ChildMain {
    private ChildMain() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "hold" -> hold(Path.of(args[1]), Path.of(args[2]));
            case "save-loop" -> saveLoop(Path.of(args[1]), Path.of(args[2]), Integer.parseInt(args[3]));
            case "edit-burst" -> editBurst(Path.of(args[1]), Long.parseLong(args[2]), Integer.parseInt(args[3]));
            case "h2-trigger" -> h2Trigger(args[1], Path.of(args[2]));
            case "open-raw" -> openRaw(args[1]);
            case "jdbc-burst" -> jdbcBurst(args[1], args[2]);
            case "edit-then-crash" -> editThenCrash(Path.of(args[1]), Path.of(args[2]), Boolean.parseBoolean(args[3]));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /** Opens a plan and keeps it open until the parent closes our standard input. */
    private static void hold(Path home, Path file) throws Exception {
        try (PlanDocument doc = PlanDocument.open(file, new StoreHome(home))) {
            System.out.println("open " + doc.plan().name());
            System.out.flush();
            new BufferedReader(new InputStreamReader(System.in)).readLine();
        }
    }

    /** Saves a large plan over and over, alternating two versions, until killed. */
    private static void saveLoop(Path home, Path file, int tasks) throws Exception {
        Plan plan = SamplePlans.large(tasks);
        try (PlanDocument doc = PlanDocument.create(plan, new StoreHome(home))) {
            doc.saveAs(file);
            for (int i = 1; ; i++) {
                doc.plan().setName("Version " + i);
                doc.commit();
                doc.save();
                System.out.println("saved " + i);
                System.out.flush();
            }
        }
    }

    /** Performs the edit script one committed action at a time, printing "ack N" after each. */
    private static void editBurst(Path home, long seed, int actions) throws Exception {
        EditScript script = new EditScript(seed);
        PlanDocument doc = PlanDocument.create(EditScript.startPlan(), new StoreHome(home));
        System.out.println("store " + doc.storeId());
        for (int n = 1; n <= actions; n++) {
            script.apply(doc.plan(), n);
            doc.commit();
            System.out.println("ack " + n);
            System.out.flush();
        }
        System.out.println("done");
        System.out.flush();
        Thread.sleep(60_000); // wait to be killed, like a crash with everything committed
    }

    /** Opens a plan, optionally commits two actions, and dies without closing anything. */
    private static void editThenCrash(Path home, Path file, boolean edit) throws Exception {
        PlanDocument doc = PlanDocument.open(file, new StoreHome(home));
        if (edit) {
            doc.plan().setName("Edited before the crash");
            doc.commit();
            doc.plan().addTask(null, "Added before the crash");
            doc.commit();
        }
        System.out.println("ack");
        System.out.flush();
        Runtime.getRuntime().halt(3);
    }

    /** Builds an H2 database whose trigger, defined by Java source, writes {@code marker} when loaded. */
    private static void h2Trigger(String db, Path marker) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE tasks (id INT PRIMARY KEY)");
            String source = "org.h2.api.Trigger create() { "
                    + "try { java.nio.file.Files.writeString(java.nio.file.Path.of(\""
                    + marker.toString().replace("\\", "\\\\") + "\"), \"ran\"); } catch (Exception e) { } "
                    + "return new org.h2.api.Trigger() { public void fire(java.sql.Connection c, Object[] o, Object[] n) { } }; }";
            s.execute("CREATE TRIGGER evil BEFORE INSERT ON tasks AS $$" + source + "$$");
        }
    }

    /** Plain H2 with the given URL options: one committed insert per "ack N", for the write-delay trial. */
    private static void jdbcBurst(String db, String options) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db + options, "sa", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS acts (n INT PRIMARY KEY, payload VARCHAR)");
            c.setAutoCommit(false);
            for (int n = 1; ; n++) {
                s.executeUpdate("INSERT INTO acts VALUES (" + n + ", REPEAT('x', 200))");
                s.executeUpdate("UPDATE acts SET payload = 'y' WHERE n = " + Math.max(1, n / 2));
                c.commit();
                System.out.println("ack " + n);
                System.out.flush();
            }
        }
    }

    /** Opens a database file directly with H2, as a careless app would. */
    private static void openRaw(String db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db + ";IFEXISTS=TRUE", "sa", "")) {
            c.createStatement().execute("SELECT 1");
        }
    }
}
