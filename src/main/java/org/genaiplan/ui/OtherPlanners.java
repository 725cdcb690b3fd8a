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

    /** The formats File > Export writes for other planners: the name shown and the file extension. */
    public enum Format {
        MSPDI("MS Project XML", "xml"),
        PLANNER("GNOME Planner", "planner"),
        PMXML("Primavera P6 XML", "xml");

        private final String label;
        private final String extension;

        Format(String label, String extension) {
            this.label = label;
            this.extension = extension;
        }

        public String label() {
            return label;
        }

        public String extension() {
            return extension;
        }
    }

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
