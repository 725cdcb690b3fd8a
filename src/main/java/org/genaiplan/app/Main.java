package org.genaiplan.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Set;

/**
 * The launcher. It is not a JavaFX {@code Application} so that the shaded jar starts with JavaFX on the
 * class path. It locks down H2 before any H2 class loads, then hands over to the command line.
 *
 * <p>{@code genaiplan} and {@code genaiplan FILE} go straight to the window: reading the command line's
 * annotations would cost the window's start-up a few hundred milliseconds of class loading for nothing.
 * Everything else (options, subcommands, more arguments) goes through {@link GenaiPlanCommand}.
 */
public final class Main {
    /** The subcommands' names: an argument spelled like one is never taken for a file to open. */
    static final Set<String> SUBCOMMANDS = Set.of("new", "info", "templates", "generate", "export", "import",
            "bench", "simulate", "baseline", "actuals", "level", "quality");

    private Main() {
    }

    public static void main(String[] args) {
        // No Java class may be named by a database: the working store never needs one (see ADR 0002).
        System.setProperty("h2.allowedClasses", "");
        // POI logs through the Log4j API; without a provider it prints an error line on every export.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory",
                    "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        if (opensTheWindowOnly(args)) {
            DesktopLauncher.launch(args.length == 0 ? null : Path.of(args[0]));
            System.exit(0);
        }
        System.exit(GenaiPlanCommand.execute(args));
    }

    /**
     * True when the arguments ask for the window and nothing else: none, or one that is not an option, an
     * argument file, a subcommand or a malformed path (those go through the command line, which explains).
     */
    static boolean opensTheWindowOnly(String... args) {
        if (args.length == 0) {
            return true;
        }
        String arg = args[0];
        if (args.length > 1 || arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@")
                || SUBCOMMANDS.contains(arg)) {
            return false;
        }
        try {
            Path.of(arg);
            return true;
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
