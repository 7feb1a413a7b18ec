package org.infoshare.web;

import java.util.List;

/** Thrown by services for an expected failure the client can act on; becomes a problem response. */
public class ProblemException extends RuntimeException {

    private final transient Problem problem;

    public ProblemException(ProblemType type, String detail) {
        super(detail);
        this.problem = Problem.of(type, detail);
    }

    public ProblemException(ProblemType type, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.problem = Problem.of(type, detail, errors);
    }

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
