package org.infoshare.breach.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;

/** Settings of breach handling ({@code infoshare.breach.*}). */
@ConfigMapping(prefix = "infoshare.breach")
public interface BreachSettings {

    /** Time left before the ICO deadline at which the clock escalates; the deadline itself always does. */
    @WithDefault("48h,24h,6h")
    List<Duration> escalateBefore();

    /** How often the escalation job looks at the running clocks (read by {@code EscalationJob}'s schedule). */
    @WithDefault("1m")
    String escalationCheck();

    /** How long after start the escalation job first runs. */
    @WithDefault("10s")
    String escalationDelay();

    /**
     * Art. 33(3)(b): the DPO or other contact point the ICO report names. The organisation's role
     * address, not a person's, so that no contact details sit in breach-service's tables.
     */
    @WithDefault("Data Protection Officer, Healthwatch")
    String contactPoint();
}
