package org.infoshare.consent.api;

import org.infoshare.consent.domain.Consent;
import org.infoshare.consent.domain.ReconfirmationSchedule;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A consent as staff see it, with when it is next due for re-confirmation. */
public record ConsentView(UUID id, String subjectId, long version, String state, List<String> purposes,
                          List<String> dataCategories, List<String> recipientPartnerIds,
                          List<String> recipientPartnerKinds, String handling, String lawfulBasis,
                          String article9Condition, String captureChannel, Instant capturedAt,
                          UUID informationSheetId, int informationSheetVersion, int reconfirmAfterDays,
                          Instant reconfirmationDueAt, Instant expiresAt, Instant lastConfirmedAt,
                          boolean givenByProxy, String proxyKind, String contractId) {

    static ConsentView of(Consent c) {
        return new ConsentView(c.id(), c.subjectId(), c.version(), c.state().name(), c.scope().purposes(),
                c.scope().dataCategories(), c.scope().recipientPartnerIds(), c.scope().recipientPartnerKinds(),
                c.handling(), c.lawfulBasis().name(), c.article9Condition().map(Enum::name).orElse(null),
                c.capture().channel().name(), c.capture().takenAt(), c.informationSheetId(),
                c.informationSheetVersion(), c.reconfirmAfterDays(), ReconfirmationSchedule.dueAt(c),
                c.expiresAt().orElse(null), c.lastConfirmedAt(), c.proxy().isPresent(),
                c.proxy().map(p -> p.kind().name()).orElse(null), c.contractId());
    }
}
