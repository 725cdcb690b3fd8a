package org.genaiplan.model.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.ValidationException;
import org.genaiplan.model.decision.SelectionMatrix.Candidate;
import org.genaiplan.model.decision.SelectionMatrix.Criterion;
import org.genaiplan.model.decision.SelectionMatrix.Decision;
import org.junit.jupiter.api.Test;

/** Weighted scores, ranking with ties, and the checks on scores, weights, names and the decision. */
class SelectionMatrixTest {
    private static final List<Criterion> CRITERIA = List.of(new Criterion("Quality", 10), new Criterion("Cost", 5));

    private static Candidate scored(String name, int quality, int cost) {
        return new Candidate(name, false, false, "", "", null, 0, Map.of("Quality", quality, "Cost", cost));
    }

    @Test
    void theRankingFollowsTheWeightedScore() {
        SelectionMatrix m = new SelectionMatrix(CRITERIA, List.of(scored("Hosted API", 4, 2), scored("Open 8B", 3, 5),
                scored("Open 70B", 5, 1), new Candidate("Unscored")), null);
        assertThat(m.score(m.candidates().get(0))).isEqualTo((40 + 10) / 15.0);
        assertThat(m.ranking()).extracting(r -> r.candidate().name() + " " + r.rank())
                .containsExactly("Open 8B 1", "Open 70B 1", "Hosted API 3", "Unscored 4");
        assertThat(m.rankOf("Hosted API")).isEqualTo(3);
        assertThat(m.rankOf("nobody")).isZero();
        Decision d = new Decision("Open 8B", LocalDate.of(2026, 4, 1), "Cheapest at equal rank");
        assertThat(m.withDecision(d).decision()).isEqualTo(d);
        assertThat(SelectionMatrix.starter().criteria()).hasSize(7);
    }

    @Test
    void badInputIsRefusedWithASentence() {
        assertThatThrownBy(() -> scored("x", 6, 1)).isInstanceOf(ValidationException.class)
                .hasMessage("Scores run from 1 to 5; \"x\" has 6 for \"Quality\".");
        assertThatThrownBy(() -> new Criterion("Latency", 11)).hasMessageContaining("between 0 and 10");
        assertThatThrownBy(() -> new SelectionMatrix(CRITERIA, List.of(new Candidate("A"), new Candidate("a")), null))
                .hasMessage("There are two candidates named \"a\".");
        assertThatThrownBy(() -> new SelectionMatrix(CRITERIA, List.of(new Candidate("A")),
                new Decision("B", LocalDate.of(2026, 4, 1), ""))).hasMessageContaining("not a candidate");
        assertThatThrownBy(() -> new Decision("A", null, "")).hasMessage("A decision needs its date.");
    }
}
