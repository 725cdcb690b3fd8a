package org.genaiplan.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.genaiplan.ui.FailureLog;

/**
 * The app's log: a rolling file in the app's data folder ({@code logs/genaiplan-0.log}, five files of 1 MB),
 * written through {@link System.Logger} (the JDK's logging, no extra library). Nothing is printed on the
 * console: users see sentences, the log keeps the traces.
 */
final class AppLog implements FailureLog {
    private static final System.Logger LOG = System.getLogger("org.genaiplan");
    private final Path file;

    private AppLog(Path file) {
        this.file = file;
    }

    /** Sends the app's logging to files under {@code folder}; falls back to no file when it cannot be written. */
    static AppLog install(Path folder) {
        LogManager.getLogManager().reset();
        Logger root = Logger.getLogger("");
        root.setLevel(Level.INFO);
        try {
            Files.createDirectories(folder);
            Handler handler = new FileHandler(folder.resolve("genaiplan-%g.log").toString(), 1_000_000, 5, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            root.addHandler(handler);
            System.setProperty("java.util.logging.SimpleFormatter.format",
                    "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
            return new AppLog(folder.resolve("genaiplan-0.log"));
        } catch (IOException | RuntimeException e) {
            return new AppLog(null);
        }
    }

    @Override
    public void record(String doing, Throwable error) {
        LOG.log(System.Logger.Level.ERROR, doing, error);
    }

    @Override
    public Path file() {
        return file;
    }
}
