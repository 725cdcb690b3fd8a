package org.genaiplan.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Writes packages whose ZIP layer and checksums are valid and whose values are whatever a test says: a small
 * plan in today's format to start from (two tasks, a link, a risk, a role, a GPU type), entries edited as JSON
 * fields, and lists
 * of many items made from text templates, fast enough for hundreds of thousands of them.
 */
final class HostilePackage {
    private static final ObjectMapper MAPPER = Json.mapper();

    final Map<String, Object> plan = new LinkedHashMap<>();
    final List<Object> tasks = new ArrayList<>();
    final List<Object> dependencies = new ArrayList<>();
    final List<Object> risks = new ArrayList<>();
    final List<Object> roles = new ArrayList<>();
    final Map<String, Object> costs = new LinkedHashMap<>();
    final List<Object> people = new ArrayList<>();
    /** The quality plan (format 5): metrics, measurements, issues and gates, empty to start with. */
    final Map<String, Object> quality = new LinkedHashMap<>();

    /** JSON written into a list as it is (a bulk item made from a template, or {@code null}). */
    record Raw(@com.fasterxml.jackson.annotation.JsonValue @com.fasterxml.jackson.annotation.JsonRawValue String json) {
    }

    HostilePackage() {
        plan.put("name", "Hostile");
        plan.put("description", "");
        plan.put("startDate", "2027-01-04");
        plan.put("deadline", null);
        plan.put("statusDate", null);
        plan.put("currency", "USD");
        plan.put("workingDays", new ArrayList<>(List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")));
        plan.put("dayStart", "08:00:00");
        plan.put("minutesPerDay", 480);
        plan.put("defaultDurationMinutes", 480);
        plan.put("exceptions", new ArrayList<>());
        tasks.add(task(1, null, 0));
        tasks.add(task(2, null, 1));
        dependencies.add(dependency(1, 2));
        risks.add(risk(1));
        roles.add(role("Engineer", "100"));
        costs.put("pricedOn", null);
        costs.put("gpus", new ArrayList<>(List.of(gpu("H100", "3.00"))));
        costs.put("models", new ArrayList<>());
        costs.put("budget", null);
        costs.put("phaseBudgets", new ArrayList<>());
        for (String list : List.of("metrics", "measurements", "issues", "gates")) {
            quality.put(list, new ArrayList<>());
        }
    }

    static Map<String, Object> task(long id, Long parentId, int position) {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("id", id);
        t.put("parentId", parentId);
        t.put("position", position);
        t.put("name", "Task " + id);
        t.put("milestone", false);
        t.put("durationMinutes", 480);
        t.put("percentComplete", 0);
        t.put("actualStart", null);
        t.put("ownerRole", "Engineer");
        t.put("notes", "");
        t.put("phase", null);
        t.put("constraintType", "AS_SOON_AS_POSSIBLE");
        t.put("constraintDate", null);
        t.put("deadline", null);
        t.put("fixedCost", "0");
        t.put("workActualCost", null);
        t.put("costLines", new ArrayList<>());
        return t;
    }

    /** A task as template text, for plans of very many tasks. */
    static Raw rawTask(long id, Long parentId, int position) {
        return new Raw("{\"id\":" + id + ",\"parentId\":" + parentId + ",\"position\":" + position + ",\"name\":\"T" + id
                + "\",\"milestone\":false,\"durationMinutes\":480,\"percentComplete\":0,\"actualStart\":null,"
                + "\"ownerRole\":null,\"notes\":\"\",\"phase\":null,\"constraintType\":\"AS_SOON_AS_POSSIBLE\","
                + "\"constraintDate\":null,\"deadline\":null,\"fixedCost\":\"0\",\"workActualCost\":null,\"costLines\":[]}");
    }

    static Map<String, Object> dependency(long pred, long succ) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("predecessorId", pred);
        d.put("successorId", succ);
        d.put("type", "FS");
        d.put("lagMinutes", 0);
        return d;
    }

    static Map<String, Object> risk(long id) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("title", "Risk " + id);
        r.put("statement", "");
        r.put("category", null);
        r.put("phase", null);
        r.put("linkedTaskIds", new ArrayList<>(List.of(1)));
        r.put("owner", null);
        r.put("probability", 3);
        r.put("impact", 3);
        r.put("strategy", "MITIGATE");
        r.put("mitigation", "");
        r.put("contingency", "");
        r.put("trigger", "");
        r.put("dueDate", null);
        r.put("status", "OPEN");
        r.put("residualProbability", 1);
        r.put("residualImpact", 1);
        r.put("costImpact", "0");
        r.put("raised", null);
        r.put("lastReviewed", null);
        return r;
    }

