package org.genaiplan.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@code app.Main} in a separate JVM with this test run's class path and JavaFX module path. */
final class ChildJvm {
    record Result(int exitCode, String output) {
    }

    private ChildJvm() {
    }

    static Result run(List<String> jvmOptions, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        String jfx = System.getProperty("genaiplan.test.jfx");
        if (jfx != null) {
            command.addAll(List.of("--module-path", jfx, "--add-modules", "javafx.controls,javafx.swing",
                    "--enable-native-access=javafx.graphics,ALL-UNNAMED"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "-Dh2.allowedClasses=",
                "-Djava.awt.headless=true"));
        command.addAll(jvmOptions);
        command.add(Main.class.getName());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the child JVM did not finish");
        }
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }
}
