package org.infoshare.consent.config;

import io.smallrye.config.ConfigMapping;

import java.time.Duration;

/**
 * A person's one-time link (issue 13 item 4(a)): where it points (the dashboard's public person
 * page, the token appended), how long it works unused, and how long the session it opens lasts.
 */
@ConfigMapping(prefix = "infoshare.person-links")
public interface PersonLinkConfig {

    /** e.g. {@code https://dashboard.example.org/person/}; the token is appended. */
    String baseUrl();

    Duration expireAfter();

    Duration sessionLength();
}
