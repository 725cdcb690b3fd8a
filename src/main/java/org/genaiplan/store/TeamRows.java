package org.genaiplan.store;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.genaiplan.model.Person;
import org.genaiplan.model.Plan;
import org.genaiplan.model.Role;
import org.genaiplan.model.ValidationException;

/** The plan's roles and people as rows, and back through the model's own checks. */
final class TeamRows {
    private TeamRows() {
    }

    static List<PlanData.RoleRow> roles(Plan plan) {
        List<PlanData.RoleRow> rows = new ArrayList<>();
        for (Role r : plan.roles()) {
            rows.add(new PlanData.RoleRow(r.name(), r.ratePerHour(), r.example(), r.maxUnits(), r.availability()));
        }
        return rows;
    }

    static List<PlanData.PersonRow> people(Plan plan) {
        List<PlanData.PersonRow> rows = new ArrayList<>();
        for (Person p : plan.resources().people()) {
            rows.add(new PlanData.PersonRow(p.name(), p.role(), p.ratePerHour(), p.maxUnits(), p.availability()));
        }
        return rows;
    }

    /** Adds the roles, then the people (whose roles must be among them); a name listed twice is refused. */
    static void addTo(Plan plan, List<PlanData.RoleRow> roles, List<PlanData.PersonRow> people) {
        Set<String> roleNames = new HashSet<>();
        for (PlanData.RoleRow r : roles) {
            if (r == null || r.ratePerHour() == null) {
                throw new ValidationException("a role has no rate");
            }
            Role role = new Role(r.name(), r.ratePerHour(), r.example(), r.maxUnits(), r.availability());
            if (!roleNames.add(role.name())) {
                throw new ValidationException("the role \"" + role.name() + "\" appears twice");
            }
            plan.putRole(role);
        }
        for (PlanData.PersonRow p : people) {
            if (p == null) {
                throw new ValidationException("a person is empty");
            }
            Person person = new Person(p.name(), p.role(), p.ratePerHour(), p.maxUnits(), p.availability());
            if (plan.resources().person(person.name()) != null) {
                throw new ValidationException("the person \"" + person.name() + "\" appears twice");
            }
            plan.resources().putPerson(person);
        }
    }
}
