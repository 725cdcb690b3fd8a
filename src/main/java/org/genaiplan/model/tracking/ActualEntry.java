package org.genaiplan.model.tracking;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.genaiplan.model.ValidationException;

/**
 * One dated record of what a task used or cost, as imported from a usage or billing export. {@code quantity}
 * is in the kind's unit (null for {@link UsageKind#COST}); {@code amount} is money, or null when the row gave
 * none.
 */
public record ActualEntry(long taskId, LocalDate date, UsageKind kind, BigDecimal quantity, BigDecimal amount) {
    public ActualEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        if (quantity != null && quantity.signum() < 0) {
            throw new ValidationException("A quantity used cannot be negative.");
        }
        if (amount != null && amount.signum() < 0) {
            throw new ValidationException("An actual cost cannot be negative.");
        }
        if (quantity == null && amount == null) {
            throw new ValidationException("An actual needs a quantity or an amount.");
        }
    }
}
