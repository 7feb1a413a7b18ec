package org.infoshare.messaging.deadletter;

import java.util.List;

/** One page of a service's dead letters, in (partition, offset) order, and how many there are in all. */
public record DeadLetterPage(List<DeadLetterView> items, int page, int size, long total) {
}
