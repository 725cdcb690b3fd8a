package org.genaiplan.model.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.genaiplan.model.ValidationException;

/**
 * The model selection matrix: candidate models scored 1 to 5 against weighted criteria, the ranking that
 * follows, and the decision taken (which candidate, on which date, why). Weights run from 0 (ignored) to 10.
 */
public record SelectionMatrix(List<Criterion> criteria, List<Candidate> candidates, Decision decision) {

    /** No criteria, no candidates, no decision. */
    public static final SelectionMatrix EMPTY = new SelectionMatrix(List.of(), List.of(), null);

    /** A criterion with its weight (0 to 10). */
    public record Criterion(String name, int weight) {
        public Criterion {
            name = named(name, "A criterion");
            if (weight < 0 || weight > 10) {
                throw new ValidationException("The weight of \"" + name + "\" must be between 0 and 10, not " + weight + ".");
            }
        }
    }

    /**
     * A candidate model: open or closed weights, hosted (an API) or self-hosted, its size, licence, price per
     * million tokens (null when unknown or self-hosted), context length in tokens, and its score (1 to 5) per
     * criterion name; a criterion it has no score for counts as unscored.
     */
    public record Candidate(String name, boolean openWeights, boolean selfHosted, String size, String licence,
                            java.math.BigDecimal pricePerMillionTokens, int contextTokens, Map<String, Integer> scores,
                            Approach approach) {
        public Candidate {
            name = named(name, "A candidate");
            approach = approach == null ? Approach.ADAPT : approach;
            size = size == null ? "" : size.strip();
            licence = licence == null ? "" : licence.strip();
            if (pricePerMillionTokens != null && pricePerMillionTokens.signum() < 0) {
                throw new ValidationException("The price of \"" + name + "\" cannot be negative.");
            }
            if (contextTokens < 0) {
                throw new ValidationException("The context length of \"" + name + "\" cannot be negative.");
            }
            Map<String, Integer> copy = new LinkedHashMap<>();
            if (scores != null) {
                for (Map.Entry<String, Integer> e : scores.entrySet()) {
                    Integer score = e.getValue();
                    if (score == null) {
                        continue;
                    }
                    if (score < 1 || score > 5) {
                        throw new ValidationException("Scores run from 1 to 5; \"" + name + "\" has " + score
                                + " for \"" + e.getKey() + "\".");
                    }
                    copy.put(e.getKey(), score);
                }
            }
            scores = java.util.Collections.unmodifiableMap(copy);
        }

        /** A candidate that adapts an existing model (files written before the approach was kept read as this). */
        public Candidate(String name, boolean openWeights, boolean selfHosted, String size, String licence,
                         java.math.BigDecimal pricePerMillionTokens, int contextTokens, Map<String, Integer> scores) {
            this(name, openWeights, selfHosted, size, licence, pricePerMillionTokens, contextTokens, scores, Approach.ADAPT);
        }

        /** A candidate with only its name. */
        public Candidate(String name) {
            this(name, false, false, "", "", null, 0, Map.of());
        }

        public Candidate withApproach(Approach approach) {
            return new Candidate(name, openWeights, selfHosted, size, licence, pricePerMillionTokens, contextTokens, scores,
                    approach);
        }

        public Candidate withScore(String criterion, Integer score) {
            Map<String, Integer> copy = new LinkedHashMap<>(scores);
            if (score == null) {
                copy.remove(criterion);
            } else {
                copy.put(criterion, score);
            }
            return new Candidate(name, openWeights, selfHosted, size, licence, pricePerMillionTokens, contextTokens, copy,
                    approach);
        }
    }

    /** The candidate chosen, the date of the decision and the reason in a sentence. */
    public record Decision(String candidate, LocalDate date, String rationale) {
        public Decision {
            candidate = named(candidate, "The chosen candidate");
            if (date == null) {
                throw new ValidationException("A decision needs its date.");
            }
            rationale = rationale == null ? "" : rationale.strip();
        }
    }

    /** A candidate's place in the ranking with its weighted score (0 to 5). */
    public record Ranked(int rank, Candidate candidate, double score) {
    }

    public SelectionMatrix {
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        java.util.Set<String> names = new java.util.HashSet<>();
        for (Criterion c : criteria) {
            if (!names.add(c.name().toLowerCase(java.util.Locale.ROOT))) {
                throw new ValidationException("There are two criteria named \"" + c.name() + "\".");
            }
        }
        names.clear();
        for (Candidate c : candidates) {
            if (!names.add(c.name().toLowerCase(java.util.Locale.ROOT))) {
                throw new ValidationException("There are two candidates named \"" + c.name() + "\".");
            }
        }
        if (decision != null && candidates.stream().noneMatch(c -> c.name().equals(decision.candidate()))) {
            throw new ValidationException("The decision names \"" + decision.candidate() + "\", which is not a candidate.");
        }
    }

    /** The seven criteria the seeds weigh when choosing a model, with starting weights a PM adjusts. */
    public static SelectionMatrix starter() {
        return new SelectionMatrix(List.of(new Criterion("Quality on our evaluation", 10), new Criterion("Latency", 6),
                new Criterion("Cost per request", 7), new Criterion("Data residency and privacy", 8),
                new Criterion("Licence terms", 5), new Criterion("Vendor lock-in", 4),
                new Criterion("Performance and scalability", 6)), List.of(), null);
    }

    /**
     * The candidate's weighted score: the sum of weight x score over the criteria, divided by the sum of the
     * weights of all criteria (an unscored criterion counts as 0), so 5 is best.
     */
    public double score(Candidate candidate) {
        int weights = 0;
        double sum = 0;
        for (Criterion c : criteria) {
            weights += c.weight();
            sum += c.weight() * candidate.scores().getOrDefault(c.name(), 0);
        }
        return weights == 0 ? 0 : sum / weights;
    }

    /** The candidates best first (equal scores keep their order and share a rank). */
    public List<Ranked> ranking() {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingDouble(this::score).reversed());
        List<Ranked> ranked = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            double s = score(sorted.get(i));
            int rank = i > 0 && Math.abs(ranked.get(i - 1).score() - s) < 1e-9 ? ranked.get(i - 1).rank() : i + 1;
            ranked.add(new Ranked(rank, sorted.get(i), s));
        }
        return ranked;
    }

    /** The rank of the named candidate (1 is best), or 0 when there is no such candidate. */
    public int rankOf(String candidate) {
        return ranking().stream().filter(r -> r.candidate().name().equals(candidate)).mapToInt(Ranked::rank)
                .findFirst().orElse(0);
    }

    public SelectionMatrix withCriteria(List<Criterion> list) {
        return new SelectionMatrix(list, candidates, decision);
    }

    public SelectionMatrix withCandidates(List<Candidate> list) {
        return new SelectionMatrix(criteria, list, decision);
    }

    public SelectionMatrix withDecision(Decision d) {
        return new SelectionMatrix(criteria, candidates, d);
    }

    private static String named(String name, String what) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(what + " needs a name.");
        }
        return name.strip();
    }
}
