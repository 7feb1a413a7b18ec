package org.infoshare.events;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * An event of the platform's shared contract. Every implementation is a record registered in
 * {@link EventType}.
 *
 * <p>Not sealed: Java only allows a sealed type's subclasses in other packages inside a named
 * module, and consumers put this jar on the class path. The per-topic interfaces
 * ({@code ConsentEvent}, {@code SharingEvent}, {@code BreachEvent}) are sealed instead.
 */
public interface DomainEvent {

    /**
     * The Kafka record key, so that one aggregate's events stay in order on one partition: the
     * subjectId for consent, sharing and personal-data-accessed events (the partnerId for a sharing
     * event without a subject), the breachId for breach events. Also the CloudEvents {@code subject}.
     *
     * @return the partition key, never null
     */
    @JsonIgnore
    String partitionKey();
}
