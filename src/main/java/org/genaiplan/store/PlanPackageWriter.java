package org.genaiplan.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.genaiplan.model.Plan;

/** Writes a plan's inputs as a {@code .genaiplan} package: a manifest and one JSON entry per table. */
public final class PlanPackageWriter {
    private final ObjectMapper mapper = Json.mapper();
    private final PackageLimits limits = PackageLimits.defaults();

    /** The plan does not fit the limits every reader applies; the message completes "could not be saved (...)". */
    public static final class BeyondLimitsException extends IOException {
        BeyondLimitsException(String message) {
            super(message);
        }
    }

    /**
     * Writes the package to {@code out} (which stays open). {@code created} is when the plan was first
     * saved (kept across saves), or null for now.
     */
    public void write(Plan plan, Instant created, OutputStream out) throws IOException {
        write(PlanRows.of(plan), created, out);
    }

    public void write(PlanData data, Instant created, OutputStream out) throws IOException {
        try {
            PlanDataCheck.check(data, limits, null);
        } catch (PlanFileException e) {
            throw new BeyondLimitsException(e.getMessage());
        }
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(PackageFormat.PLAN, json(data.settings()));
        entries.put(PackageFormat.TASKS, json(data.tasks()));
        entries.put(PackageFormat.DEPENDENCIES, json(data.dependencies()));
        entries.put(PackageFormat.RISKS, json(data.risks()));
        entries.put(PackageFormat.ROLES, json(data.roles()));
        entries.put(PackageFormat.COSTS, json(data.costs()));
        entries.put(PackageFormat.PEOPLE, json(data.people()));
        entries.put(PackageFormat.ESTIMATES, json(data.estimates()));
        entries.put(PackageFormat.TRACKING, json(data.tracking()));
        entries.put(PackageFormat.CAPACITY, json(data.capacity()));
        entries.put(PackageFormat.QUALITY, json(data.quality()));
        entries.put(PackageFormat.DECISIONS, json(data.decisions()));
        entries.put(PackageFormat.STAKEHOLDERS, json(data.stakeholders()));
        entries.put(PackageFormat.LESSONS, json(data.lessons()));
        long total = 0;
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            total += e.getValue().length;
            if (e.getValue().length > limits.maxEntryBytes() || total > limits.maxTotalBytes()) {
                throw new BeyondLimitsException("the plan is larger than the " + (limits.maxEntryBytes() >> 20)
                        + " MB a plan file may hold");
            }
        }
        Map<String, String> sums = new LinkedHashMap<>();
        entries.forEach((name, bytes) -> sums.put(name, FileStamp.sha256Hex(bytes)));
        Instant now = Instant.now();
        Manifest manifest = new Manifest(PackageFormat.APPLICATION_ID, PackageFormat.CURRENT_VERSION,
                PackageFormat.APP_VERSION, created == null ? now : created, now, sums);

        ZipOutputStream zip = new ZipOutputStream(nonClosing(out));
        putEntry(zip, PackageFormat.MANIFEST, mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest), now);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            putEntry(zip, e.getKey(), e.getValue(), now);
        }
        zip.finish();
        zip.flush();
    }

    private void putEntry(ZipOutputStream zip, String name, byte[] bytes, Instant time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time.toEpochMilli());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
        if (!limits.ratioAllows(entry.getSize(), entry.getCompressedSize())) {
            throw new BeyondLimitsException("its text is so long and repetitive that it would look like a zip bomb");
        }
    }

    private byte[] json(Object value) throws JsonProcessingException {
        return mapper.writeValueAsBytes(value);
    }

    private static OutputStream nonClosing(OutputStream out) {
        return new java.io.FilterOutputStream(out) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
