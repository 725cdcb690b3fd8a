package org.genaiplan.templates;

import java.io.IOException;
import java.io.InputStream;

/** Where template data files come from: the shipped resources, or anything else a test supplies. */
@FunctionalInterface
public interface TemplateSource {

    /** The folder of the shipped data files on the class path. */
    String SHIPPED = "/org/genaiplan/templates/";

    /** Opens a data file by name, or returns null when there is no such file. */
    InputStream open(String file) throws IOException;

    /** The data files shipped with the application. */
    static TemplateSource shipped() {
        return classpath(SHIPPED);
    }

    /** Data files in a class-path folder such as {@code /org/genaiplan/templates/}. */
    static TemplateSource classpath(String folder) {
        String base = folder.endsWith("/") ? folder : folder + "/";
        return file -> TemplateSource.class.getResourceAsStream(base + file);
    }
}
