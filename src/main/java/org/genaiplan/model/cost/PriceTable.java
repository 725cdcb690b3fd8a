package org.genaiplan.model.cost;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.genaiplan.model.ValidationException;

/**
 * A plan's GPU and model prices and the date they were checked. Role rates live with the roles. Names are
 * unique ignoring case; lookups ignore case too. The table is a value: the {@code with...} methods return a
 * changed copy.
 */
public record PriceTable(LocalDate pricedOn, List<GpuPrice> gpus, List<TokenPrice> models) {

    public PriceTable {
        gpus = List.copyOf(gpus);
        models = List.copyOf(models);
        requireUnique(gpus, GpuPrice::name, "GPU type");
        requireUnique(models, TokenPrice::model, "model");
    }

    public static PriceTable empty() {
        return new PriceTable(null, List.of(), List.of());
    }

    public GpuPrice gpu(String name) {
        return find(gpus, GpuPrice::name, name);
    }

    public TokenPrice model(String name) {
        return find(models, TokenPrice::model, name);
    }

    public PriceTable withPricedOn(LocalDate date) {
        return new PriceTable(date, gpus, models);
    }

    /** Adds the GPU type or replaces the one of the same name (ignoring case), keeping its position. */
    public PriceTable withGpu(GpuPrice gpu) {
        return new PriceTable(pricedOn, put(gpus, GpuPrice::name, gpu), models);
    }

    public PriceTable withoutGpu(String name) {
        return new PriceTable(pricedOn, remove(gpus, GpuPrice::name, name), models);
    }

    /** Adds the model or replaces the one of the same name (ignoring case), keeping its position. */
    public PriceTable withModel(TokenPrice model) {
        return new PriceTable(pricedOn, gpus, put(models, TokenPrice::model, model));
    }

    public PriceTable withoutModel(String name) {
        return new PriceTable(pricedOn, gpus, remove(models, TokenPrice::model, name));
    }

    /** The name as lookups compare it: stripped, in lower case. */
    static String key(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }

    private static <T> T find(List<T> list, Function<T, String> name, String wanted) {
        String k = key(wanted);
        for (T t : list) {
            if (key(name.apply(t)).equals(k)) {
                return t;
            }
        }
        return null;
    }

    private static <T> List<T> put(List<T> list, Function<T, String> name, T value) {
        List<T> out = new ArrayList<>(list);
        String k = key(name.apply(value));
        for (int i = 0; i < out.size(); i++) {
            if (key(name.apply(out.get(i))).equals(k)) {
                out.set(i, value);
                return out;
            }
        }
        out.add(value);
        return out;
    }

    private static <T> List<T> remove(List<T> list, Function<T, String> name, String wanted) {
        List<T> out = new ArrayList<>(list);
        out.removeIf(t -> key(name.apply(t)).equals(key(wanted)));
        return out;
    }

    private static <T> void requireUnique(List<T> list, Function<T, String> name, String what) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (T t : list) {
            if (!seen.add(key(name.apply(t)))) {
                throw new ValidationException("The price table lists the " + what + " \"" + name.apply(t)
                        + "\" twice.");
            }
        }
    }
}
