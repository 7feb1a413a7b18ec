package org.infoshare.testing;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonSchemasTest {

    private static final String SCHEMA = "/schemas/webhook/withdrawal-notice/v1.json";
    private static final String ID = "0b7a4e0e-8a3c-4b8e-9d0f-1c2d3e4f5a6b";
    private static final String VALID = "{\"type\":\"recipient-notified\",\"notificationId\":\"" + ID + "\","
            + "\"releaseId\":\"" + ID + "\",\"subjectRef\":null,\"cause\":\"CONSENT_WITHDRAWN\","
            + "\"withdrawnAt\":\"2026-03-01T10:00:00Z\",\"notifiedAt\":\"2026-03-01T10:00:01Z\","
            + "\"answerBy\":\"2026-03-15T10:00:01Z\",\"answer\":\"/api/v1/partner/notifications/" + ID + "/answer\"}";

    @Test
    @DisplayName("a body is checked against an events schema on the class path: valid passes, a bad format fails")
    void checksAgainstEventsSchemas() {
        assertThat(JsonSchemas.errors(SCHEMA, VALID)).isEmpty();
        assertThat(JsonSchemas.errors(SCHEMA, VALID.replace("2026-03-15T10:00:01Z", "next week"))).isNotEmpty();
        assertThatThrownBy(() -> JsonSchemas.errors("/schemas/none/v1.json", VALID))
                .isInstanceOf(IllegalStateException.class);
    }
}
