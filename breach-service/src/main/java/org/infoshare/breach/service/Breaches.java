package org.infoshare.breach.service;

import io.smallrye.mutiny.Uni;
import org.infoshare.breach.domain.Breach;
import org.infoshare.breach.domain.Refusal;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

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

    /** A rule's refusal as a problem: 409 when the breach must change first, 422 when the request must. */
    static <T> Uni<T> refuse(Refusal refusal) {
        return refuse(refusal.cause() == Refusal.Cause.STATE ? ProblemType.CONFLICT : ProblemType.UNPROCESSABLE,
                refusal.detail());
    }

    static <T> Uni<T> refuse(ProblemType type, String detail) {
        return Uni.createFrom().failure(new ProblemException(type, detail));
    }
}
