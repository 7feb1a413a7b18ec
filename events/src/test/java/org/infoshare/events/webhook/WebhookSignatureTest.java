package org.infoshare.events.webhook;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

/** P6.8: webhooks are signed over timestamp and body, and a receiver refuses replays. */
class WebhookSignatureTest {

    private static final String SECRET = "whsec-partner-a-0123456789";
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String BODY = "{\"notificationId\":\"n-1\"}";

    @Test
    void P6_8_a_signature_made_now_verifies() {
        String header = WebhookSignature.sign(SECRET, NOW, BODY);
        assertTrue(header.matches("t=\\d+,v1=[0-9a-f]{64}"), header);
        assertTrue(WebhookSignature.verify(SECRET, header, BODY, NOW.plusSeconds(30), Duration.ofMinutes(5)));
    }

    @Test
    void P6_8_a_changed_body_or_another_secret_fails() {
        String header = WebhookSignature.sign(SECRET, NOW, BODY);
        assertFalse(WebhookSignature.verify(SECRET, header, BODY + " ", NOW, Duration.ofMinutes(5)));
        assertFalse(WebhookSignature.verify("another-secret", header, BODY, NOW, Duration.ofMinutes(5)));
    }

    @Test
    void P6_8_a_replay_outside_the_window_fails() {
        String header = WebhookSignature.sign(SECRET, NOW, BODY);
        assertFalse(WebhookSignature.verify(SECRET, header, BODY, NOW.plus(Duration.ofMinutes(6)), Duration.ofMinutes(5)));
        assertFalse(WebhookSignature.verify(SECRET, header, BODY, NOW.minus(Duration.ofMinutes(6)), Duration.ofMinutes(5)));
    }

    @Test
    void P6_8_a_moved_timestamp_fails_because_it_is_signed() {
        String header = WebhookSignature.sign(SECRET, NOW, BODY);
        String moved = header.replaceFirst("t=\\d+", "t=" + NOW.plusSeconds(60).getEpochSecond());
        assertFalse(WebhookSignature.verify(SECRET, moved, BODY, NOW.plusSeconds(60), Duration.ofMinutes(5)));
    }

    @Test
    void malformed_headers_are_invalid_not_errors() {
        for (String header : new String[] {null, "", "t=abc,v1=00", "v1=zz", "t=1", "garbage"}) {
            assertFalse(WebhookSignature.verify(SECRET, header, BODY, NOW, Duration.ofMinutes(5)));
        }
    }
}
