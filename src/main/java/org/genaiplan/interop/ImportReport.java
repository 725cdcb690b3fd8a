package org.genaiplan.interop;

import java.util.ArrayList;
import java.util.List;

/**
 * What an import of another tool's plan did: what was carried over, what could not be and how it was
 * approximated ("3 split tasks made contiguous"), the reader's own warnings, and how far the dates our
 * scheduler computed agree with the dates stored in the file.
 */
public record ImportReport(String fileName, String format, List<String> mapped, List<String> dropped,
                           List<String> readerWarnings, DateAgreement.Result agreement) {
    public ImportReport {
        mapped = List.copyOf(mapped);
        dropped = List.copyOf(dropped);
        readerWarnings = List.copyOf(readerWarnings);
    }

    /** The report as lines of text, for the command line and the window's report. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        out.add("Imported " + fileName + " (" + format + ").");
        mapped.forEach(m -> out.add("  Carried over: " + m));
        dropped.forEach(d -> out.add("  Not carried over: " + d));
        if (!readerWarnings.isEmpty()) {
            out.add("  The reader skipped " + readerWarnings.size() + " damaged part"
                    + (readerWarnings.size() == 1 ? "" : "s") + " of the file.");
        }
        if (agreement != null) {
            out.addAll(agreement.lines());
        }
        return out;
    }
}
