package org.genaiplan.model.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.genaiplan.model.ValidationException;

/**
 * A quota of GPUs of one type that compute lines draw on: {@code gpus} available from the plan's start, then
 * the counts of {@code steps} from their dates on ("16 from March, 32 from June"). Steps are kept in date order.
 */
public record GpuPool(String name, String gpuType, int gpus, List<Step> steps) {
    /** The most GPUs one pool can hold; more is a typing mistake. */
    public static final int MAX_GPUS = 1_000_000;

    public GpuPool {
        name = CapacityNames.require(name, "A GPU pool");
        gpuType = CapacityNames.require(gpuType, "The GPU type of pool \"" + name + "\"");
        checkCount(gpus, name);
        List<Step> sorted = new ArrayList<>(steps == null ? List.of() : steps);
        sorted.sort(Comparator.comparing(Step::from));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).from().equals(sorted.get(i - 1).from())) {
                throw new ValidationException("Pool \"" + name + "\" changes twice on " + sorted.get(i).from() + ".");
            }
        }
        for (Step s : sorted) {
            checkCount(s.gpus(), name);
        }
        steps = List.copyOf(sorted);
    }

    public GpuPool(String name, String gpuType, int gpus) {
        this(name, gpuType, gpus, List.of());
    }

    /** A change of the pool's size: {@code gpus} from {@code from} on. */
    public record Step(LocalDate from, int gpus) {
        public Step {
            java.util.Objects.requireNonNull(from, "from");
        }
    }

    /** The GPUs available on a day. */
    public int gpusOn(LocalDate date) {
        int n = gpus;
        for (Step s : steps) {
            if (s.from().isAfter(date)) {
                break;
            }
            n = s.gpus();
        }
        return n;
    }

    public GpuPool withGpus(int count) {
        return new GpuPool(name, gpuType, count, steps);
    }

    public GpuPool withSteps(List<Step> newSteps) {
        return new GpuPool(name, gpuType, gpus, newSteps);
    }

    /** The steps as typed: "32 from 2026-06-01; 48 from 2026-09-01". */
    public String stepsText() {
        StringBuilder b = new StringBuilder();
        for (Step s : steps) {
            if (!b.isEmpty()) {
                b.append("; ");
            }
            b.append(s.gpus()).append(" from ").append(s.from());
        }
        return b.toString();
    }

    /** Reads {@link #stepsText()}'s form back; a blank text is no steps. */
    public static List<Step> parseSteps(String text) {
        List<Step> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split("[;,]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] words = p.split("\\s+from\\s+");
            try {
                out.add(new Step(LocalDate.parse(words[1].strip()), Integer.parseInt(words[0].strip())));
            } catch (RuntimeException e) {
                throw new ValidationException("Write a change of a pool as \"32 from 2026-06-01\", not \"" + p + "\".");
            }
        }
        return out;
    }

    private static void checkCount(int n, String pool) {
        if (n < 0 || n > MAX_GPUS) {
            throw new ValidationException("The GPUs of pool \"" + pool + "\" must be between 0 and " + MAX_GPUS + ".");
        }
    }
}
