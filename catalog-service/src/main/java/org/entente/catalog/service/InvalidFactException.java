package org.entente.catalog.service;

import java.util.List;

/** A message that the catalog cannot apply: malformed JSON, or a fact that breaks the contract. */
public class InvalidFactException extends RuntimeException {

    private final List<String> problems;

    /** A fact with the given contract violations. */
    public InvalidFactException(List<String> problems) {
        super("invalid fact: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    /** A message that could not be read at all. */
    public InvalidFactException(String problem, Throwable cause) {
        super(problem, cause);
        this.problems = List.of(problem);
    }

    /** What is wrong, one item per problem. */
    public List<String> problems() {
        return problems;
    }
}
