package org.genaiplan.templates;

import java.math.BigDecimal;
import org.genaiplan.model.Role;

/**
 * A team role the templates use, with a placeholder hourly rate. The rate is an example only; the
 * plan's description tells the user to replace it.
 */
public record RoleDefinition(String name, BigDecimal exampleRate, String description) {

    /** The plan role with the example rate, marked as an example to replace. */
    public Role toRole() {
        return new Role(name, exampleRate, true).withResponsibilities(description);
    }
}
