package org.genaiplan.model.decision;

import java.util.Locale;
import org.genaiplan.model.ValidationException;

/**
 * How a candidate would be obtained: an existing foundation model adapted (prompting, retrieval or tuning), a model
 * pre-trained from scratch on the organisation's own corpus, or a finished product bought from a vendor. The
 * matrix can hold all three, so the build-or-buy and existing-or-from-scratch questions are scored like the rest.
 */
public enum Approach {
    ADAPT("adapt", "adapt an existing model"),
    PRE_TRAIN("pre-train", "pre-train from scratch"),
    BUY("buy", "buy a product");

    private final String word;
    private final String phrase;

    Approach(String word, String phrase) {
        this.word = word;
        this.phrase = phrase;
    }

    /** The short word a cell shows and accepts ("adapt", "pre-train", "buy"). */
    public String word() {
        return word;
    }

    /** The approach in a few words, for sentences and tooltips. */
    public String phrase() {
        return phrase;
    }

    /** The approach a typed word names; a few natural synonyms are accepted. */
    public static Approach parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "", "adapt", "existing", "existing model", "fine-tune", "fine-tuning" -> ADAPT;
            case "pre-train", "pretrain", "pre-training", "scratch", "from scratch" -> PRE_TRAIN;
            case "buy", "bought", "product", "vendor" -> BUY;
            default -> throw new ValidationException("The approach is \"adapt\" (an existing model), \"pre-train\""
                    + " (from scratch) or \"buy\" (a product), not \"" + text.strip() + "\".");
        };
    }
}
