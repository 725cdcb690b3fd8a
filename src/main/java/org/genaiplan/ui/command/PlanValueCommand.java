package org.genaiplan.ui.command;

import java.util.Objects;
import java.util.function.UnaryOperator;
import org.genaiplan.model.Plan;

/**
 * Replaces one immutable value the plan holds (the quality plan, the model selection...) with {@code change}
 * applied to it; undo puts the whole previous value back and redo the one made, so each is exact.
 */
abstract class PlanValueCommand<T> implements PlanCommand {
    private final String label;
    private final UnaryOperator<T> change;
    private T before;
    private T after;

    PlanValueCommand(String label, UnaryOperator<T> change) {
        this.label = Objects.requireNonNull(label);
        this.change = Objects.requireNonNull(change);
    }

    /** The value as the plan holds it now. */
    abstract T get(Plan plan);

    abstract void set(Plan plan, T value);

    @Override
    public String displayName() {
        return label;
    }

    @Override
    public void execute(Plan plan) {
        T old = get(plan);
        T made = Objects.requireNonNull(change.apply(old));
        set(plan, made);
        before = old;
        after = made;
    }

    @Override
    public void undo(Plan plan) {
        set(plan, before);
    }

    @Override
    public void redo(Plan plan) {
        set(plan, after);
    }
}
