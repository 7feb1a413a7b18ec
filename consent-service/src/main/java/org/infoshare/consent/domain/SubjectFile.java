package org.infoshare.consent.domain;

import java.util.List;

/** Everything consent-service holds about one person: its part of a subject access answer (P12.2). */
public record SubjectFile(DataSubject subject, List<Consent> consents, List<SubjectAccessRequest> requests) {
}
