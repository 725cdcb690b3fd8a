package org.genaiplan.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.genaiplan.model.Plan;
import org.genaiplan.model.ResponseStrategy;
import org.genaiplan.model.Risk;
import org.genaiplan.model.RiskStatus;
import org.junit.jupiter.api.Test;

class RiskLibraryTest {
    private final RiskLibrary library = RiskLibrary.load();

    @Test
    void defaultCategoriesCoverGenAiWork() {
        assertThat(library.categoryNames()).containsExactly("Data availability and quality",
                "Privacy and PII leakage", "Regulatory (EU AI Act tier, GDPR/CCPA)", "Ethics and bias",
                "Hallucination / confabulation", "Safety and toxic output",
                "Security (prompt injection, data poisoning, supply chain)", "Model drift",
                "Vendor and model lock-in or deprecation", "Compute and token cost overrun", "GPU availability",
                "Schedule", "Team and skills", "Intellectual property");
        for (RiskCategory c : library.categories()) {
            assertThat(library.search(null, c.id())).as("risks in " + c.name()).isNotEmpty();
        }
    }

    @Test
    void thirtyPlusStarterRisksWithEveryField() {
        assertThat(library.entries()).hasSizeGreaterThanOrEqualTo(30);
        Set<String> phases = Set.of("Initiation & feasibility", "Planning", "Data collection & preparation",
                "Model development", "Testing & evaluation", "Deployment & monitoring", "Closure & retrospective");
        Set<String> titles = new HashSet<>();
        Set<ResponseStrategy> strategies = new HashSet<>();
        for (RiskLibraryEntry e : library.entries()) {
            assertThat(titles.add(e.title())).as("unique title " + e.title()).isTrue();
            assertThat(e.statement()).as(e.id()).matches("[^>]+->[^>]+->[^>]+");
            assertThat(phases).contains(e.phase());
            assertThat(e.mitigation()).isNotBlank();
            assertThat(e.contingency()).isNotBlank();
            assertThat(e.trigger()).isNotBlank();
            assertThat(e.residualProbability() * e.residualImpact()).as("residual below inherent for " + e.id())
                    .isLessThan(e.score());
            strategies.add(e.strategy());
        }
        assertThat(strategies).containsExactlyInAnyOrder(ResponseStrategy.values());
    }

    @Test
    void searchMatchesEveryWordInAnyCaseAndFiltersByCategory() {
        assertThat(library.search("prompt INJECTION", null)).extracting(RiskLibraryEntry::id).contains("prompt-injection");
        assertThat(library.search("GPU", "gpu")).isNotEmpty()
                .allSatisfy(e -> assertThat(e.category().id()).isEqualTo("gpu"));
        assertThat(library.search("token budget", null)).extracting(RiskLibraryEntry::id).contains("token-cost-overrun");
        assertThat(library.search("", null)).hasSameSizeAs(library.entries());
        assertThat(library.search("   ", "privacy")).hasSize((int) library.entries().stream()
                .filter(e -> e.category().id().equals("privacy")).count());
        assertThat(library.search("blockchain quantum", null)).isEmpty();
        assertThat(library.search("injection", "ip")).isEmpty();
    }

    @Test
    void addingFromTheLibraryCopiesEveryFieldIntoTheRegister() {
        Plan plan = new Plan("Register", LocalDate.of(2027, 1, 4));
        RiskLibraryEntry entry = library.entry("hallucinated-facts");
        LocalDate raised = LocalDate.of(2027, 1, 11);

        Risk risk = library.addTo(plan, entry, raised);

        assertThat(plan.risks()).containsExactly(risk);
        assertThat(risk.code()).isEqualTo("R-001");
        assertThat(risk.title()).isEqualTo(entry.title());
        assertThat(risk.statement()).isEqualTo(entry.statement());
        assertThat(risk.category()).isEqualTo("Hallucination / confabulation");
        assertThat(risk.phase()).isEqualTo(entry.phase());
        assertThat(risk.owner()).isEqualTo(entry.owner());
        assertThat(risk.probability()).isEqualTo(entry.probability());
        assertThat(risk.impact()).isEqualTo(entry.impact());
        assertThat(risk.score()).isEqualTo(entry.score());
        assertThat(risk.strategy()).isEqualTo(entry.strategy());
        assertThat(risk.mitigation()).isEqualTo(entry.mitigation());
        assertThat(risk.contingency()).isEqualTo(entry.contingency());
        assertThat(risk.trigger()).isEqualTo(entry.trigger());
        assertThat(risk.residualProbability()).isEqualTo(entry.residualProbability());
        assertThat(risk.residualImpact()).isEqualTo(entry.residualImpact());
        assertThat(risk.status()).isEqualTo(RiskStatus.OPEN);
        assertThat(risk.raised()).isEqualTo(raised);
        assertThat(plan.changes().drain().risks()).containsExactly(risk.id());

        java.util.List<Risk> more = library.addAll(plan, library.search("GPU", "gpu"), raised);
        assertThat(more).extracting(Risk::code).startsWith("R-002", "R-003");
        assertThat(more).extracting(Risk::category).containsOnly("GPU availability");
        assertThat(plan.risks()).hasSize(1 + more.size());
    }

    @Test
    void findsTheCopyOfAnEntryAlreadyInTheRegisterByTitleOrStatement() {
        Plan plan = new Plan("Register", LocalDate.of(2027, 1, 4));
        RiskLibraryEntry entry = library.entry("hallucinated-facts");
        assertThat(library.copyIn(plan, entry)).isEmpty();
        Risk copy = library.addTo(plan, entry, LocalDate.of(2027, 1, 4));
        assertThat(library.copyIn(plan, entry)).containsSame(copy);

        copy.setTitle("  " + entry.title().toUpperCase(java.util.Locale.ROOT) + " ");
        assertThat(library.copyIn(plan, entry)).as("title in another case").containsSame(copy);
        copy.setTitle("Our own words for it");
        assertThat(library.copyIn(plan, entry)).as("same statement").containsSame(copy);
        copy.setStatement("Something else entirely -> happens -> hurts");
        assertThat(library.copyIn(plan, entry)).isEmpty();
        assertThat(library.copyIn(plan, library.entry("prompt-injection"))).isEmpty();
    }
}
