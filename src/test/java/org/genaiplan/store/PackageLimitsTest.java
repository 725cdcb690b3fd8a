package org.genaiplan.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.genaiplan.model.Plan;
import org.genaiplan.store.PackageLimits.Count;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every limit of {@link PackageLimits} holds exactly: a file at the limit opens, one just past it is refused with
 * a sentence naming the limit. Counts are tried with small bounds (the same checks, read with other limits); value
 * limits with their real bounds. The README lists every limit with its value.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PackageLimitsTest {
    private static final int SMALL = 3;

    @TempDir
    Path dir;

    private Plan read(HostilePackage pkg, PackageLimits limits) throws Exception {
        return new PlanPackageReader(limits, FormatUpgrades.standard()).read(pkg.write(dir.resolve("plan.genaiplan")))
                .plan();
    }

    private Plan read(HostilePackage pkg) throws Exception {
        return read(pkg, PackageLimits.defaults());
    }

    private String refusal(HostilePackage pkg, PackageLimits limits) {
        try {
            read(pkg, limits);
        } catch (PlanFileException e) {
            assertThat(e.getMessage()).startsWith("plan.genaiplan ").endsWith(".").doesNotContain("Exception", "\n");
            return e.getMessage();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("the file was not refused");
    }

    private String refusal(HostilePackage pkg) {
        return refusal(pkg, PackageLimits.defaults());
    }

    /** A package holding {@code n} items of the count (and whatever else it needs for them). */
    private static HostilePackage holding(Count count, int n) {
        HostilePackage p = new HostilePackage();
        switch (count) {
            case TASKS -> {
                p.flatTasks(n);
                p.dependencies.clear();
                p.risks.clear();
            }
            case WBS_LEVELS -> {
                p.tasks.clear();
                p.dependencies.clear();
                p.risks.clear();
                for (int i = 1; i <= n; i++) {
                    p.tasks.add(HostilePackage.task(i, i == 1 ? null : (long) i - 1, 0));
                }
            }
            case DEPENDENCIES -> {
                p.flatTasks(n + 1);
                p.dependencies.clear();
                for (int i = 1; i <= n; i++) {
                    p.dependencies.add(HostilePackage.dependency(i, i + 1));
                }
            }
            case RISKS -> {
                p.risks.clear();
                for (int i = 1; i <= n; i++) {
                    p.risks.add(HostilePackage.risk(i));
                }
            }
            case RISK_LINKS -> {
                p.flatTasks(n);
                List<Long> links = new ArrayList<>();
                for (long i = 1; i <= n; i++) {
                    links.add(i);
                }
                p.riskAt(0).put("linkedTaskIds", links);
            }
            case ROLES -> {
                p.roles.clear();
                for (int i = 0; i < n; i++) {
                    p.roles.add(HostilePackage.role("Role " + i, "10"));
                }
                p.taskAt(0).put("ownerRole", "Role 0");
                p.taskAt(1).put("ownerRole", "Role 0");
            }
            case COST_LINES -> {
                List<Object> lines = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    lines.add(HostilePackage.otherLine("1"));
                }
                p.taskAt(0).put("costLines", lines);
            }
            case GPU_TYPES -> p.costs.put("gpus", items(n, i -> HostilePackage.gpu("GPU " + i, "1")));
            case MODELS -> p.costs.put("models", items(n, i -> Map.of("model", "Model " + i, "inputPerMillion", "1",
                    "outputPerMillion", "2", "example", false)));
            case PHASE_BUDGETS -> p.costs.put("phaseBudgets", items(n, i -> Map.of("phase", "Phase " + i, "amount", "5")));
            case EXCEPTIONS -> p.plan.put("exceptions", items(n,
                    i -> HostilePackage.dayOff(java.time.LocalDate.of(2027, 3, 1).plusDays(i).toString())));
            case WORKING_DAYS -> p.plan.put("workingDays", items(n, i -> java.time.DayOfWeek.of(1 + i % 7).name()));
            case PEOPLE -> p.people.addAll(items(n, i -> HostilePackage.person("Person " + i)));
        }
        return p;
    }

    private static List<Object> items(int n, java.util.function.IntFunction<Object> item) {
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(item.apply(i));
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(Count.class)
    void aCountAtItsLimitOpensAndOneMoreIsRefused(Count count) throws Exception {
        PackageLimits limits = PackageLimits.defaults().with(count, SMALL);
        read(holding(count, SMALL), limits);
        String refusal = refusal(holding(count, SMALL + 1), limits);
        if (count == Count.WBS_LEVELS) {
            assertThat(refusal).isEqualTo("plan.genaiplan cannot be opened because the task 4 (\"Task 4\") in"
                    + " \"tasks.json\" lies 4 levels deep; an outline may have at most 3 levels.");
        } else {
            assertThat(refusal).matches("plan\\.genaiplan has more than 3 " + java.util.regex.Pattern.quote(count.what())
                    + " in \"[a-z]+\\.json\", the most a plan file may hold\\.");
        }
    }

    @Test
    void moneyUpToTenTrillionWithFourDecimals() throws Exception {
        assertThat(read(new HostilePackage().edit(p -> p.taskAt(0).put("fixedCost", "10000000000000"))).task(1).fixedCost())
                .isEqualByComparingTo("1E13");
        assertThat(refusal(new HostilePackage().edit(p -> p.taskAt(0).put("fixedCost", "10000000000000.0001"))))
                .endsWith("has a fixed cost above 10,000,000,000,000, the most a plan file may hold.");
        assertThat(read(new HostilePackage().edit(p -> p.roles.set(0, HostilePackage.role("Engineer", "0.0001"))))
                .role("Engineer").ratePerHour()).isEqualByComparingTo("0.0001");
        assertThat(refusal(new HostilePackage().edit(p -> p.roles.set(0, HostilePackage.role("Engineer", "0.00001")))))
                .isEqualTo("plan.genaiplan cannot be opened because the role 1 (\"Engineer\") in \"roles.json\" has a rate"
                        + " with more than 4 decimals.");
    }

    @Test
    void quantitiesUpToATrillionWithSixDecimals() throws Exception {
        Map<String, Object> line = HostilePackage.computeLine("H100");
        line.put("gpuCount", 1_000_000_000_000L);
        line.put("hours", "0.000001");
        Plan plan = read(new HostilePackage().edit(p -> p.taskAt(0).put("costLines", List.of(line))));
        assertThat(plan.task(1).costLines()).hasSize(1);
        line.put("gpuCount", 1_000_000_000_001L);
        assertThat(refusal(new HostilePackage().edit(p -> p.taskAt(0).put("costLines", List.of(line)))))
                .isEqualTo("plan.genaiplan cannot be opened because cost line 1 of the task 1 (\"Task 1\") in"
                        + " \"tasks.json\" has a GPU count above 1,000,000,000,000, the most a plan file may hold.");
        line.put("gpuCount", 1);
        line.put("hours", "0.0000001");
        assertThat(refusal(new HostilePackage().edit(p -> p.taskAt(0).put("costLines", List.of(line)))))
                .endsWith("has hours with more than 6 decimals.");
    }

    @Test
    void durationsAndLagsUpToTenYearsAroundTheClock() throws Exception {
        long max = PackageLimits.MAX_MINUTES;
        assertThat(read(new HostilePackage().edit(p -> p.taskAt(0).put("durationMinutes", max))).task(1).durationMinutes())
                .isEqualTo(max);
        assertThat(refusal(new HostilePackage().edit(p -> p.taskAt(0).put("durationMinutes", max + 1))))
                .endsWith("has a duration of more than 5,270,400 working minutes (ten years around the clock).");
        Map<String, Object> lead = HostilePackage.dependency(1, 2);
        lead.put("lagMinutes", -max);
        assertThat(read(new HostilePackage().edit(p -> p.dependencies.set(0, lead))).dependencies()).hasSize(1);
        lead.put("lagMinutes", -max - 1);
        assertThat(refusal(new HostilePackage().edit(p -> p.dependencies.set(0, lead))))
                .isEqualTo("plan.genaiplan cannot be opened because dependency 1 in \"dependencies.json\" has a lag of"
                        + " more than 5,270,400 working minutes (ten years around the clock).");
    }

    @Test
    void datesFromTheYear1900ToTheYear9999() throws Exception {
        Plan plan = read(new HostilePackage().edit(p -> {
            p.plan.put("startDate", "1900-01-01");
            p.plan.put("exceptions", List.of(HostilePackage.dayOff("9999-12-31")));
        }));
        assertThat(plan.startDate()).hasYear(1900);
        assertThat(refusal(new HostilePackage().edit(p -> p.plan.put("exceptions",
                List.of(HostilePackage.dayOff("+10000-01-01")))))).isEqualTo("plan.genaiplan cannot be opened because"
                + " calendar exception 1 of the plan in \"plan.json\" has a first day in the year 10000; dates must lie"
                + " in the years 1900 to 9999.");
        assertThat(refusal(new HostilePackage().edit(p -> p.plan.put("startDate", "1899-12-31")))).contains("1899");
    }

    @Test
    void namesUpTo500CharactersAndTextsUpToFiveMillion() throws Exception {
        String name = "n".repeat(PackageLimits.MAX_NAME_CHARS);
        assertThat(read(new HostilePackage().edit(p -> p.taskAt(0).put("phase", name))).task(1).phase()).isEqualTo(name);
        assertThat(refusal(new HostilePackage().edit(p -> p.taskAt(0).put("name", name + "n"))))
                .isEqualTo("plan.genaiplan cannot be opened because the field \"name\" of item 1 in \"tasks.json\" is"
                        + " longer than 500 characters.");
        String notes = "x".repeat(PackageLimits.MAX_TEXT_CHARS);
        assertThat(read(new HostilePackage().edit(p -> p.taskAt(1).put("notes", notes))).task(2).notes()).hasSize(5_000_000);
        assertThat(refusal(new HostilePackage().edit(p -> p.taskAt(1).put("notes", notes + "x"))))
                .isEqualTo("plan.genaiplan cannot be opened because the field \"notes\" of item 2 in \"tasks.json\" is"
                        + " longer than 5,000,000 characters.");
    }

    @Test
    void aFileUpTo256MegabytesIsRead() throws Exception {
        Path file = dir.resolve("big.genaiplan");
        try (RandomAccessFile big = new RandomAccessFile(file.toFile(), "rw")) {
            big.setLength(256L << 20);
        }
        assertThatThrownBy(() -> new PlanPackageReader().read(file)).isInstanceOf(PlanFileException.class)
                .hasMessage("big.genaiplan is not a GenAI Planner plan (it is not a ZIP package).");
    }

    @Test
    void theWriterRefusesWhatTheReaderWould() throws Exception {
        Plan plan = read(new HostilePackage());
        plan.task(1).setFixedCost(new BigDecimal("1E14"));
        StoreHome home = new StoreHome(dir.resolve("home"));
        Path file = dir.resolve("too-much.genaiplan");
        assertThatThrownBy(() -> new PlanFileWriter(home).write(file, null,
                out -> new PlanPackageWriter().write(plan, null, out))).isInstanceOf(PlanFileException.class)
                .hasMessage("too-much.genaiplan could not be saved (the task 1 (\"Task 1\") has a fixed cost above"
                        + " 10,000,000,000,000, the most a plan file may hold); the previous version is unchanged.");
        assertThat(file).doesNotExist();
    }

    @Test
    void theReadmeListsEveryLimit() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        for (Count c : Count.values()) {
            assertThat(readme).contains("| " + c.what() + " | " + Sentences.number(c.defaultLimit()) + " |");
        }
        assertThat(readme).contains("| money | " + Sentences.number(PackageLimits.MAX_MONEY.longValueExact()) + ", "
                + PackageLimits.MONEY_DECIMALS + " decimals |");
        assertThat(readme).contains("| quantities | " + Sentences.number(PackageLimits.MAX_QUANTITY.longValueExact())
                + ", " + PackageLimits.QUANTITY_DECIMALS + " decimals |");
        assertThat(readme).contains("| durations and lags | " + Sentences.number(PackageLimits.MAX_MINUTES) + " working minutes |");
        assertThat(readme).contains("| dates | years " + PackageLimits.FIRST_YEAR + " to " + PackageLimits.LAST_YEAR + " |");
        assertThat(readme).contains("| names and other short text | " + PackageLimits.MAX_NAME_CHARS + " characters |");
        assertThat(readme).contains("| notes, descriptions, risk texts | " + Sentences.number(PackageLimits.MAX_TEXT_CHARS)
                + " characters |");
        PackageLimits d = PackageLimits.defaults();
        assertThat(readme).contains("| file size | " + (d.maxFileBytes() >> 20) + " MB |");
    }
}
