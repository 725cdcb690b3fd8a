package org.genaiplan.ui;

/** A template or template fragment offered in a menu. */
public record CatalogEntry(String id, String name, String description) {
    @Override
    public String toString() {
        return name;
    }
}
