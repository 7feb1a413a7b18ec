package org.infoshare.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Which consumers are waiting out a transient failure, and why (failure types and SQLSTATEs only). */
@ApplicationScoped
public class ConsumerHealth {

    private final Map<String, String> retrying = new ConcurrentHashMap<>();

    void retrying(String consumer, String reason) {
        retrying.put(consumer, reason);
    }

    void recovered(String consumer) {
        retrying.remove(consumer);
    }

    public boolean isRetrying(String consumer) {
        return retrying.containsKey(consumer);
    }

    public Map<String, String> retrying() {
        return Map.copyOf(retrying);
    }
}
