package org.genaiplan.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.genaiplan.store.PackageLimits.Count;

/**
 * A first pass over the JSON tokens of a package entry, before anything is bound from it: counts the items
 * of each kind against {@link PackageLimits}, refuses empty ({@code null}) items of any list (naming the list
 * and the item) and any text longer than a plan may hold. It builds nothing, so a file of a million tasks costs no more memory
 * than its bytes before it is refused.
 */
final class EntryScan {
    /** The items a top-level list of an entry holds. */
    private static final Map<String, Count> LISTS = Map.of(
            PackageFormat.TASKS, Count.TASKS, PackageFormat.DEPENDENCIES, Count.DEPENDENCIES,
            PackageFormat.RISKS, Count.RISKS, PackageFormat.ROLES, Count.ROLES, PackageFormat.PEOPLE, Count.PEOPLE);
    /** The items a nested list holds, by its field name; counted over the whole entry (holidays: formats 1-2). */
    private static final Map<String, Count> FIELDS = Map.of(
            "costLines", Count.COST_LINES, "linkedTaskIds", Count.RISK_LINKS, "exceptions", Count.EXCEPTIONS,
            "holidays", Count.EXCEPTIONS, "workingDays", Count.WORKING_DAYS, "gpus", Count.GPU_TYPES,
            "models", Count.MODELS, "phaseBudgets", Count.PHASE_BUDGETS);
    /**
     * The fields that hold longer text ({@link PackageLimits#MAX_TEXT_CHARS}); every other text, names, dates
     * and amounts written as text included, is held to {@link PackageLimits#MAX_NAME_CHARS}, which also keeps
     * a number given as a million digits from ever being parsed.
     */
    static final java.util.Set<String> LONG_TEXT = java.util.Set.of(
            "description", "notes", "statement", "mitigation", "contingency", "trigger");

    private final String file;
    private final String entry;
    private final PackageLimits limits;
    private final int[] totals = new int[Count.values().length];

    private EntryScan(String file, String entry, PackageLimits limits) {
        this.file = file;
        this.entry = entry;
        this.limits = limits;
    }

    /** Refuses the entry with a sentence naming the file when it holds more than the limits allow. */
    static void check(JsonFactory factory, String entry, byte[] json, PackageLimits limits, String file)
            throws PlanFileException {
        new EntryScan(file, entry, limits).scan(factory, json);
    }

    /** An open object or array; an array knows its name (the field, or null at the top) and counts its items. */
    private static final class Frame {
        final boolean array;
        final Count count;
        final String name;
        int items;

        Frame(boolean array, Count count, String name) {
            this.array = array;
            this.count = count;
            this.name = name;
        }
    }

    private void scan(JsonFactory factory, byte[] json) throws PlanFileException {
        Deque<Frame> open = new ArrayDeque<>();
        try (JsonParser p = factory.createParser(json)) {
            for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
                Frame in = open.peek();
                if (in != null && in.array && t != JsonToken.END_ARRAY) {
                    item(in, t);
                }
                switch (t) {
                    case START_OBJECT -> open.push(new Frame(false, null, null));
                    case START_ARRAY -> open.push(in == null
                            ? new Frame(true, LISTS.get(entry), null)
                            : in.array ? new Frame(true, null, in.name)
                            : new Frame(true, FIELDS.get(p.currentName()), p.currentName()));
                    case END_OBJECT, END_ARRAY -> open.pop();
                    case VALUE_STRING -> text(p, open.peekLast());
                    default -> { }
                }
            }
        } catch (JsonProcessingException e) {
            throw new PlanFileException(file + " is damaged: the entry \"" + entry + "\" is not valid JSON"
                    + PlanPackageReader.where(e) + ".");
        } catch (IOException e) {
            throw new PlanFileException(file + " is damaged: the entry \"" + entry + "\" cannot be read.");
        }
    }

    private void item(Frame in, JsonToken t) throws PlanFileException {
        in.items++;
        if (t == JsonToken.VALUE_NULL) {
            String list = in.name == null ? "the entry \"" + entry + "\""
                    : "the list \"" + Sentences.printable(in.name, 60) + "\" in \"" + entry + "\"";
            throw new PlanFileException(file + " is damaged: item " + Sentences.number(in.items) + " of " + list
                    + " is empty (null).");
        }
        if (in.count != null) {
            if (++totals[in.count.ordinal()] > limits.max(in.count)) {
                throw new PlanFileException(file + " has more than " + Sentences.number(limits.max(in.count))
                        + " " + in.count.what() + " in \"" + entry + "\", the most a plan file may hold.");
            }
        }
    }

    private void text(JsonParser p, Frame root) throws IOException, PlanFileException {
        String field = p.currentName();
        int max = field != null && LONG_TEXT.contains(field) ? PackageLimits.MAX_TEXT_CHARS : PackageLimits.MAX_NAME_CHARS;
        if (p.getTextLength() > max) {
            String item = root != null && root.array ? " of item " + Sentences.number(root.items) : "";
            throw new PlanFileException(file + " cannot be opened because " + (field == null ? "a text" : "the field \""
                    + Sentences.printable(field, 60) + "\"") + item + " in \"" + entry + "\" is longer than "
                    + Sentences.number(max) + " characters.");
        }
    }
}
