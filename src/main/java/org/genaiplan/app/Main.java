package org.genaiplan.app;

/**
 * The launcher. It is not a JavaFX {@code Application} so that the shaded jar starts with JavaFX on the
 * class path. It locks down H2 before any H2 class loads, then hands over to the command line.
 */
public final class Main {
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
        System.exit(GenaiPlanCommand.execute(args));
    }
}
