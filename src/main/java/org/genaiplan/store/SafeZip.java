package org.genaiplan.store;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Our own reader for the small subset of ZIP that packages use: one disk, no ZIP64, no encryption,
 * entries stored or deflated. It reads the central directory, checks every name and offset, and inflates
 * each entry itself, counting the bytes it produces against {@link PackageLimits}; sizes in headers are
 * only compared with what was counted, never trusted.
 */
final class SafeZip {
    private static final int EOCD_SIG = 0x06054b50;
    private static final int CEN_SIG = 0x02014b50;
    private static final int LOC_SIG = 0x04034b50;
    private static final int EOCD_SIZE = 22;
    private static final int CEN_SIZE = 46;
    private static final int LOC_SIZE = 30;

    private final byte[] zip;
    private final ByteBuffer buf;
    private final PackageLimits limits;
    private final String file;
    private final Map<String, Header> headers = new LinkedHashMap<>();
    private long totalBytes;

    private SafeZip(byte[] zip, PackageLimits limits, String file) {
        this.zip = zip;
        this.buf = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
        this.limits = limits;
        this.file = file;
    }

    /**
     * Reads and checks the directory of {@code zip}; nothing is inflated yet, so a caller can refuse entries
     * by name before their bytes are expanded.
     */
    static SafeZip open(byte[] zip, PackageLimits limits, String file) throws PlanFileException {
        SafeZip z = new SafeZip(zip, limits, file);
        z.readHeaders();
        return z;
    }

    /** The entries of {@code zip} by name, in directory order. */
    static Map<String, byte[]> read(byte[] zip, PackageLimits limits, String file) throws PlanFileException {
        SafeZip z = open(zip, limits, file);
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (String name : z.names()) {
            out.put(name, z.extract(name));
        }
        return out;
    }

    /** The names of the entries, in directory order. */
    Set<String> names() {
        return java.util.Collections.unmodifiableSet(headers.keySet());
    }

    /**
     * The bytes of one entry, inflated under the size and ratio limits (counted over every entry extracted
     * so far) and checked against its ZIP checksum.
     */
    byte[] extract(String name) throws PlanFileException {
        return extract(name, limits.maxEntryBytes());
    }

    /** {@link #extract(String)} for an entry that may not be larger than {@code maxBytes} (a manifest is small). */
    byte[] extract(String name, long maxBytes) throws PlanFileException {
        Header h = headers.get(name);
        if (h == null) {
            throw fail("is incomplete: the entry \"" + name + "\" is missing");
        }
        return extract(h, Math.min(maxBytes, limits.maxEntryBytes()));
    }

    private record Header(String name, int flags, int method, long crc, long compressedSize, long size,
                          long localOffset) {
    }

    private void readHeaders() throws PlanFileException {
        int eocd = findEndOfDirectory();
        if (eocd < 0) {
            throw fail("is incomplete or damaged: the end of the package is missing");
        }
        int disk = u16(eocd + 4);
        int cdDisk = u16(eocd + 6);
        int onDisk = u16(eocd + 8);
        int total = u16(eocd + 10);
        long cdSize = u32(eocd + 12);
        long cdOffset = u32(eocd + 16);
        if (disk != 0 || cdDisk != 0 || onDisk != total || total == 0xFFFF || cdOffset == 0xFFFFFFFFL) {
            throw fail("uses ZIP features (several disks or ZIP64) that plan files never use");
        }
        if (total > limits.maxEntries()) {
            throw fail("has " + total + " entries, more than a plan file can have (" + limits.maxEntries() + ")");
        }
        if (cdOffset + cdSize > eocd) {
            throw fail("is damaged: its table of contents points outside the file");
        }
        List<Header> list = readDirectory((int) cdOffset, (int) (cdOffset + cdSize), total);
        checkLayout(list, cdOffset);
        for (Header h : list) {
            headers.put(h.name(), h);
        }
    }

    private int findEndOfDirectory() {
        int last = zip.length - EOCD_SIZE;
        int first = Math.max(0, last - 0xFFFF);
        for (int i = last; i >= first; i--) {
            if (buf.getInt(i) == EOCD_SIG && i + EOCD_SIZE + u16(i + 20) == zip.length) {
                return i;
            }
        }
        return -1;
    }

    private List<Header> readDirectory(int start, int end, int count) throws PlanFileException {
        List<Header> headers = new ArrayList<>(count);
        Set<String> names = new HashSet<>();
        int pos = start;
        for (int i = 0; i < count; i++) {
            if (pos + CEN_SIZE > end || buf.getInt(pos) != CEN_SIG) {
                throw fail("is damaged: its table of contents is broken");
            }
            int flags = u16(pos + 8);
            int method = u16(pos + 10);
            long crc = u32(pos + 16);
            long csize = u32(pos + 20);
            long size = u32(pos + 24);
            int nameLen = u16(pos + 28);
            int extraLen = u16(pos + 30);
            int commentLen = u16(pos + 32);
            long local = u32(pos + 42);
            int next = pos + CEN_SIZE + nameLen + extraLen + commentLen;
            if (next > end) {
                throw fail("is damaged: its table of contents is broken");
            }
            String name = decodeName(pos + CEN_SIZE, nameLen);
            if (!isSafeName(name)) {
                throw fail("contains an entry with an unsafe name (\"" + printable(name) + "\")");
            }
            if (!names.add(name)) {
                throw fail("contains the entry \"" + name + "\" twice");
            }
            if ((flags & 1) != 0) {
                throw fail("contains an encrypted entry (\"" + name + "\")");
            }
            if (method != 0 && method != 8) {
                throw fail("uses a compression method that plan files never use (\"" + name + "\")");
            }
            headers.add(new Header(name, flags, method, crc, csize, size, local));
            pos = next;
        }
        return headers;
    }

