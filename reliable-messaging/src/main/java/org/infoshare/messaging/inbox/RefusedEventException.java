package org.infoshare.messaging.inbox;

/**
 * A readable event this consumer must never apply (for example one whose CloudEvents source is
 * not the service that owns the topic). Dead-lettered with its message as the reason, so the
 * message names attributes, never values that could identify a person.
 */
public class RefusedEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RefusedEventException(String message) {
        super(message, null, false, false);
    }
}
