package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quality plan of a file is hostile input too: every bad value is refused with a sentence. */
class HostileQualityTest {
    @TempDir
    Path dir;

    private String refused(HostilePackage pkg) {
        Path file = dir.resolve("plan.genaiplan");
        Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> new PlanPackageReader().read(pkg.write(file)));
        assertThat(t).isInstanceOf(PlanFileException.class);
        return t.getMessage();
    }

    private static Map<String, Object> metric(String id) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(Map.of("id", id, "name", "Metric " + id, "group", "",
                "measure", "", "direction", "AT_MOST", "target", 5, "unit", "%"));
        m.put("warning", null);
        m.put("sampleSize", null);
        m.put("taskId", null);
        m.put("gateTaskId", null);
        return m;
    }

    private static Map<String, Object> measurement(String metric, Object value) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(Map.of("metricId", metric, "date", "2027-01-05",
                "value", value, "source", "", "note", ""));
        m.put("sampleSize", null);
        return m;
    }

    private static Map<String, Object> issue(int grade, String status) {
        Map<String, Object> m = new java.util.LinkedHashMap<>(Map.of("id", 1, "title", "x", "grade", grade,
                "status", status, "owner", "", "description", ""));
        for (String k : List.of("found", "fixed", "taskId", "metricId", "riskId")) {
            m.put(k, null);
        }
        return m;
    }

    private static Map<String, Object> criterion() {
        Map<String, Object> m = new java.util.LinkedHashMap<>(Map.of("kind", "METRICS_MET", "metricIds", List.of("a")));
        m.put("grade", null);
        m.put("riskScore", null);
        m.put("taskIds", List.of());
        return m;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(HostilePackage p, String name) {
        return (List<Object>) p.quality.get(name);
    }

    @Test
    void anIssueOfGradeNineIsRefusedWithTheRule() {
        String message = refused(new HostilePackage().edit(p -> list(p, "issues").add(issue(9, "OPEN"))));
        assertThat(message).isEqualTo("plan.genaiplan cannot be opened because the entry \"quality.json\" breaks a rule"
                + " of the plan: issue grades run from 1 (critical) to 5 (informational), not 9.");
    }

    @Test
    void aMeasurementOfAMetricThePlanLacksAndATwiceUsedMetricIdAreRefused() {
        assertThat(refused(new HostilePackage().edit(p -> {
            list(p, "metrics").add(metric("a"));
            list(p, "measurements").add(measurement("b", 1));
        }))).contains("breaks a rule of the plan: a measurement names the metric \"b\"");
        assertThat(refused(new HostilePackage().edit(p -> {
            list(p, "metrics").add(metric("a"));
            list(p, "metrics").add(metric("A"));
        }))).contains("the metric id \"A\" is used twice");
    }

    @Test
    void aHugeTargetAndAnUnknownStatusAreRefused() {
        assertThat(refused(new HostilePackage().edit(p -> {
            Map<String, Object> m = metric("a");
            m.put("target", 1e300);
            list(p, "metrics").add(m);
        }))).contains("must be a number of reasonable size");
        assertThat(refused(new HostilePackage().edit(p -> list(p, "issues").add(issue(2, "BURIED"))))).startsWith("plan.genaiplan is damaged: the entry \"quality.json\"");
    }

    @Test
    void aGoodQualityPlanOpens() throws Exception {
        HostilePackage pkg = new HostilePackage().edit(p -> {
            list(p, "metrics").add(metric("a"));
            list(p, "measurements").add(measurement("a", 7));
            list(p, "gates").add(Map.of("taskId", 2, "criteria", List.of(criterion())));
        });
        var plan = new PlanPackageReader().read(pkg.write(dir.resolve("ok.genaiplan"))).plan();
        assertThat(org.genaiplan.model.quality.Gates.of(plan, 2).reasons())
                .containsExactly("Metric a is 7 %, target at most 5 %");
    }
}
