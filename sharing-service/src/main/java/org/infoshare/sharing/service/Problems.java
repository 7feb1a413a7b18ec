package org.infoshare.sharing.service;

import org.infoshare.web.Problem;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.util.List;

/** The problems the services answer with, kept in one place. */
final class Problems {

    private Problems() {
    }

    static ProblemException unprocessable(String field, List<String> reasons) {
        return new ProblemException(ProblemType.UNPROCESSABLE, String.join("; ", reasons),
                reasons.stream().map(reason -> new Problem.FieldError(field, reason)).toList());
    }

    static ProblemException notFound(String what) {
        return new ProblemException(ProblemType.NOT_FOUND, "No " + what);
    }

    static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }
}
