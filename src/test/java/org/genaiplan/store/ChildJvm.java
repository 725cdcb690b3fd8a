package org.genaiplan.store;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts {@link ChildMain} in a separate JVM with the test class path, as a second app process. */
final class ChildJvm {
    private ChildJvm() {
    }

    static ProcessBuilder builder(String allowedClasses, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("-Dh2.allowedClasses=" + allowedClasses);
        cmd.add("-Xmx512m");
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add(ChildMain.class.getName());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true);
    }

    static Process start(String... args) throws IOException {
        return builder("", args).start();
    }

    /** Runs the child to its end and returns its output; fails on a non-zero exit. */
    static String run(String allowedClasses, String... args) throws IOException, InterruptedException {
        Process p = builder(allowedClasses, args).start();
        String out = new String(p.getInputStream().readAllBytes());
        int code = p.waitFor();
        if (code != 0) {
            throw new IllegalStateException("child exited with " + code + ": " + out);
        }
        return out;
    }
}
