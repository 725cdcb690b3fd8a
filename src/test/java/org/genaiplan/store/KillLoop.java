package org.genaiplan.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.genaiplan.model.Plan;

/**
 * A throwaway evidence run, not a test: kills an editing child JVM N times and checks each recovery.
 * Prints one line per kill and a summary. Run with the H2 jar under test on the class path:
 * java -Dh2.allowedClasses= -cp ... org.genaiplan.store.KillLoop 100
 */
public final class KillLoop {
    private KillLoop() {
    }

    public static void main(String[] args) throws Exception {
        int kills = Integer.parseInt(args[0]);
        Path dir = Files.createTempDirectory("genaiplan-kills");
        Random random = new Random(args.length > 1 ? Long.parseLong(args[1]) : 1);
        int ok = 0;
        int lost = 0;
        int broken = 0;
        int hung = 0;
        ExecutorService pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r);
            t.setDaemon(true);
            return t;
        });
        System.out.println("H2 " + org.h2.engine.Constants.FULL_VERSION);
        for (int i = 0; i < kills; i++) {
            StoreHome home = new StoreHome(dir.resolve("home" + i));
            long seed = 5000 + i;
            int stopAt = 5 + random.nextInt(390);
            Process child = ChildJvm.start("edit-burst", home.root().toString(), String.valueOf(seed), "400");
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
            final int lastAck = acked;
            Future<String> check = pool.submit(() -> {
                List<RecoverableStore> found = Recovery.find(home);
                if (found.size() != 1 || !found.get(0).readable()) {
                    return "BROKEN found " + found;
                }
                try (PlanDocument doc = Recovery.recover(found.get(0), home)) {
                    PlanData data = PlanRows.of(doc.plan());
                    Plan plan = EditScript.startPlan();
                    EditScript script = new EditScript(seed);
                    for (int n = 1; n <= 400; n++) {
                        script.apply(plan, n);
                        if (PlanRows.of(plan).equals(data)) {
                            if (n >= lastAck) {
                                return "OK state after action " + n + ", last ack " + lastAck;
                            }
                        }
                    }
                    return "LOST recovered state matches no action >= " + lastAck;
                } catch (PlanFileException e) {
                    return "BROKEN " + e.getMessage();
                }
            });
            String result;
            try {
                result = check.get(60, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                result = "HUNG recovery did not finish in 60 s";
                check.cancel(true);
            }
            if (result.startsWith("OK")) {
                ok++;
            } else if (result.startsWith("LOST")) {
                lost++;
            } else if (result.startsWith("HUNG")) {
                hung++;
            } else {
                broken++;
            }
            System.out.println("kill " + (i + 1) + ": " + result);
        }
        System.out.printf("SUMMARY H2 %s: %d kills, %d recovered with every acknowledged action, %d lost actions,"
                + " %d broken, %d hung%n", org.h2.engine.Constants.FULL_VERSION, kills, ok, lost, broken, hung);
        System.exit(0);
    }
}