    /** Entries lie one after another before the directory, without overlapping. */
    private void checkLayout(List<Header> headers, long cdOffset) throws PlanFileException {
        List<Header> sorted = new ArrayList<>(headers);
        sorted.sort(Comparator.comparingLong(Header::localOffset));
        long previousEnd = 0;
        for (Header h : sorted) {
            long offset = h.localOffset();
            if (offset < previousEnd || offset + LOC_SIZE > cdOffset || buf.getInt((int) offset) != LOC_SIG) {
                throw fail("is damaged: the entry \"" + h.name() + "\" is not where the table of contents says");
            }
            int nameLen = u16((int) offset + 26);
            int extraLen = u16((int) offset + 28);
            long dataStart = offset + LOC_SIZE + nameLen + extraLen;
            if (dataStart > cdOffset || !h.name().equals(decodeName((int) offset + LOC_SIZE, nameLen))) {
                throw fail("is damaged: the entry \"" + h.name() + "\" does not match the table of contents");
            }
            long dataEnd = dataStart + h.compressedSize();
            if (dataEnd > cdOffset) {
                throw fail("is incomplete or damaged: the entry \"" + h.name() + "\" is cut short");
            }
            previousEnd = dataEnd;
        }
    }

    private byte[] extract(Header h, long maxBytes) throws PlanFileException {
        int offset = (int) h.localOffset();
        int dataStart = offset + LOC_SIZE + u16(offset + 26) + u16(offset + 28);
        int clen = (int) h.compressedSize();
        byte[] data;
        if (h.method() == 0) {
            checkSize(h, clen, totalBytes, maxBytes);
            data = java.util.Arrays.copyOfRange(zip, dataStart, dataStart + clen);
        } else {
            data = inflate(h, dataStart, clen, totalBytes, maxBytes);
        }
        totalBytes += data.length;
        if (data.length != h.size()) {
            throw fail("is damaged: the entry \"" + h.name() + "\" is not the size its header says");
        }
        CRC32 crc = new CRC32();
        crc.update(data);
        if (crc.getValue() != h.crc()) {
            throw fail("is damaged: the entry \"" + h.name() + "\" fails its ZIP checksum");
        }
        return data;
    }

    private byte[] inflate(Header h, int start, int clen, long totalSoFar, long maxBytes) throws PlanFileException {
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(zip, start, clen);
            // Room for the size the header declares, but never more than deflate can make of the stored bytes
            // (about 1,032 times): a lying header cannot make us allocate.
            byte[] out = new byte[(int) Math.min(Math.min(Math.max(h.size(), 64), clen * 1032L + 64), maxBytes)];
            long produced = 0;
            while (!inflater.finished()) {
                if (produced == out.length) {
                    out = java.util.Arrays.copyOf(out, (int) Math.min(Math.max(64, 2L * out.length), maxBytes + 1));
                }
                int n = inflater.inflate(out, (int) produced, out.length - (int) produced);
                if (n == 0) {
                    if (inflater.needsInput() || inflater.needsDictionary()) {
                        throw fail("is incomplete or damaged: the entry \"" + h.name() + "\" ends too early");
                    }
                    continue;
                }
                produced += n;
                checkSize(h, produced, totalSoFar, maxBytes);
                if (!limits.ratioAllows(produced, clen)) {
                    throw fail("looks like a zip bomb: the entry \"" + h.name() + "\" expands more than "
                            + limits.maxRatio() + " times its stored size");
                }
            }
            if (inflater.getRemaining() > 0) {
                throw fail("is damaged: the entry \"" + h.name() + "\" has data after its end");
            }
            return produced == out.length ? out : java.util.Arrays.copyOf(out, (int) produced);
        } catch (DataFormatException e) {
            throw fail("is damaged: the entry \"" + h.name() + "\" cannot be decompressed");
        } finally {
            inflater.end();
        }
    }

    private void checkSize(Header h, long size, long totalSoFar, long maxBytes) throws PlanFileException {
        if (size > maxBytes && maxBytes < limits.maxEntryBytes()) {
            throw fail("is damaged: the entry \"" + h.name() + "\" is larger than it can be ("
                    + (maxBytes >> 10) + " KB)");
        }
        if (size > limits.maxEntryBytes()) {
            throw fail("holds an entry larger than the " + (limits.maxEntryBytes() >> 20)
                    + " MB a plan file may have (\"" + h.name() + "\")");
        }
        if (totalSoFar + size > limits.maxTotalBytes()) {
            throw fail("expands to more than the " + (limits.maxTotalBytes() >> 20)
                    + " MB a plan file may hold");
        }
    }

    private String decodeName(int pos, int len) throws PlanFileException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(zip, pos, len)).toString();
        } catch (CharacterCodingException e) {
            throw fail("contains an entry whose name is not readable text");
        }
    }

    /** A plain relative name: no absolute path, drive, backslash, control character, "." or ".." part. */
    static boolean isSafeName(String name) {
        if (name.isEmpty() || name.length() > 200 || name.startsWith("/") || name.contains("\\")
                || name.contains(":")) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                return false;
            }
        }
        for (String part : name.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..")) {
                return false;
            }
        }
        return true;
    }

    private static String printable(String name) {
        StringBuilder sb = new StringBuilder();
        name.codePoints().limit(80).forEach(c -> sb.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return sb.toString();
    }

    private int u16(int pos) {
        return Short.toUnsignedInt(buf.getShort(pos));
    }

    private long u32(int pos) {
        return Integer.toUnsignedLong(buf.getInt(pos));
    }

    private PlanFileException fail(String reason) {
        return new PlanFileException(file + " " + reason + ".");
    }
}
