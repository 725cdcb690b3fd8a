package org.genaiplan.interop;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import org.genaiplan.export.ImportException;
import org.genaiplan.store.PackageLimits;
import org.mpxj.ProjectFile;
import org.mpxj.conceptdraw.ConceptDrawProjectReader;
import org.mpxj.ganttdesigner.GanttDesignerReader;
import org.mpxj.ganttproject.GanttProjectReader;
import org.mpxj.mpp.MPPReader;
import org.mpxj.mpx.MPXReader;
import org.mpxj.mspdi.MSPDIReader;
import org.mpxj.phoenix.PhoenixReader;
import org.mpxj.planner.PlannerReader;
import org.mpxj.primavera.PrimaveraPMFileReader;
import org.mpxj.primavera.PrimaveraXERFileReader;
import org.mpxj.projectlibre.ProjectLibreReader;
import org.mpxj.reader.ProjectReader;
import org.mpxj.sdef.SDEFReader;

/**
 * Reads another tool's plan file with MPXJ, after the checks every import makes: a regular file within the
 * size limit, a format we recognise and do not refuse, XML without entity declarations. The file is only
 * ever opened for reading. Every failure is one sentence ({@link ImportException}); no reader's exception
 * or stack trace reaches the user.
 */
public final class ForeignReader {
    /** The largest file an import reads (a 100,000-task MS Project XML is about 150 MB). */
    public static final long MAX_BYTES = 256L << 20;
    static final int MAX_TASKS = PackageLimits.defaults().max(PackageLimits.Count.TASKS);

    /** A file read by MPXJ and the format it was in. */
    public record Read(ProjectFile project, ForeignFormat format) {
    }

    public Read read(Path file) throws ImportException {
        String shown = String.valueOf(file.getFileName());
        check(file, shown);
        byte[] head;
        try (InputStream in = Files.newInputStream(file, StandardOpenOption.READ)) {
            head = in.readNBytes(FormatSniffer.HEAD_BYTES);
        } catch (IOException e) {
            throw unreadable(shown, e);
        }
        ForeignFormat format = FormatSniffer.sniff(head, shown);
        if (format == null) {
            throw new ImportException(shown + " is not a plan file GenAI Planner can import; it reads MS Project"
                    + " (.mpp, .xml, .mpx), Primavera P6 (.xer, PMXML), GNOME Planner, GanttProject and ProjectLibre"
                    + " files.");
        }
        if (format.refused()) {
            throw new ImportException(shown + " is " + article(format) + " file, which GenAI Planner does not open: "
                    + format.refusal() + ".");
        }
        try {
            if (format.isXml()) {
                XmlGuard.check(file, shown);
            }
        } catch (IOException e) {
            throw unreadable(shown, e);
        }
        ProjectFile project;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file, StandardOpenOption.READ), 1 << 16)) {
            project = readerFor(format).read(in);
        } catch (IOException e) {
            throw unreadable(shown, e);
        } catch (Exception | StackOverflowError e) {
            throw new ImportException(shown + " could not be read as " + article(format) + " file: it is damaged,"
                    + " truncated or not really in that format.", e);
        } catch (LinkageError e) {
            throw new ImportException(shown + " could not be read: this installation of GenAI Planner lacks a part the "
                    + format.label() + " reader needs (such as a character set); reinstall it or save the plan as MS"
                    + " Project XML.", e);
        } catch (OutOfMemoryError e) {
            throw new ImportException(shown + " needs more memory to read than this computer gave GenAI Planner;"
                    + " split the plan into smaller files.");
        }
        if (project == null) {
            throw new ImportException(shown + " holds no plan that could be read as " + format.label() + ".");
        }
        if (project.getTasks().size() > MAX_TASKS) {
            throw new ImportException(shown + " has more than " + MAX_TASKS + " tasks, the most a plan may hold;"
                    + " split it into smaller files.");
        }
        return new Read(project, format);
    }

    static String article(ForeignFormat format) {
        String label = format.label();
        if (label.startsWith("a ") || label.startsWith("this ")) {
            return label;
        }
        return ("AEIOUaeiou".indexOf(label.charAt(0)) >= 0 || label.startsWith("MS ") || label.startsWith("MPX")
                || label.startsWith("SDEF") ? "an " : "a ") + label;
    }

    private static ProjectReader readerFor(ForeignFormat format) {
        return switch (format) {
            case MSPDI -> new MSPDIReader();
            case MPP -> new MPPReader();
            case MPX -> new MPXReader();
            case XER -> new PrimaveraXERFileReader();
            case PMXML -> new PrimaveraPMFileReader();
            case PLANNER -> new PlannerReader();
            case GANTTPROJECT -> new GanttProjectReader();
            case PROJECTLIBRE -> new ProjectLibreReader();
            case PHOENIX -> new PhoenixReader();
            case CONCEPTDRAW -> new ConceptDrawProjectReader();
            case GANTTDESIGNER -> new GanttDesignerReader();
            case SDEF -> new SDEFReader();
            default -> throw new IllegalArgumentException("not read: " + format);
        };
    }

    private static void check(Path file, String shown) throws ImportException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw new ImportException(shown + " was not found.");
        } catch (IOException e) {
            throw unreadable(shown, e);
        }
        if (attributes.isDirectory()) {
            throw new ImportException(shown + " is a folder, not a plan file (folders of Primavera P3 or SureTrak"
                    + " projects are not opened).");
        }
        if (!attributes.isRegularFile()) {
            throw new ImportException(shown + " is not a regular file (it may be a device or a pipe), so it was not read.");
        }
        if (attributes.size() > MAX_BYTES) {
            throw new ImportException(shown + " is larger than " + (MAX_BYTES >> 20) + " MB, more than an import"
                    + " takes; split the plan into smaller files.");
        }
    }

    private static ImportException unreadable(String shown, IOException e) {
        if (e instanceof AccessDeniedException) {
            return new ImportException(shown + " cannot be read: permission denied.", e);
        }
        return new ImportException(shown + " could not be read.", e);
    }
}
