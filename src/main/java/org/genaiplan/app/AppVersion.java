package org.genaiplan.app;

import picocli.CommandLine.IVersionProvider;

/** The application's version, as written into saved plans. */
public final class AppVersion implements IVersionProvider {
    public static final String VERSION = "0.1.0";

    @Override
    public String[] getVersion() {
        return new String[] {"GenAI Planner " + VERSION};
    }
}
