package org.genaiplan.ui.risks;

import org.genaiplan.ui.ComingSoonPane;

/** The Risks tab until the risk register is built. */
public final class RisksPlaceholder extends ComingSoonPane {
    public RisksPlaceholder() {
        super("mdi2a-alert-outline", "Risk register \u2014 coming",
                "Risks with probability and impact scores, AI-specific categories, owners, mitigations and "
                        + "a heat map will be kept here, linked to the tasks they threaten.");
    }
}
