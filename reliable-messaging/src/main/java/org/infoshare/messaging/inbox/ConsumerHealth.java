package org.infoshare.messaging.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Which consumers are waiting out a transient failure, and why (failure types and SQLSTATEs only).
 * Tracked per record: a channel may consume several partitions side by side, and one partition's
 * record recovering must not hide another's that is still failing.
 */
@ApplicationScoped
public class ConsumerHealth {

    private final Map<String, Map<Object, String>> retrying = new ConcurrentHashMap<>();

    void retrying(String consumer, Object record, String reason) {
        retrying.computeIfAbsent(consumer, c -> new ConcurrentHashMap<>()).put(record, reason);
    }

    void recovered(String consumer, Object record) {
        retrying.computeIfPresent(consumer, (c, records) -> {
            records.remove(record);
            return records.isEmpty() ? null : records;
        });
    }

    public boolean isRetrying(String consumer) {
        return retrying.containsKey(consumer);
    }

    /** Each consumer in retry with the reason of one of its failing records. */
    public Map<String, String> retrying() {
        return retrying.entrySet().stream()
                .flatMap(e -> e.getValue().values().stream().findFirst().map(reason -> Map.entry(e.getKey(), reason)).stream())
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
