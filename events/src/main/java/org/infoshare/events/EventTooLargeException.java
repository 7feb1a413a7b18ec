package org.infoshare.events;

/**
 * An event larger than the platform carries (the broker's record limit). Thrown when the event
 * is appended, inside the request that caused it, so the caller gets a 4xx and nothing commits,
 * instead of the relay discovering it later. The message names the type and sizes only.
 */
public class EventTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventTooLargeException(String eventType, int bytes, int limit) {
        super(eventType + " would be " + bytes + " bytes; events are limited to " + limit + " bytes", null, false, false);
    }
}
