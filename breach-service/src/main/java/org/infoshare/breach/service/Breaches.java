package org.infoshare.breach.service;

import io.smallrye.mutiny.Uni;
import org.infoshare.breach.domain.Breach;
import org.infoshare.rules.RuleResult;
import org.infoshare.web.Problem;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Shared answers of the breach use cases. */
final class Breaches {

    private Breaches() {
    }

    static ProblemException notFound(UUID id) {
        return new ProblemException(ProblemType.NOT_FOUND, "No breach report " + id);
    }

    static Uni<Breach> require(Uni<Optional<Breach>> found, UUID id) {
        return found.map(breach -> breach.orElseThrow(() -> notFound(id)));
    }

    /**
     * A rule's refusal as a problem naming the rule in its {@code rules} member: 409 when the
     * breach must change first, 422 when the request must.
     */
    static <T> Uni<T> refuse(RuleResult refusal) {
        return refuse(refusal, refusal.explanation());
    }

    /** As above, with the detail said otherwise (e.g. leading with the rule id). */
    static <T> Uni<T> refuse(RuleResult refusal, String detail) {
        ProblemType type = refusal.cause() == RuleResult.Cause.STATE ? ProblemType.CONFLICT : ProblemType.UNPROCESSABLE;
        return Uni.createFrom().failure(new ProblemException(Problem.refusedBy(type, detail, List.of(refusal.ruleId()))));
    }

    static <T> Uni<T> refuse(ProblemType type, String detail) {
        return Uni.createFrom().failure(new ProblemException(type, detail));
    }
}
