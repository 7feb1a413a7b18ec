package org.infoshare.breach.domain;

import java.time.Duration;
import java.time.Instant;

/** One escalation point reached by a breach's ICO clock (P14.2): how long was left, and when it was raised. */
public record Escalation(Duration beforeDeadline, Instant escalatedAt) {
}
