package org.infoshare.sharing.service;

import org.infoshare.sharing.domain.DirectIdentifiers;
import org.infoshare.sharing.domain.FreeTextScreening;
import org.infoshare.sharing.domain.Payload;
import org.infoshare.sharing.domain.ShareRequest;
import org.infoshare.web.Problem;
import org.infoshare.web.ProblemException;
import org.infoshare.web.ProblemType;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What makes a payload unacceptable as input (400, nothing stored): records and cells together or
 * neither, a value that is not a JSON scalar, records without one source each (P2.2/P9.1), an aggregate for a personal share, a cell with a negative count, or any direct
 * identifier (P7.1: identity stays in consent-service's vault). A personal share's free text is
 * screened once the payload is well formed and generalised (422, {@link #identifiersInFreeText}).
 */
final class PayloadCheck {

    private PayloadCheck() {
    }

    static Optional<ProblemException> problem(ShareRequest request) {
        Payload payload = request.payload();
        List<Problem.FieldError> errors = new ArrayList<>();
        if (payload.isEmpty() || (!payload.records().isEmpty() && !payload.cells().isEmpty())) {
            errors.add(new Problem.FieldError("payload", "must carry either records or cells, not both"));
        }
        if (request.personal() && payload.isAggregate()) {
            errors.add(new Problem.FieldError("payload.cells", "a personal share carries records about its subject"));
        }
        for (int i = 0; i < payload.records().size(); i++) {
            int record = i;
            payload.records().get(i).forEach((category, fields) -> fields.forEach((field, value) -> {
                if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                    errors.add(new Problem.FieldError("payload.records[" + record + "]." + category + "." + field,
                            "must be a string, number, boolean or null"));
                }
            }));
        }
        if (!payload.records().isEmpty() && payload.sources().size() != payload.records().size()) {
            errors.add(new Problem.FieldError("payload.sources", "P2.2/P9.1: one source (source, medium, "
                    + "lastVerifiedOn) per record, in the same order"));
        }
        if (payload.records().isEmpty() && !payload.sources().isEmpty()) {
            errors.add(new Problem.FieldError("payload.sources", "sources describe records; cells need none"));
        }
        for (int i = 0; i < payload.cells().size(); i++) {
            if (payload.cells().get(i).count() < 0) {
                errors.add(new Problem.FieldError("payload.cells[" + i + "].count", "must not be negative"));
            }
        }
        // a personal share's values are screened whole by FreeTextScreening, which names the kind (422)
        (request.personal() ? DirectIdentifiers.findByName(payload) : DirectIdentifiers.findIn(payload)).forEach(where -> errors.add(new Problem.FieldError("payload." + where,
                DirectIdentifiers.RULE_ID + ": a direct identifier is never shared; identity stays in consent-service's vault")));
        return errors.isEmpty()
                ? Optional.empty()
                : Optional.of(new ProblemException(ProblemType.VALIDATION_FAILED, "The payload cannot be shared", errors));
    }

    /**
     * P7.1: a personal share whose free text holds a direct identifier (422, nothing stored). Each
     * error names the field and the kind found; the value itself is never repeated.
     */
    static Optional<ProblemException> identifiersInFreeText(ShareRequest request) {
        List<FreeTextScreening.Hit> hits = FreeTextScreening.screen(request);
        if (hits.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProblemException(ProblemType.UNPROCESSABLE, FreeTextScreening.RULE_ID
                + ": free text in a personal share holds a direct identifier; remove it (the value is not repeated "
                + "here) and send the share again", hits.stream().map(hit -> new Problem.FieldError(
                        "payload." + hit.field(), FreeTextScreening.RULE_ID + " " + hit.kind().name() + ": holds "
                        + hit.kind().description())).toList()));
    }
}
