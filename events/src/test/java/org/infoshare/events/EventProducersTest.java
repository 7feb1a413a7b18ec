package org.infoshare.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EventProducersTest {

    @Test
    @DisplayName("P12.2 a subject access part comes from sharing-, breach- or audit-service, never from consent-service or anyone else")
    void subjectAccessPartsProducers() {
        assertEquals(Set.of("sharing-service", "breach-service", "audit-service"),
                EventProducers.allowed(EventType.SUBJECT_ACCESS_PART_PREPARED));
        assertTrue(EventProducers.mayProduce(URI.create("urn:infoshare:audit-service"), EventType.SUBJECT_ACCESS_PART_PREPARED));
        assertFalse(EventProducers.mayProduce(URI.create("urn:infoshare:consent-service"), EventType.SUBJECT_ACCESS_PART_PREPARED));
        assertFalse(EventProducers.mayProduce(URI.create("urn:infoshare:partner-a"), EventType.SUBJECT_ACCESS_PART_PREPARED));
    }

    @Test
    @DisplayName("P12.2 the subject access steps are consent-service's alone")
    void subjectAccessStepsFromConsentService() {
        assertEquals(Set.of("consent-service"), EventProducers.allowed(EventType.SUBJECT_ACCESS_VERIFIED));
        assertEquals(Set.of("consent-service"), EventProducers.allowed(EventType.SUBJECT_ACCESS_PROGRESSED));
    }
}
