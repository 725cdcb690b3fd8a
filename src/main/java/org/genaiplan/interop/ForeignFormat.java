package org.genaiplan.interop;

/**
 * The plan files of other planning tools that GenAI Planner recognises, each with the name a user knows it
 * by. {@code refusal} is empty for the formats we read; for the others it is the reason given in the one
 * sentence that refuses the file (ADR 0020 lists them and why).
 */
public enum ForeignFormat {
    MSPDI("MS Project XML", ""),
    MPP("MS Project (.mpp)", ""),
    MPX("MPX", ""),
    XER("Primavera P6 XER", ""),
    PMXML("Primavera P6 XML (PMXML)", ""),
    PLANNER("GNOME Planner", ""),
    GANTTPROJECT("GanttProject", ""),
    PROJECTLIBRE("ProjectLibre (.pod)", ""),
    PHOENIX("Phoenix Project Manager", ""),
    CONCEPTDRAW("ConceptDraw PROJECT", ""),
    GANTTDESIGNER("Gantt Designer", ""),
    SDEF("SDEF", ""),
    MERLIN("Merlin Project",
            "the reader of the library we use lets such a file make the app fetch other files (an XML external entity flaw)"),
    P3("Primavera P3",
            "the reader of the library we use lets a crafted file write files anywhere on this computer"),
    SURETRAK("Primavera SureTrak",
            "the reader of the library we use lets a crafted file write files anywhere on this computer"),
    DATABASE("a database file (Asta Powerproject, MS Project .mpd, Primavera P6 SQLite)",
            "database readers are not part of GenAI Planner; export the plan as MS Project XML or Primavera XER instead"),
    ARCHIVE("a ZIP archive",
            "archives may hold Primavera P3 or SureTrak projects, whose reader is unsafe; unpack it and open the plan file itself"),
    OTHER_BINARY("this binary planning format (FastTrack, Synchro, TurboProject, Project Commander)",
            "its reader is rarely used and little tested, so it is not offered; save the plan as MS Project XML instead");

    private final String label;
    private final String refusal;

    ForeignFormat(String label, String refusal) {
        this.label = label;
        this.refusal = refusal;
    }

    /** The name a user knows the format by: "MS Project XML". */
    public String label() {
        return label;
    }

    public boolean refused() {
        return !refusal.isEmpty();
    }

    /** Why the format is refused, or empty. */
    public String refusal() {
        return refusal;
    }

    /** True for the XML formats, whose text is checked for entity declarations before any parser sees it. */
    public boolean isXml() {
        return switch (this) {
            case MSPDI, PMXML, PLANNER, GANTTPROJECT, PHOENIX, CONCEPTDRAW, GANTTDESIGNER -> true;
            default -> false;
        };
    }
}
