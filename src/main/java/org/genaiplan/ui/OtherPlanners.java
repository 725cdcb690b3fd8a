package org.genaiplan.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The file names of other planning tools' plans (MS Project, Primavera P6, GNOME Planner, GanttProject,
 * ProjectLibre...), which File > Open offers to import and File > Import reads. What a file really is gets
 * decided by its content when it is read; the name only chooses the way in.
 */
public final class OtherPlanners {
    /** The extensions, without the dot. */
    public static final List<String> EXTENSIONS = List.of("mpp", "mpt", "xml", "mpx", "xer", "planner", "mrproject",
            "gan", "pod", "ppx", "cdpx", "gnt", "sdef");

    private OtherPlanners() {
    }

    public static boolean is(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot >= 0 && EXTENSIONS.contains(name.substring(dot + 1));
    }

    /** The extensions as file-chooser patterns: "*.mpp", "*.xml"... */
    public static List<String> patterns() {
        return EXTENSIONS.stream().map(e -> "*." + e).toList();
    }
}
