package org.genaiplan.store;

/**
 * The kinds of cost line as files and the working store name them. Each constant stands for one record of
 * {@link org.genaiplan.model.cost.CostInput}; {@link CostRows} maps both ways with exhaustive switches, so a
 * new kind of cost does not compile until it has a name here and a mapping there.
 */
public enum CostKind {
    PEOPLE, COMPUTE, API, LICENCE, ANNOTATION, EVALUATION, OTHER, INFRASTRUCTURE
}
