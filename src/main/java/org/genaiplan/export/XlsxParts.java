package org.genaiplan.export;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The parts of an .xlsx file (a ZIP of XML files) read as untrusted input: each part is inflated as a stream
 * and counted, so a part larger than {@link #MAX_PART_BYTES} or expanding more than {@link #MAX_RATIO} times
 * its stored size is refused as it is read; XML is parsed by SAX with document type declarations refused (no
 * entities, no external files). Relationships are resolved to part names.
 */
final class XlsxParts implements AutoCloseable {
    static final long MAX_PART_BYTES = 512L << 20;
    static final int MAX_RATIO = 200;
    /** Parts smaller than this may compress as well as they like (a sheet of blank rows does). */
    static final long RATIO_GRACE_BYTES = 16L << 20;

    private static final SAXParserFactory SAX = secureSax();

    private final ZipFile zip;
    private final String shown;

    XlsxParts(Path file, String shown) throws IOException {
        this.zip = new ZipFile(file.toFile());
        this.shown = shown;
    }

    /** A part is larger or expands more than an import takes. */
    static final class TooLarge extends IOException {
        TooLarge(String message) {
            super(message);
        }
    }

    /** Stops a parse early without an error (the handler has what it needs). */
    static final class Stop extends SAXException {
        Stop() {
            super("stop");
        }
    }

    boolean has(String part) {
        return zip.getEntry(part) != null;
    }

    /** Parses a part with {@code handler}; a {@link Stop} thrown by the handler ends the parse quietly. */
    void parse(String part, DefaultHandler handler) throws IOException, SAXException {
        ZipEntry entry = zip.getEntry(part);
        if (entry == null) {
            throw new IOException("missing part " + part);
        }
        try (InputStream in = new Counted(zip.getInputStream(entry), entry.getCompressedSize(), part)) {
            XMLReader reader = SAX.newSAXParser().getXMLReader();
            reader.setContentHandler(handler);
            reader.setErrorHandler(handler);
            reader.parse(new org.xml.sax.InputSource(in));
        } catch (Stop e) {
            return; // the handler has what it needs
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the XML parser cannot be set up safely", e);
        }
    }

    /** The package's own relationships (to its workbook part, among others). */
    Map<String, Relationship> packageRelationships() throws IOException, SAXException {
        return relationships("_rels/.rels", "");
    }

    /** The relationships of {@code part} (from its .rels part) by id, each with its target resolved to a part name. */
    Map<String, Relationship> relationships(String part) throws IOException, SAXException {
        int slash = part.lastIndexOf('/');
        String dir = part.substring(0, slash + 1);
        return relationships(dir + "_rels/" + part.substring(slash + 1) + ".rels", dir);
    }

    private Map<String, Relationship> relationships(String rels, String dir) throws IOException, SAXException {
        Map<String, Relationship> out = new LinkedHashMap<>();
        if (!has(rels)) {
            return out;
        }
        parse(rels, new DefaultHandler() {
            @Override
            public void startElement(String uri, String local, String qName, Attributes a) {
                if ("Relationship".equals(local) && a.getValue("Id") != null && a.getValue("Target") != null
                        && !"External".equalsIgnoreCase(a.getValue("TargetMode")) && out.size() < 10_000) {
                    String type = a.getValue("Type") == null ? "" : a.getValue("Type");
                    out.put(a.getValue("Id"), new Relationship(type.substring(type.lastIndexOf('/') + 1),
                            resolve(dir, a.getValue("Target"))));
                }
            }
        });
        return out;
    }

    /** A relationship: its kind (the last part of its type, such as "worksheet") and the part it points at. */
    record Relationship(String kind, String part) {
    }

    /** A target relative to {@code dir} (or absolute, from the package root) as a part name. */
    static String resolve(String dir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : dir + target;
        Deque<String> parts = new ArrayDeque<>();
        for (String p : path.split("/")) {
            if (p.equals("..")) {
                parts.pollLast();
            } else if (!p.isEmpty() && !p.equals(".")) {
                parts.addLast(p);
            }
        }
        return String.join("/", parts);
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }

    private static SAXParserFactory secureSax() {
        try {
            SAXParserFactory f = SAXParserFactory.newInstance();
            f.setNamespaceAware(true);
            f.setXIncludeAware(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return f;
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("the XML parser cannot be set up safely", e);
        }
    }

    /** Counts the bytes a part inflates to and stops at the size and ratio limits. */
    private final class Counted extends FilterInputStream {
        private final long compressed;
        private final String part;
        private long count;

        Counted(InputStream in, long compressed, String part) {
            super(in);
            this.compressed = compressed;
            this.part = part;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) throws TooLarge {
            count += n;
            if (count > MAX_PART_BYTES) {
                throw new TooLarge(shown + " holds a part (\"" + part + "\") larger than " + (MAX_PART_BYTES >> 20)
                        + " MB, more than an import takes.");
            }
            if (count > RATIO_GRACE_BYTES && compressed >= 0 && count > compressed * MAX_RATIO) {
                throw new TooLarge(shown + " looks like a zip bomb: the part \"" + part + "\" expands more than "
                        + MAX_RATIO + " times its stored size.");
            }
        }
    }
}
