package org.genaiplan.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The plan's roles and people: who can own a task and at what hourly rate. A name is either a role or a
 * person (never both, ignoring case), so an owner name in the WBS means one thing. A person is costed at
 * their own rate, or at their role's rate when they have none. Every change is logged as a roles change.
 */
public final class Resources {
    /** The most people one plan holds. */
    public static final int MAX_PEOPLE = 10_000;

    private final ChangeLog changes;
    private final Map<String, Role> roles = new LinkedHashMap<>();
    private final Map<String, Person> people = new LinkedHashMap<>();

    Resources(ChangeLog changes) {
        this.changes = changes;
    }

    // ---- roles ----

    public Collection<Role> roles() {
        return Collections.unmodifiableCollection(roles.values());
    }

    public Role role(String name) {
        return name == null ? null : roles.get(name);
    }

    /** Adds a role at the end, or replaces the one of the same name where it stands. */
    public void putRole(Role role) {
        requireNoPerson(role.name());
        roles.put(role.name(), role);
        changes.roles();
    }

    /** Puts a role at a position of the list (replacing one of the same name), for undo and renames. */
    public void putRole(int index, Role role) {
        requireNoPerson(role.name());
        roles.remove(role.name());
        insert(roles, index, role.name(), role);
        changes.roles();
    }

    public Role removeRole(String name) {
        Role removed = roles.remove(name);
        if (removed != null) {
            changes.roles();
        }
        return removed;
    }

    /** The position of a role in the list, or -1. */
    public int indexOfRole(String name) {
        return new ArrayList<>(roles.keySet()).indexOf(name);
    }

    // ---- people ----

    public List<Person> people() {
        return List.copyOf(people.values());
    }

    public int personCount() {
        return people.size();
    }

    public Person person(String name) {
        return name == null ? null : people.get(name);
    }

    /** Adds a person at the end, or replaces the one of the same name where they stand. */
    public void putPerson(Person person) {
        putPerson(people.containsKey(person.name()) ? indexOfPerson(person.name()) : people.size(), person);
    }

    /** Puts a person at a position of the list (replacing one of the same name), for undo and renames. */
    public void putPerson(int index, Person person) {
        String name = person.name();
        for (String role : roles.keySet()) {
            if (role.equalsIgnoreCase(name)) {
                throw new ValidationException("\"" + role + "\" is already a role; give the person another name.");
            }
        }
        for (String other : people.keySet()) {
            if (!other.equals(name) && other.equalsIgnoreCase(name)) {
                throw new ValidationException("The plan already has a person called \"" + other + "\".");
            }
        }
        if (person.role() != null && !roles.containsKey(person.role())) {
            throw new ValidationException("The plan has no role \"" + person.role() + "\" for \"" + name + "\".");
        }
        if (!people.containsKey(name) && people.size() >= MAX_PEOPLE) {
            throw new ValidationException("A plan can list at most " + MAX_PEOPLE + " people.");
        }
        people.remove(name);
        insert(people, index, name, person);
        changes.roles();
    }

    public Person removePerson(String name) {
        Person removed = people.remove(name);
        if (removed != null) {
            changes.roles();
        }
        return removed;
    }

    /** The position of a person in the list, or -1. */
    public int indexOfPerson(String name) {
        return new ArrayList<>(people.keySet()).indexOf(name);
    }

    // ---- owners ----

    /** True when {@code name} is exactly a role or a person of the plan. */
    public boolean isOwner(String name) {
        return name != null && (roles.containsKey(name) || people.containsKey(name));
    }

    /** True when a person has this name, ignoring case (a role of that name could not be added). */
    public boolean hasPersonNamed(String name) {
        return name != null && people.keySet().stream().anyMatch(p -> p.equalsIgnoreCase(name.strip()));
    }

    /** The role or person {@code typed} names, ignoring case and spaces around it, spelled as the plan has it; or null. */
    public String ownerName(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String t = typed.strip();
        if (isOwner(t)) {
            return t;
        }
        String lower = t.toLowerCase(Locale.ROOT);
        for (String name : roles.keySet()) {
            if (name.toLowerCase(Locale.ROOT).equals(lower)) {
                return name;
            }
        }
        for (String name : people.keySet()) {
            if (name.toLowerCase(Locale.ROOT).equals(lower)) {
                return name;
            }
        }
        return null;
    }

    /**
     * The hourly rate of an owner: a role's rate; a person's own rate, else their role's; null when the name
     * is unknown or a person has neither.
     */
    public BigDecimal rateOf(String owner) {
        if (owner == null) {
            return null;
        }
        Role role = roles.get(owner);
        if (role != null) {
            return role.ratePerHour();
        }
        Person person = people.get(owner);
        if (person == null) {
            return null;
        }
        if (person.ratePerHour() != null) {
            return person.ratePerHour();
        }
        Role held = person.role() == null ? null : roles.get(person.role());
        return held == null ? null : held.ratePerHour();
    }

    /** Every owner with a rate, mapped to it (people without one are left out). */
    public Map<String, BigDecimal> rates() {
        Map<String, BigDecimal> out = new HashMap<>();
        roles.forEach((name, role) -> out.put(name, role.ratePerHour()));
        for (String name : people.keySet()) {
            BigDecimal rate = rateOf(name);
            if (rate != null) {
                out.put(name, rate);
            }
        }
        return out;
    }

    private void requireNoPerson(String name) {
        for (String person : people.keySet()) {
            if (person.equalsIgnoreCase(name)) {
                throw new ValidationException("\"" + person + "\" is already a person; give the role another name.");
            }
        }
    }

    private static <T> void insert(Map<String, T> map, int index, String key, T value) {
        List<Map.Entry<String, T>> entries = new ArrayList<>();
        map.forEach((k, v) -> entries.add(Map.entry(k, v)));
        int at = Math.clamp(index, 0, entries.size());
        entries.add(at, Map.entry(key, value));
        map.clear();
        entries.forEach(e -> map.put(e.getKey(), e.getValue()));
    }
}
