package org.genaiplan.store;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ValidationException;
import org.genaiplan.schedule.CpmScheduler;
import org.genaiplan.schedule.ScheduleReport;

/**
 * Opens a {@code .genaiplan} package as untrusted input: reads the bytes of a regular file once under size
 * limits, parses the ZIP with {@link SafeZip}, checks the manifest first (application, format version, no
 * unlisted entry, which is refused before it is inflated), then the SHA-256 of every entry, counts the items
 * of each entry against {@link PackageLimits} ({@link EntryScan}), upgrades older formats, binds the JSON to
 * {@link PlanData}, checks every value ({@link PlanDataCheck}), rebuilds the plan through the model's own
 * checks and schedules it once. Nothing in the file is ever run, and the file is only read. Every refusal is
 * a {@link PlanFileException} with one sentence naming the file.
 */
public final class PlanPackageReader {
    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};
    private static final byte[] EMPTY_ZIP_MAGIC = {'P', 'K', 5, 6};
    /** A manifest lists a few entries; a larger one is refused before it is parsed. */
    static final long MAX_MANIFEST_BYTES = 64 << 10;

    private final PackageLimits limits;
    private final FormatUpgrades upgrades;
    private final ObjectMapper mapper = Json.mapper().copy()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    public PlanPackageReader() {
        this(PackageLimits.defaults(), FormatUpgrades.standard());
    }

    public PlanPackageReader(PackageLimits limits, FormatUpgrades upgrades) {
        this.limits = limits;
        this.upgrades = upgrades;
    }

    /**
     * Reads and checks {@code file} and works out the plan's schedule once, so that a plan that opens can
     * also be scheduled; anything that fails on the way is a {@link PlanFileException} naming the file.
     */
    public PlanPackage read(Path file) throws PlanFileException {
        String name = PlanFileException.nameOf(file);
        byte[] bytes;
        FileTime modified;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                throw new PlanFileException(name + " is a folder, not a plan file.");
            }
            if (!attributes.isRegularFile()) {
                throw new PlanFileException(name + " is not a regular file (it may be a device or a pipe), so it"
                        + " was not opened.");
            }
            if (attributes.size() > limits.maxFileBytes()) {
                throw tooLarge(name);
            }
            modified = attributes.lastModifiedTime();
            bytes = readBounded(file, name);
        } catch (NoSuchFileException e) {
            throw new PlanFileException(name + " does not exist.");
        } catch (AccessDeniedException e) {
            throw new PlanFileException(name + " cannot be read: permission denied.");
        } catch (IOException e) {
            throw new PlanFileException(name + " cannot be read.", e);
        }
        FileStamp stamp = new FileStamp(bytes.length, modified, FileStamp.sha256Hex(bytes));
        return parse(bytes, name, stamp);
    }

    private byte[] readBounded(Path file, String name) throws IOException, PlanFileException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limits.maxFileBytes() + 1));
            if (bytes.length > limits.maxFileBytes()) {
                throw tooLarge(name);
            }
            return bytes;
        }
    }

    private PlanFileException tooLarge(String name) {
        return new PlanFileException(name + " is larger than the " + (limits.maxFileBytes() >> 20)
                + " MB a plan file may have.");
    }

    PlanPackage parse(byte[] bytes, String name, FileStamp stamp) throws PlanFileException {
        sniff(bytes, name);
        try {
            return parseChecked(bytes, name, stamp);
        } catch (RuntimeException | StackOverflowError e) {
            throw new PlanFileException(name + " cannot be opened because its data could not be read as a plan.", e);
        }
    }

    private PlanPackage parseChecked(byte[] bytes, String name, FileStamp stamp) throws PlanFileException {
        SafeZip zip = SafeZip.open(bytes, limits, name);
        if (!zip.names().contains(PackageFormat.MANIFEST)) {
            throw new PlanFileException(name + " is a ZIP archive but not a GenAI Planner plan (it has no manifest).");
        }
        Manifest manifest = readManifest(zip.extract(PackageFormat.MANIFEST, MAX_MANIFEST_BYTES), name);
        if (manifest.formatVersion() == upgrades.current()) {
            refuseUnknown(manifest.entries().keySet(), name);
        }
        Map<String, byte[]> entries = listedEntries(zip, manifest, name);
        for (Map.Entry<String, byte[]> e : entries.entrySet()) {
            EntryScan.check(mapper.getFactory(), e.getKey(), e.getValue(), limits, name);
        }
        PlanData data = manifest.formatVersion() == upgrades.current()
                ? bindCurrent(entries, name)
                : bindUpgraded(entries, manifest, name);
        entries.clear();
        PlanDataCheck.check(data, limits, name);
        return assembleAndSchedule(data, manifest, stamp, name);
    }

    /** The plan built from checked rows and scheduled once; the rows can be collected meanwhile. */
    private static PlanPackage assembleAndSchedule(PlanData data, Manifest manifest, FileStamp stamp, String name)
            throws PlanFileException {
        Plan plan;
        try {
            plan = PlanAssembler.assemble(data);
        } catch (ValidationException e) {
            throw new PlanFileException(name + " cannot be opened because its data breaks a rule of the plan: "
                    + Sentences.fragment(e.getMessage()) + ".");
        }
        ScheduleReport report;
        try {
            report = new CpmScheduler().schedule(plan);
        } catch (ValidationException e) {
            throw new PlanFileException(name + " cannot be opened because its schedule cannot be worked out: "
                    + Sentences.fragment(e.getMessage()) + ".");
        }
        return new PlanPackage(plan, manifest, manifest.formatVersion(), stamp, report);
    }

    /** A package in today's format is bound straight from its bytes: one parse per entry. */
    private PlanData bindCurrent(Map<String, byte[]> zip, String name) throws PlanFileException {
        checkDataEntries(zip.keySet(), name);
        return new PlanData(
                bindBytes(zip, PackageFormat.PLAN, new TypeReference<PlanData.Settings>() { }, name),
                bindBytes(zip, PackageFormat.TASKS, new TypeReference<List<PlanData.TaskRow>>() { }, name),
                bindBytes(zip, PackageFormat.DEPENDENCIES, new TypeReference<List<PlanData.DependencyRow>>() { }, name),
                bindBytes(zip, PackageFormat.RISKS, new TypeReference<List<PlanData.RiskRow>>() { }, name),
                bindBytes(zip, PackageFormat.ROLES, new TypeReference<List<PlanData.RoleRow>>() { }, name),
                bindBytes(zip, PackageFormat.COSTS, new TypeReference<PlanData.Costs>() { }, name),
                bindBytes(zip, PackageFormat.PEOPLE, new TypeReference<List<PlanData.PersonRow>>() { }, name),
                bindBytes(zip, PackageFormat.ESTIMATES, new TypeReference<List<PlanData.EstimateRow>>() { }, name),
                zip.containsKey(PackageFormat.TRACKING) ? bindBytes(zip, PackageFormat.TRACKING,
                        new TypeReference<org.genaiplan.model.tracking.Tracking>() { }, name) : null,
                bindBytes(zip, PackageFormat.CAPACITY, new TypeReference<CapacityData>() { }, name),
                bindBytes(zip, PackageFormat.QUALITY, new TypeReference<org.genaiplan.model.quality.QualityPlan>() { }, name),
                zip.containsKey(PackageFormat.DECISIONS)
                        ? bindBytes(zip, PackageFormat.DECISIONS, new TypeReference<DecisionData>() { }, name) : null,
                zip.containsKey(PackageFormat.STAKEHOLDERS) ? bindBytes(zip, PackageFormat.STAKEHOLDERS,
                        new TypeReference<org.genaiplan.model.people.StakeholderPlan>() { }, name) : null,
                zip.containsKey(PackageFormat.LESSONS) ? bindBytes(zip, PackageFormat.LESSONS,
                        new TypeReference<org.genaiplan.model.lessons.LessonLog>() { }, name) : null);
    }

    /** An older package is read as JSON trees, upgraded step by step, then bound. */
    private PlanData bindUpgraded(Map<String, byte[]> zip, Manifest manifest, String name) throws PlanFileException {
        Map<String, JsonNode> entries = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> e : zip.entrySet()) {
            try {
                entries.put(e.getKey(), mapper.readTree(e.getValue()));
            } catch (IOException ex) {
                throw new PlanFileException(name + " is damaged: the entry \"" + e.getKey() + "\" is not valid JSON"
                        + where(ex) + ".");
            }
        }
        try {
            upgrades.upgrade(manifest.formatVersion(), entries);
        } catch (IllegalArgumentException e) {
            throw new PlanFileException(name + " cannot be upgraded from file format " + manifest.formatVersion()
                    + ": " + Sentences.fragment(e.getMessage()) + ".");
        }
        checkDataEntries(entries.keySet(), name);
        return new PlanData(
                bind(entries, PackageFormat.PLAN, new TypeReference<PlanData.Settings>() { }, name),
                bind(entries, PackageFormat.TASKS, new TypeReference<List<PlanData.TaskRow>>() { }, name),
                bind(entries, PackageFormat.DEPENDENCIES, new TypeReference<List<PlanData.DependencyRow>>() { }, name),
                bind(entries, PackageFormat.RISKS, new TypeReference<List<PlanData.RiskRow>>() { }, name),
                bind(entries, PackageFormat.ROLES, new TypeReference<List<PlanData.RoleRow>>() { }, name),
                bind(entries, PackageFormat.COSTS, new TypeReference<PlanData.Costs>() { }, name),
                bind(entries, PackageFormat.PEOPLE, new TypeReference<List<PlanData.PersonRow>>() { }, name),
                bind(entries, PackageFormat.ESTIMATES, new TypeReference<List<PlanData.EstimateRow>>() { }, name),
                entries.containsKey(PackageFormat.TRACKING) ? bind(entries, PackageFormat.TRACKING,
                        new TypeReference<org.genaiplan.model.tracking.Tracking>() { }, name) : null,
                bind(entries, PackageFormat.CAPACITY, new TypeReference<CapacityData>() { }, name),
                bind(entries, PackageFormat.QUALITY, new TypeReference<org.genaiplan.model.quality.QualityPlan>() { }, name),
                entries.containsKey(PackageFormat.DECISIONS)
                        ? bind(entries, PackageFormat.DECISIONS, new TypeReference<DecisionData>() { }, name) : null,
                entries.containsKey(PackageFormat.STAKEHOLDERS) ? bind(entries, PackageFormat.STAKEHOLDERS,
                        new TypeReference<org.genaiplan.model.people.StakeholderPlan>() { }, name) : null,
                entries.containsKey(PackageFormat.LESSONS) ? bind(entries, PackageFormat.LESSONS,
                        new TypeReference<org.genaiplan.model.lessons.LessonLog>() { }, name) : null);
    }

    private static void checkDataEntries(java.util.Set<String> present, String name) throws PlanFileException {
        refuseUnknown(present, name);
        for (String entry : PackageFormat.DATA_ENTRIES) {
            // tracking.json and decisions.json may be left out: a plan without baselines or actuals, or decisions
            if (!present.contains(entry) && !entry.equals(PackageFormat.TRACKING)
                    && !entry.equals(PackageFormat.DECISIONS) && !entry.equals(PackageFormat.STAKEHOLDERS)
                    && !entry.equals(PackageFormat.LESSONS)) {
                throw new PlanFileException(name + " is incomplete: the entry \"" + entry + "\" is missing.");
            }
        }
    }

    private static void refuseUnknown(java.util.Set<String> present, String name) throws PlanFileException {
        for (String entry : present) {
            if (!PackageFormat.DATA_ENTRIES.contains(entry)) {
                throw new PlanFileException(name + " contains the entry \"" + Sentences.printable(entry, 60)
                        + "\", which is not part of a plan file.");
            }
        }
    }

    private <T> T bindBytes(Map<String, byte[]> zip, String entry, TypeReference<T> type, String name)
            throws PlanFileException {
        T value;
        try {
            value = mapper.readerFor(type).readValue(zip.get(entry));
        } catch (com.fasterxml.jackson.core.JsonParseException e) {
            throw new PlanFileException(name + " is damaged: the entry \"" + entry + "\" is not valid JSON"
                    + where(e) + ".");
        } catch (IOException | IllegalArgumentException e) {
            throw brokenRule(e, name, entry);
        }
        if (value == null) {
            throw new PlanFileException(name + " is damaged: the entry \"" + entry + "\" is empty.");
        }
        return value;
    }

    /** Recognises what the file is when it is not a ZIP, to say so plainly. */
    private static void sniff(byte[] bytes, String name) throws PlanFileException {
        if (bytes.length == 0) {
            throw new PlanFileException(name + " is empty.");
        }
        if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC)) {
            return;
        }
        if (startsWith(bytes, "H:2,".getBytes(StandardCharsets.US_ASCII))
                || startsWith(bytes, "-- H2 0.5/B --".getBytes(StandardCharsets.US_ASCII))) {
            throw new PlanFileException(name + " is a raw database file, not a GenAI Planner plan, and was not opened.");
        }
        if (isText(bytes)) {
            throw new PlanFileException(name + " is a text file, not a GenAI Planner plan.");
        }
        throw new PlanFileException(name + " is not a GenAI Planner plan (it is not a ZIP package).");
    }

    private static boolean isText(byte[] bytes) {
        try {
            String s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, 0, Math.min(bytes.length, 64 * 1024))).toString();
            return s.chars().allMatch(c -> c >= 0x20 || c == '\n' || c == '\r' || c == '\t' || c == '\f');
        } catch (CharacterCodingException e) {
            return false; // a multi-byte character cut at 64 KiB is rare enough to call it binary
        }
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private Manifest readManifest(byte[] bytes, String name) throws PlanFileException {
        JsonNode node;
        try {
            node = mapper.readTree(bytes);
        } catch (IOException e) {
            throw new PlanFileException(name + " is damaged: its manifest cannot be read.");
        }
        if (node == null || !node.isObject()) {
            throw new PlanFileException(name + " is damaged: its manifest cannot be read.");
        }
        JsonNode app = node.get("application");
        if (app == null || !app.isTextual() || !PackageFormat.APPLICATION_ID.equals(app.asText())) {
            String who = app == null ? "an unknown application" : "another application (\"" + shorten(app.asText()) + "\")";
            throw new PlanFileException(name + " was written by " + who + ", not by GenAI Planner.");
        }
        JsonNode version = node.get("formatVersion");
        if (version == null || !version.canConvertToExactIntegral() || !version.canConvertToInt()
                || version.asInt() < 1) {
            throw new PlanFileException(name + " is damaged: its manifest has no valid format version.");
        }
        int v = version.asInt();
        if (v > upgrades.current()) {
            throw new PlanFileException(name + " was saved by a newer GenAI Planner (file format " + v
                    + "); this version reads format " + upgrades.current() + " and older.");
        }
        try {
            return mapper.treeToValue(node, Manifest.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new PlanFileException(name + " is damaged: its manifest cannot be read.");
        }
    }

    /**
     * The entries the manifest lists, each checked against its SHA-256. Entries the manifest does not list are
     * refused by name before any of them is inflated.
     */
    private static Map<String, byte[]> listedEntries(SafeZip zip, Manifest manifest, String name)
            throws PlanFileException {
        for (String entry : zip.names()) {
            if (!entry.equals(PackageFormat.MANIFEST) && !manifest.entries().containsKey(entry)) {
                throw new PlanFileException(name + " contains the entry \"" + Sentences.printable(entry, 60)
                        + "\", which its manifest does not list.");
            }
        }
        Map<String, byte[]> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : manifest.entries().entrySet()) {
            if (!zip.names().contains(e.getKey())) {
                throw new PlanFileException(name + " is incomplete: the entry \"" + shorten(e.getKey()) + "\" is missing.");
            }
            byte[] bytes = zip.extract(e.getKey());
            if (!FileStamp.sha256Hex(bytes).equalsIgnoreCase(String.valueOf(e.getValue()))) {
                throw new PlanFileException(name + " is damaged: the checksum of \"" + e.getKey()
                        + "\" does not match its manifest.");
            }
            out.put(e.getKey(), bytes);
        }
        return out;
    }

    private <T> T bind(Map<String, JsonNode> entries, String entry, TypeReference<T> type, String name)
            throws PlanFileException {
        try {
            T value = mapper.readerFor(type).readValue(entries.get(entry));
            if (value == null) {
                throw new PlanFileException(name + " is damaged: the entry \"" + entry + "\" is empty.");
            }
            return value;
        } catch (IOException | IllegalArgumentException e) {
            throw brokenRule(e, name, entry);
        }
    }

    /**
     * The refusal for an entry that did not bind: the rule a value broke when a record's own check refused it (the
     * quality plan's grades, ids and numbers), else that the entry does not hold plan data.
     */
    private static PlanFileException brokenRule(Exception e, String name, String entry) {
        if (e.getCause() instanceof ValidationException v) {
            return new PlanFileException(name + " cannot be opened because the entry \"" + entry + "\" breaks a rule"
                    + " of the plan: " + Sentences.fragment(v.getMessage()) + ".");
        }
        return new PlanFileException(name + " is damaged: the entry \"" + entry + "\" does not hold plan data"
                + field(e) + ".");
    }

    private static String field(Exception e) {
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            var ref = m.getPath().get(m.getPath().size() - 1);
            if (ref.getFieldName() != null) {
                String field = " (field \"" + shorten(ref.getFieldName()) + "\"";
                if (e instanceof com.fasterxml.jackson.databind.exc.InvalidFormatException f
                        && f.getTargetType() != null && isNumber(f.getTargetType())) {
                    return field + " holds \"" + shorten(String.valueOf(f.getValue())) + "\", which is not a number)";
                }
                return field + ")";
            }
        }
        return "";
    }

    private static boolean isNumber(Class<?> type) {
        return Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class;
    }

    /** " (line N)" for a JSON syntax error, when the parser knows the line. */
    static String where(IOException e) {
        if (e instanceof JacksonException j) {
            JsonLocation loc = j.getLocation();
            if (loc != null && loc.getLineNr() > 0) {
                return " (line " + loc.getLineNr() + ")";
            }
        }
        return "";
    }

    private static String shorten(String s) {
        String t = s.codePoints().limit(60).map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return t.length() < s.length() ? t + "..." : t;
    }
}
