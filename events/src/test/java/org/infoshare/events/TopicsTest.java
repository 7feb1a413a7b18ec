package org.infoshare.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    @DisplayName("topic names are the ones the design fixes")
    void topicNames() {
        assertEquals("consent-events", Topics.CONSENT_EVENTS);
        assertEquals("sharing-events", Topics.SHARING_EVENTS);
        assertEquals("breach-events", Topics.BREACH_EVENTS);
        assertEquals("personal-data-accessed", Topics.PERSONAL_DATA_ACCESSED);
        assertEquals("audit-checkpoints", Topics.AUDIT_CHECKPOINTS);
        assertEquals("subject-access-parts", Topics.SUBJECT_ACCESS_PARTS);
    }

    @Test
    @DisplayName("each consuming service has its own dead-letter topic")
    void deadLetterTopicPerConsumer() {
        assertEquals("sharing-service.dead-letter", Topics.deadLetter("sharing-service"));
        assertEquals("audit-service.dead-letter", Topics.deadLetter("audit-service"));
    }

    @Test
    @DisplayName("a dead-letter topic needs a consumer name")
    void deadLetterNeedsConsumer() {
        assertThrows(IllegalArgumentException.class, () -> Topics.deadLetter(" "));
        assertThrows(NullPointerException.class, () -> Topics.deadLetter(null));
    }
}
