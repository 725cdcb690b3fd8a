package org.genaiplan.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway evidence run, not a test: kills a child committing to plain H2 and counts acknowledged
 * commits that are missing afterwards, for a given set of URL options (e.g. ";WRITE_DELAY=0" or "").
 * java -Dh2.allowedClasses= -cp ... org.genaiplan.store.WriteDelayTrial 50 ";WRITE_DELAY=0"
 */
public final class WriteDelayTrial {
    private WriteDelayTrial() {
    }

    public static void main(String[] args) throws Exception {
        int kills = Integer.parseInt(args[0]);
        String options = args.length > 1 ? args[1] : "";
        Path dir = Files.createTempDirectory("genaiplan-writedelay");
        Random random = new Random(3);
        int lostRuns = 0;
        long lostActs = 0;
        for (int i = 0; i < kills; i++) {
            String db = dir.resolve("db" + i).toString();
            int stopAt = 20 + random.nextInt(1500);
            Process child = ChildJvm.start("jdbc-burst", db, options);
            BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream()));
            int acked = 0;
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("ack ")) {
                    acked = Integer.parseInt(line.substring(4));
                    if (acked >= stopAt) {
                        break;
                    }
                }
            }
            child.destroyForcibly();
            child.waitFor(20, TimeUnit.SECONDS);
            int present = 0;
            try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db + ";IFEXISTS=TRUE", "sa", "");
                 Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(n), 0), COUNT(*) FROM acts")) {
                rs.next();
                present = rs.getInt(1);
                if (rs.getInt(2) != present) {
                    System.out.println("kill " + (i + 1) + ": HOLES in the committed rows");
                }
            } catch (java.sql.SQLException e) {
                System.out.println("kill " + (i + 1) + ": the table itself is gone (" + e.getErrorCode() + ")");
            }
            if (present < acked) {
                lostRuns++;
                lostActs += acked - present;
            }
            System.out.println("kill " + (i + 1) + ": acked " + acked + ", present " + present);
        }
        System.out.printf("SUMMARY options '%s': %d kills, %d lost acknowledged commits (%d commits in all)%n",
                options, kills, lostRuns, lostActs);
    }
}