    static Raw rawRisk(long id, long linkedTask) {
        return new Raw("{\"id\":" + id + ",\"title\":\"Risk " + id + "\",\"statement\":\"\",\"category\":null,"
                + "\"phase\":null,\"linkedTaskIds\":[" + linkedTask + "],\"owner\":null,\"probability\":3,\"impact\":3,"
                + "\"strategy\":\"MITIGATE\",\"mitigation\":\"\",\"contingency\":\"\",\"trigger\":\"\",\"dueDate\":null,"
                + "\"status\":\"OPEN\",\"residualProbability\":1,\"residualImpact\":1,\"costImpact\":\"1000\","
                + "\"raised\":null,\"lastReviewed\":null}");
    }

    static Map<String, Object> role(String name, String rate) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("ratePerHour", rate);
        r.put("example", false);
        r.put("maxUnits", 100);
        r.put("availability", "");
        return r;
    }

    static Map<String, Object> person(String name) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("role", null);
        p.put("ratePerHour", null);
        p.put("maxUnits", 100);
        p.put("availability", "");
        return p;
    }

    /** A one-day calendar exception. */
    static Map<String, Object> dayOff(String date) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("first", date);
        e.put("last", date);
        e.put("name", "");
        return e;
    }

    static Map<String, Object> gpu(String name, String price) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("name", name);
        g.put("pricePerHour", price);
        g.put("peakTflops", 100.0);
        g.put("example", false);
        return g;
    }

    /** A cost line of kind OTHER with an amount. */
    static Map<String, Object> otherLine(String amount) {
        Map<String, Object> l = costLine("OTHER");
        l.put("amount", amount);
        return l;
    }

    /** A compute line on {@code gpuType}: 1 GPU for 10 hours. */
    static Map<String, Object> computeLine(String gpuType) {
        Map<String, Object> l = costLine("COMPUTE");
        l.put("gpuType", gpuType);
        l.put("gpuCount", 1);
        l.put("hours", "10");
        return l;
    }

    private static Map<String, Object> costLine(String kind) {
        Map<String, Object> l = new LinkedHashMap<>();
        for (String f : List.of("description", "kind", "role", "gpuType", "model", "hours", "gpuCount",
                "requestsPerMonth", "inputTokens", "outputTokens", "months", "items", "minutesPerItem", "amount",
                "actual")) {
            l.put(f, null);
        }
        l.put("kind", kind);
        return l;
    }

    /** The task at {@code index} of the list, to edit (it must be one built as a map). */
    @SuppressWarnings("unchecked")
    Map<String, Object> taskAt(int index) {
        return (Map<String, Object>) tasks.get(index);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> riskAt(int index) {
        return (Map<String, Object>) risks.get(index);
    }

    /** Replaces the tasks by {@code n} top-level ones (ids 1..n), dropping links and risk links to others. */
    HostilePackage flatTasks(int n) {
        tasks.clear();
        for (int i = 1; i <= n; i++) {
            tasks.add(rawTask(i, null, i - 1));
        }
        return this;
    }

    HostilePackage edit(Consumer<HostilePackage> edit) {
        edit.accept(this);
        return this;
    }

    Map<String, byte[]> entries() throws JsonProcessingException {
        Map<String, byte[]> out = new LinkedHashMap<>();
        out.put(PackageFormat.PLAN, MAPPER.writeValueAsBytes(plan));
        out.put(PackageFormat.TASKS, list(tasks));
        out.put(PackageFormat.DEPENDENCIES, list(dependencies));
        out.put(PackageFormat.RISKS, list(risks));
        out.put(PackageFormat.ROLES, list(roles));
        out.put(PackageFormat.COSTS, MAPPER.writeValueAsBytes(costs));
        out.put(PackageFormat.PEOPLE, list(people));
        out.put(PackageFormat.ESTIMATES, "[]".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.put(PackageFormat.CAPACITY, MAPPER.writeValueAsBytes(CapacityData.none()));
        out.put(PackageFormat.QUALITY, MAPPER.writeValueAsBytes(quality));
        return out;
    }

    private static byte[] list(List<Object> items) throws JsonProcessingException {
        StringBuilder sb = new StringBuilder("[");
        for (Object item : items) {
            if (sb.length() > 1) {
                sb.append(',');
            }
            sb.append(item instanceof Raw raw ? raw.json() : MAPPER.writeValueAsString(item));
        }
        return sb.append(']').toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Writes the package with a manifest whose checksums match. */
    Path write(Path file) throws IOException {
        Files.write(file, Packages.withManifest(entries(), m -> { }));
        return file;
    }
}
