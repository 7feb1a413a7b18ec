package org.infoshare.messaging.support;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.infoshare.events.EventCodec;

import java.time.Clock;

/** Beans the messaging support needs; a service may replace the clock (tests inject a fixed one). */
public class MessagingProducers {

    @Produces
    @Singleton
    EventCodec eventCodec() {
        return new EventCodec();
    }

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
