package org.entente.catalog.rest;

import java.util.List;
import java.util.stream.Collectors;

/** A request whose query parameters have bad values; answered with 400 and a problem naming each one. */
public class InvalidParametersException extends RuntimeException {

    private final List<FieldProblem> problems;

    /** The problems, at least one. */
    public InvalidParametersException(List<FieldProblem> problems) {
        super(problems.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    /** The bad parameters. */
    public List<FieldProblem> problems() {
        return problems;
    }
}
