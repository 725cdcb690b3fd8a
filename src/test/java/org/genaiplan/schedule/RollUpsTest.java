package org.genaiplan.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.genaiplan.model.Role;
import org.genaiplan.model.Task;
import org.junit.jupiter.api.Test;

class RollUpsTest {

    @Test
    void summaryRollsUpSpanWeightedProgressAndCost() {
        // Summary S {A 2d 50 % owned by an engineer at 100/h with 1000 fixed; B 1d 0 % no owner, 200 fixed},
        // A -> B. Span 3 days = 1440 min. % complete = (960 x 50 + 480 x 0) / 1440 = 33.33.
        // Cost: A = 1000 + 100 x 16 h = 2600; B = 200; S = 2800. Top summary T over S and a milestone M
        // (0 %, 0 cost): % = (960 x 50) / 1440 as well, cost 2800.
        Net n = new Net();
        n.plan.putRole(new Role("Engineer", new BigDecimal("100")));
        Task top = n.plan.addTask(null, "T");
        Task s = n.plan.addTask(top, "S");
        Task a = n.child(s, "A", 2);
        a.setOwnerRole("Engineer");
        a.setFixedCost(new BigDecimal("1000"));
        a.setActualStart(Net.jan(4, 8));
        a.setPercentComplete(50);
        Task b = n.child(s, "B", 1);
        b.setFixedCost(new BigDecimal("200"));
        Task m = n.child(top, "M", 0);
        m.setMilestone(true);
        n.link(a, b).link(s, m);
        n.schedule();

        assertThat(s.rolledUpDurationMinutes()).isEqualTo(1440);
        assertThat(s.rolledUpPercentComplete()).isCloseTo(33.333, within(0.01));
        assertThat(a.cost()).isEqualByComparingTo("2600");
        assertThat(b.cost()).isEqualByComparingTo("200");
        assertThat(s.cost()).isEqualByComparingTo("2800");
        assertThat(top.cost()).isEqualByComparingTo("2800");
        assertThat(top.rolledUpPercentComplete()).isCloseTo(33.333, within(0.01));
        assertThat(top.rolledUpDurationMinutes()).isEqualTo(1440);
    }

    @Test
    void rateChangeAndOwnerChangeReachTheTotals() {
        Net n = new Net();
        n.plan.putRole(new Role("Engineer", new BigDecimal("100")));
        n.plan.putRole(new Role("Annotator", new BigDecimal("40")));
        Task top = n.plan.addTask(null, "T");
        Task a = n.child(top, "A", 1);
        a.setOwnerRole("Engineer");
        CpmScheduler scheduler = new CpmScheduler();
        scheduler.schedule(n.plan);
        assertThat(top.cost()).isEqualByComparingTo("800");

        n.plan.putRole(new Role("Engineer", new BigDecimal("150")));
        scheduler.reschedule(n.plan);
        assertThat(top.cost()).isEqualByComparingTo("1200");

        a.setOwnerRole("Annotator");
        scheduler.reschedule(n.plan);
        assertThat(top.cost()).isEqualByComparingTo("320");
    }

    @Test
    void summaryOfMilestonesAveragesTheirProgress() {
        Net n = new Net();
        Task top = n.plan.addTask(null, "Gates");
        Task m1 = n.child(top, "M1", 0);
        m1.setMilestone(true);
        m1.setPercentComplete(100);
        Task m2 = n.child(top, "M2", 0);
        m2.setMilestone(true);
        n.schedule();

        assertThat(top.rolledUpPercentComplete()).isEqualTo(50.0);
        assertThat(top.rolledUpDurationMinutes()).isZero();
    }
}
