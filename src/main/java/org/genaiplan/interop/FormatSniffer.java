package org.genaiplan.interop;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells which planning tool wrote a file from its first bytes (and, where two formats look alike, its
 * extension), before any reader runs. Only the formats we read get to a reader; everything else is named
 * and refused.
 */
public final class FormatSniffer {
    /** How many bytes at the start of a file the sniffer looks at. */
    public static final int HEAD_BYTES = 8192;

    /** The extensions File > Open and File > Import offer for other tools' plans. */
    public static final List<String> EXTENSIONS = List.of("mpp", "mpt", "xml", "mpx", "xer", "planner", "mrproject",
            "gan", "pod", "ppx", "cdpx", "gnt", "sdef");

    private static final Pattern PLANNER = Pattern.compile("<project[^>]*mrproject-version", Pattern.DOTALL);
    private static final Pattern PMXML = Pattern.compile("<(APIBusinessObjects|BusinessObjects)\\b");
    private static final Pattern MSPDI = Pattern.compile(
            "xmlns=\"http://schemas\\.microsoft\\.com/project|<Project\\b.*<(SaveVersion|Title|Name)>", Pattern.DOTALL);
    private static final Pattern PHOENIX = Pattern.compile(
            "<project[^>]*version=\"[\\d.]+\"[^>]*(update_mode=|application=\"Phoenix)", Pattern.DOTALL);
    private static final Pattern GANTTPROJECT = Pattern.compile("<project[^>]*webLink", Pattern.DOTALL);
    private static final Pattern CONCEPTDRAW = Pattern.compile("Application=\"CDProject\"");
    private static final Pattern GANTTDESIGNER = Pattern.compile("<Gantt Version=");
    private static final Pattern MERLIN_XML = Pattern.compile("<(merlin|NSKeyedArchiver)", Pattern.CASE_INSENSITIVE);

    private FormatSniffer() {
    }

    /** Whether the file name has one of {@link #EXTENSIONS}. */
    public static boolean hasForeignExtension(String fileName) {
        return EXTENSIONS.contains(extension(fileName));
    }

    /**
     * The format of a file starting with {@code head}, or null when it is none we know.
     *
     * @param head     the file's first bytes (up to {@link #HEAD_BYTES})
     * @param fileName the file's name, for its extension
     */
    public static ForeignFormat sniff(byte[] head, String fileName) {
        String ext = extension(fileName);
        int skip = bomLength(head);
        if (startsWith(head, skip, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return ForeignFormat.MPP;
        }
        if (startsWith(head, skip, 'P', 'K')) {
            return ForeignFormat.ARCHIVE;
        }
        if (startsWith(head, skip, 'b', 'p', 'l', 'i', 's', 't') || ext.equals("merlin")) {
            return ForeignFormat.MERLIN;
        }
        if (startsWith(head, skip, 0x00, 0x01, 0x00, 0x00, 'S', 't', 'a', 'n', 'd', 'a', 'r', 'd', ' ', 'J')
                || startsWith(head, skip, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't')) {
            return ext.equals("merlin") ? ForeignFormat.MERLIN : ForeignFormat.DATABASE;
        }
        if (startsWith(head, skip, 0x46, 0x43, 0x00, 0x00) || ext.equals("prx") || ext.equals("p3")) {
            return ForeignFormat.P3;
        }
        if (startsWith(head, skip, 'S', 'T', 'W') || ext.equals("stx")) {
            return ForeignFormat.SURETRAK;
        }
        if (startsWith(head, skip, 'M', 'Z')) {
            return ForeignFormat.P3;
        }
        if (startsWith(head, skip, 0xAC, 0xED, 0x00, 0x05)) {
            return ForeignFormat.PROJECTLIBRE;
        }
        if (startsWith(head, skip, 'P', 'P', 'X', '!', '!', '!', '!')
                || startsWith(head, skip, 0x1C, 0x00, 0x00, 0x00)
                || startsWith(head, skip, 0xB6, 0x17)
                || startsWith(head, skip, 0x00, 0x80, 0x01, 0x00)
                || startsWith(head, skip, 0x02, 0x80, 0x01, 0x00)) {
            return ForeignFormat.OTHER_BINARY;
        }
        String text = new String(head, skip, head.length - skip, StandardCharsets.ISO_8859_1);
        if (text.startsWith("MPX")) {
            return ForeignFormat.MPX;
        }
        if (text.startsWith("ERMHDR")) {
            return ForeignFormat.XER;
        }
        if (text.startsWith("VOLM")) {
            return ForeignFormat.SDEF;
        }
        if (text.contains("dWBSTAB")) {
            return ForeignFormat.OTHER_BINARY;
        }
        if (MERLIN_XML.matcher(text).find()) {
            return ForeignFormat.MERLIN;
        }
        if (MSPDI.matcher(text).find()) {
            return ForeignFormat.MSPDI;
        }
        if (PLANNER.matcher(text).find()) {
            return ForeignFormat.PLANNER;
        }
        if (PMXML.matcher(text).find()) {
            return ForeignFormat.PMXML;
        }
        if (PHOENIX.matcher(text).find()) {
            return ForeignFormat.PHOENIX;
        }
        if (GANTTPROJECT.matcher(text).find() || ext.equals("gan") && text.contains("<project")) {
            return ForeignFormat.GANTTPROJECT;
        }
        if (CONCEPTDRAW.matcher(text).find()) {
            return ForeignFormat.CONCEPTDRAW;
        }
        if (GANTTDESIGNER.matcher(text).find()) {
            return ForeignFormat.GANTTDESIGNER;
        }
        return null;
    }

    static String extension(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1);
    }

    private static int bomLength(byte[] head) {
        if (startsWith(head, 0, 0xEF, 0xBB, 0xBF)) {
            return 3;
        }
        return 0;
    }

    private static boolean startsWith(byte[] head, int from, int... bytes) {
        if (head.length - from < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[from + i] & 0xFF) != (bytes[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
