package org.genaiplan.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.genaiplan.model.Plan;

/** Builds good and deliberately bad packages for tests. */
final class Packages {
    private static final ObjectMapper MAPPER = Json.mapper();

    private Packages() {
    }

    static byte[] of(Plan plan) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PlanPackageWriter().write(plan, null, out);
        return out.toByteArray();
    }

    /** The entries of a package, manifest included. */
    static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.put(e.getName(), in.readAllBytes());
            }
        }
        return out;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** The data entries of {@code plan} with a manifest whose checksums match, edited by {@code manifest}. */
    static byte[] withManifest(Map<String, byte[]> data, Consumer<ObjectNode> manifest) throws IOException {
        ObjectNode m = MAPPER.createObjectNode();
        m.put("application", PackageFormat.APPLICATION_ID);
        m.put("formatVersion", PackageFormat.CURRENT_VERSION);
        m.put("appVersion", "test");
        m.put("created", "2026-01-01T00:00:00Z");
        m.put("modified", "2026-01-01T00:00:00Z");
        ObjectNode sums = m.putObject("entries");
        data.forEach((name, bytes) -> sums.put(name, FileStamp.sha256Hex(bytes)));
        manifest.accept(m);
        Map<String, byte[]> all = new LinkedHashMap<>();
        all.put(PackageFormat.MANIFEST, MAPPER.writeValueAsBytes(m));
        all.putAll(data);
        return zip(all);
    }

    /** The data entries (no manifest) of a package of {@code plan}. */
    static Map<String, byte[]> data(Plan plan) throws IOException {
        Map<String, byte[]> entries = entries(of(plan));
        entries.remove(PackageFormat.MANIFEST);
        return entries;
    }

    /**
     * A package of {@code plan} as format 1 wrote it: no costs entry, tasks without cost lines or actual
     * cost, roles without the example flag.
     */
    static byte[] formatOne(Plan plan) throws IOException {
        Map<String, byte[]> data = formatTwoData(plan);
        data.remove(PackageFormat.COSTS);
        com.fasterxml.jackson.databind.JsonNode tasks = MAPPER.readTree(data.get(PackageFormat.TASKS));
        for (com.fasterxml.jackson.databind.JsonNode t : tasks) {
            ((ObjectNode) t).remove(List.of("workActualCost", "costLines"));
        }
        data.put(PackageFormat.TASKS, MAPPER.writeValueAsBytes(tasks));
        com.fasterxml.jackson.databind.JsonNode roles = MAPPER.readTree(data.get(PackageFormat.ROLES));
        for (com.fasterxml.jackson.databind.JsonNode r : roles) {
            ((ObjectNode) r).remove("example");
        }
        data.put(PackageFormat.ROLES, MAPPER.writeValueAsBytes(roles));
        return withManifest(data, m -> m.put("formatVersion", 1));
    }

    /**
     * A package of {@code plan} as format 2 wrote it: no people entry, single holidays instead of named
     * exceptions (each exception's first day), no status date or default duration, roles without max units or
     * availability.
     */
    static byte[] formatTwo(Plan plan) throws IOException {
        return withManifest(formatTwoData(plan), m -> m.put("formatVersion", 2));
    }

    private static Map<String, byte[]> formatTwoData(Plan plan) throws IOException {
        Map<String, byte[]> data = formatThreeData(plan);
        data.remove(PackageFormat.PEOPLE);
        ObjectNode settings = (ObjectNode) MAPPER.readTree(data.get(PackageFormat.PLAN));
        com.fasterxml.jackson.databind.node.ArrayNode holidays = MAPPER.createArrayNode();
        for (com.fasterxml.jackson.databind.JsonNode e : settings.get("exceptions")) {
            holidays.add(e.get("first"));
        }
        settings.remove(List.of("exceptions", "statusDate", "defaultDurationMinutes"));
        settings.set("holidays", holidays);
        data.put(PackageFormat.PLAN, MAPPER.writeValueAsBytes(settings));
        com.fasterxml.jackson.databind.JsonNode roles = MAPPER.readTree(data.get(PackageFormat.ROLES));
        for (com.fasterxml.jackson.databind.JsonNode r : roles) {
            ((ObjectNode) r).remove(List.of("maxUnits", "availability"));
        }
        data.put(PackageFormat.ROLES, MAPPER.writeValueAsBytes(roles));
        return data;
    }

    /** A package of {@code plan} as format 11 wrote it: no lessons entry (no lessons-learned log). */
    static byte[] formatEleven(Plan plan) throws IOException {
        return withManifest(formatElevenData(plan), m -> m.put("formatVersion", 11));
    }

    private static Map<String, byte[]> formatElevenData(Plan plan) throws IOException {
        Map<String, byte[]> data = data(plan);
        data.remove(PackageFormat.LESSONS);
        return data;
    }

    /** A package of {@code plan} as format 10 wrote it: decisions without a business case either. */
    static byte[] formatTen(Plan plan) throws IOException {
        return withManifest(formatTenData(plan), m -> m.put("formatVersion", 10));
    }

    private static Map<String, byte[]> formatTenData(Plan plan) throws IOException {
        Map<String, byte[]> data = formatElevenData(plan);
        if (data.containsKey(PackageFormat.DECISIONS)) {
            ObjectNode decisions = (ObjectNode) MAPPER.readTree(data.get(PackageFormat.DECISIONS));
            decisions.remove("businessCase");
            data.put(PackageFormat.DECISIONS, MAPPER.writeValueAsBytes(decisions));
        }
        return data;
    }

    /** A package of {@code plan} as format 9 wrote it: no stakeholders entry either (no register, RACI or communication plan). */
    static byte[] formatNine(Plan plan) throws IOException {
        Map<String, byte[]> data = formatTenData(plan);
        data.remove(PackageFormat.STAKEHOLDERS);
        return withManifest(data, m -> m.put("formatVersion", 9));
    }

    /** A package of {@code plan} as format 8 wrote it: no decisions entry (no techniques or responsibilities). */
    static byte[] formatEight(Plan plan) throws IOException {
        Map<String, byte[]> data = data(plan);
        data.remove(PackageFormat.DECISIONS);
        data.remove(PackageFormat.STAKEHOLDERS);
        data.remove(PackageFormat.LESSONS);
        return withManifest(data, m -> m.put("formatVersion", 8));
    }

    /** A package of {@code plan} as format 7 wrote it: no quality entry (no metrics, issues or gates). */
    static byte[] formatSeven(Plan plan) throws IOException {
        return withManifest(formatSevenData(plan), m -> m.put("formatVersion", 7));
    }

    private static Map<String, byte[]> formatSevenData(Plan plan) throws IOException {
        Map<String, byte[]> data = data(plan);
        data.remove(PackageFormat.QUALITY);
        data.remove(PackageFormat.DECISIONS);
        data.remove(PackageFormat.STAKEHOLDERS);
        data.remove(PackageFormat.LESSONS);
        return data;
    }

    /** A package of {@code plan} as format 6 wrote it: no capacity entry either (no pools, assignments or leave). */
    static byte[] formatSix(Plan plan) throws IOException {
        return withManifest(formatSixData(plan), m -> m.put("formatVersion", 6));
    }

    private static Map<String, byte[]> formatSixData(Plan plan) throws IOException {
        Map<String, byte[]> data = formatSevenData(plan);
        data.remove(PackageFormat.CAPACITY);
        return data;
    }

    /** A package of {@code plan} as format 5 wrote it: no tracking entry either (no baselines, no actuals). */
    static byte[] formatFive(Plan plan) throws IOException {
        return withManifest(formatFiveData(plan), m -> m.put("formatVersion", 5));
    }

    private static Map<String, byte[]> formatFiveData(Plan plan) throws IOException {
        Map<String, byte[]> data = formatSixData(plan);
        data.remove(PackageFormat.TRACKING);
        return data;
    }

    /** A package of {@code plan} as format 4 wrote it: no estimates entry either. */
    static byte[] formatFour(Plan plan) throws IOException {
        return withManifest(formatFourData(plan), m -> m.put("formatVersion", 4));
    }

    private static Map<String, byte[]> formatFourData(Plan plan) throws IOException {
        Map<String, byte[]> data = formatFiveData(plan);
        data.remove(PackageFormat.ESTIMATES);
        return data;
    }

    /** A package of {@code plan} as format 3 wrote it: tasks without a deadline. */
    static byte[] formatThree(Plan plan) throws IOException {
        return withManifest(formatThreeData(plan), m -> m.put("formatVersion", 3));
    }

    private static Map<String, byte[]> formatThreeData(Plan plan) throws IOException {
        Map<String, byte[]> data = formatFourData(plan);
        com.fasterxml.jackson.databind.JsonNode tasks = MAPPER.readTree(data.get(PackageFormat.TASKS));
        for (com.fasterxml.jackson.databind.JsonNode t : tasks) {
            ((ObjectNode) t).remove("deadline");
        }
        data.put(PackageFormat.TASKS, MAPPER.writeValueAsBytes(tasks));
        return data;
    }

    /** The data entries of {@code plan} with {@code entry} rewritten as text by {@code edit}, under a good manifest. */
    static byte[] withEdited(Plan plan, String entry, java.util.function.UnaryOperator<String> edit) throws IOException {
        Map<String, byte[]> data = data(plan);
        String before = new String(data.get(entry), java.nio.charset.StandardCharsets.UTF_8);
        String after = edit.apply(before);
        if (after.equals(before)) {
            throw new IllegalArgumentException("the edit changed nothing in " + entry);
        }
        data.put(entry, after.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return withManifest(data, m -> { });
    }

    /** Replaces every occurrence of {@code from} with {@code to} (same length) in {@code bytes}. */
    static byte[] patch(byte[] bytes, String from, String to) {
        byte[] a = from.getBytes();
        byte[] b = to.getBytes();
        if (a.length != b.length) {
            throw new IllegalArgumentException("patches keep the length");
        }
        byte[] out = bytes.clone();
        int count = 0;
        for (int i = 0; i + a.length <= out.length; i++) {
            if (java.util.Arrays.equals(out, i, i + a.length, a, 0, a.length)) {
                System.arraycopy(b, 0, out, i, b.length);
                count++;
            }
        }
        if (count == 0) {
            throw new IllegalArgumentException("nothing to patch");
        }
        return out;
    }
}
